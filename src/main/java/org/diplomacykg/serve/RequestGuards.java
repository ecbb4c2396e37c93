package org.diplomacykg.serve;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

/**
 * What every request passes before Fuseki and the site's pages see it, outermost first: the
 * security headers (so even a refusal carries them), the failed-login throttle (before the
 * password is checked), the refusal of cross-site writes, and CORS for the read endpoints.
 */
final class RequestGuards {
    private RequestGuards() {
    }

    /** Puts the guards in front of the server's handler, and the headers on its error handler's answers too. */
    static void install(Server jetty, LoginThrottle logins) {
        jetty.setHandler(around(jetty.getHandler(), logins));
        jetty.setErrorHandler(SecurityHeaders.aroundErrors(jetty.getErrorHandler()));
    }

    static Handler around(Handler site, LoginThrottle logins) {
        return new SecurityHeaders(new LoginThrottleHandler(logins, new CrossSiteWriteGuard(new ReadOnlyCors(site))));
    }
}
