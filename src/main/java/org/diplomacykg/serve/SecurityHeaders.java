package org.diplomacykg.serve;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The browser-hardening headers on every response: pages, query results, downloads, error pages,
 * 404s and the query editor's files alike. They are put in as each response is committed, so no
 * servlet, error handler or response reset in between can leave them out.
 * <p>
 * The policy lets scripts come only from this site and never inline, so markup that slipped into
 * a page from an article could not run; styles may be inline (the pages carry their own style
 * sheet, the query editor sets styles from script); nothing may frame the site. A response that
 * names its own policy keeps it: the query editor's page adds the two vocabulary services its
 * autocompletion reads ({@link #EDITOR_POLICY}).
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "Content-Security-Policy";
    static final String POLICY = policy("'self'");
    /** Yasqe, the editor's query box, fetches the common prefixes from prefix.cc and completes terms from LOV. */
    static final String EDITOR_POLICY = policy("'self' prefix.cc lov.linkeddata.es");
    private static final HttpField DEFAULT_POLICY = new PreEncodedHttpField(CSP, POLICY);
    static final List<HttpField> FIELDS = List.of(
            new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
            new PreEncodedHttpField("Referrer-Policy", "strict-origin-when-cross-origin"),
            new PreEncodedHttpField("X-Frame-Options", "DENY"));

    private static String policy(String connect) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src " + connect + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    SecurityHeaders(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(request);
        return super.handle(request, response, callback);
    }

    /**
     * The server's error handler with the headers added: Jetty answers a request it refuses before
     * any handler sees it (an ambiguous or malformed path) with that handler alone.
     */
    static Request.Handler aroundErrors(Request.Handler errors) {
        return new Request.Handler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                addTo(request);
                return errors.handle(request, response, callback);
            }

            @Override
            public InvocationType getInvocationType() {
                return errors.getInvocationType();
            }
        };
    }

    private static void addTo(Request request) {
        request.addHttpStreamWrapper(stream -> new HttpStream.Wrapper(stream) {
            @Override
            public void prepareResponse(HttpFields.Mutable headers) {
                FIELDS.forEach(headers::put);
                if (!headers.contains(CSP)) {
                    headers.put(DEFAULT_POLICY);
                }
                super.prepareResponse(headers);
            }
        });
    }
}
