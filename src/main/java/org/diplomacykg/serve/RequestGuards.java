package org.diplomacykg.serve;

import org.eclipse.jetty.server.Handler;

/**
 * What every request passes before Fuseki and the site's pages see it, outermost first: the
 * security headers (so even a refusal carries them), the failed-login throttle (before the
 * password is checked), the refusal of cross-site writes, and CORS for the read endpoints.
 */
final class RequestGuards {
    private RequestGuards() {
    }

    static Handler around(Handler site, LoginThrottle logins) {
        return new SecurityHeaders(new LoginThrottleHandler(logins, new CrossSiteWriteGuard(new ReadOnlyCors(site))));
    }
}
