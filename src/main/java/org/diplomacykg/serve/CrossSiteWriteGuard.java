package org.diplomacykg.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a request that could change something when a browser says another site's page sent
 * it. CORS alone does not stop that: a form POST needs no preflight, and the browser attaches the
 * administrator's cached HTTP Basic login to it, so any page could write through it. Browsers mark
 * such requests ({@code Sec-Fetch-Site}, {@code Origin}); clients that are not browsers (curl,
 * {@code kg push}) send neither and pass. Reads ({@link ReadPaths}) and GET, HEAD and OPTIONS
 * are left alone: answering them changes nothing, and without CORS the page cannot read the answer.
 */
final class CrossSiteWriteGuard extends Handler.Wrapper {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    CrossSiteWriteGuard(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (SAFE_METHODS.contains(request.getMethod()) || ReadPaths.contains(request.getHttpURI().getCanonicalPath())) {
            return super.handle(request, response, callback);
        }
        String refused = refusal(request.getHeaders());
        if (refused == null) {
            return super.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.FORBIDDEN_403);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, refused + "\n", callback);
        return true;
    }

    /** Why the request is refused (plain text), or null when nothing says it comes from another site. */
    static String refusal(HttpFields headers) {
        String fetchSite = headers.get("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            // "none" is the user's own action (address bar, bookmark); only the browser can set this header
            if (site.equals("same-origin") || site.equals("none")) {
                return null;
            }
            return "Refused: the browser says a page on another site sent this request (Sec-Fetch-Site: " + shortened(site)
                    + "). Writes are taken from this site's own pages and from clients that are not browsers.";
        }
        String origin = headers.get(HttpHeader.ORIGIN);
        if (origin == null || sameOrigin(origin, headers.get(HttpHeader.HOST))) {
            return null;
        }
        return "Refused: a page on another origin (" + shortened(origin) + ") sent this request. "
                + "Writes are taken from this site's own pages and from clients that are not browsers.";
    }

    /**
     * Whether {@code origin} names the host the request was sent to. Only host and port are
     * compared: behind a TLS proxy the browser's scheme is https while this server sees http.
     */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isBlank() || origin.equals("null")) {
            return false;
        }
        try {
            URI o = new URI(origin.strip());
            URI h = new URI(o.getScheme() + "://" + host.strip());
            return o.getHost() != null && o.getHost().equalsIgnoreCase(h.getHost()) && port(o) == port(h)
                    && (o.getPath() == null || o.getPath().isEmpty());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static String shortened(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
