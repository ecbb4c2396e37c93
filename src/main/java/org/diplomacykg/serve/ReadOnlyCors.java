package org.diplomacykg.serve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin access for reading, never for writing. The {@link ReadPaths} answer every page
 * {@code Access-Control-Allow-Origin: *} and grant preflights for GET, HEAD and POST (SPARQL
 * queries are POSTed too); as a wildcard it can never carry credentials, so another site's page
 * reads only what anyone could. Every other path gets no CORS header at all and its preflights
 * fall through to the endpoint, which grants nothing, so a browser will not let a page on another
 * site send it anything but a simple request (which {@link CrossSiteWriteGuard} refuses).
 */
final class ReadOnlyCors extends Handler.Wrapper {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    /** Request headers a script may add: what a SPARQL client sends, and revalidation. */
    static final Set<String> HEADERS = Set.of("accept", "accept-language", "content-language", "content-type",
            "cache-control", "if-none-match", "if-modified-since", "x-requested-with");
    private static final HttpField ANY_ORIGIN = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    private static final HttpField ALLOW_METHODS = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, POST");
    private static final HttpField ALLOW_HEADERS = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS,
            String.join(", ", new TreeSet<>(HEADERS)));
    private static final HttpField MAX_AGE = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
    private static final HttpField EXPOSE = new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS,
            "Content-Disposition, Content-Length, ETag, Link, Location, Vary, " + org.diplomacykg.serve.limits.ResultCaps.HEADER);

    ReadOnlyCors(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!ReadPaths.contains(request.getHttpURI().getCanonicalPath())) {
            return super.handle(request, response, callback);
        }
        HttpFields headers = request.getHeaders();
        String requested = headers.get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (HttpMethod.OPTIONS.is(request.getMethod()) && headers.contains(HttpHeader.ORIGIN) && requested != null) {
            preflight(requested, headers.get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS), response, callback);
            return true;
        }
        // on every answer, not only those to a request with an Origin: a cache may hand one to the other
        response.getHeaders().put(ANY_ORIGIN);
        response.getHeaders().put(EXPOSE);
        return super.handle(request, response, callback);
    }

    private static void preflight(String method, String requestHeaders, Response response, Callback callback) {
        String refused = refusal(method, requestHeaders);
        if (refused != null) {
            // no Access-Control-Allow-* headers: the browser will not send the request
            response.setStatus(HttpStatus.FORBIDDEN_403);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            Content.Sink.write(response, true, refused + "\n", callback);
            return;
        }
        response.setStatus(HttpStatus.NO_CONTENT_204);
        response.getHeaders().put(ANY_ORIGIN);
        response.getHeaders().put(ALLOW_METHODS);
        response.getHeaders().put(ALLOW_HEADERS);
        response.getHeaders().put(MAX_AGE);
        callback.succeeded();
    }

    /** Why a preflight is not granted, or null when it is (plain text). */
    static String refusal(String method, String requestHeaders) {
        if (!METHODS.contains(method.strip())) {
            return "Cross-origin requests here may only GET, HEAD or POST (a query), not " + quoted(method.strip()) + ".";
        }
        if (requestHeaders != null) {
            for (String h : requestHeaders.split(",")) {
                String name = h.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !HEADERS.contains(name)) {
                    return "Cross-origin requests here may send only the headers " + String.join(", ", new TreeSet<>(HEADERS))
                            + ", not " + quoted(name) + ".";
                }
            }
        }
        return null;
    }

    /** A request's text, cut short, for a plain-text message. */
    private static String quoted(String s) {
        return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }
}
