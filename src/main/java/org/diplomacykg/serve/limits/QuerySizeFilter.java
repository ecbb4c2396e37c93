package org.diplomacykg.serve.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a query or update text over the size cap before anything parses it, on every path: a
 * request parameter in the URL (414) and, for a POST, an {@code application/sparql-query} or
 * {@code application/sparql-update} body or a form's fields (413). A body is refused on its
 * Content-Length without being parsed (read away first up to {@link #drainLimit()}, closed unread
 * beyond); without one it is read only up to the cap. A body that
 * passes is handed on from memory ({@link BoundedBodyRequest}). Runs before Fuseki's dispatch.
 */
public final class QuerySizeFilter implements Filter {
    private final int maxBytes;

    public QuerySizeFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Longest URL query string or form body accepted: percent-encoding can triple a text, so a
     * query within the cap always fits; the decoded fields are then held to the cap itself.
     */
    public static long encodedLimit(int maxBytes) {
        return 3L * maxBytes + 8 * 1024;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String query = req.getQueryString();
        if (query != null) {
            if (query.length() > encodedLimit(maxBytes)) {
                refuse(resp, 414, "the URL's query string (" + query.length() + " bytes)");
                return;
            }
            long longest = Fields.longestValue(query, StandardCharsets.UTF_8);
            if (longest > maxBytes) {
                refuse(resp, 414, "a parameter in the URL (" + longest + " bytes)");
                return;
            }
        }
        String type = mediaType(req.getContentType());
        boolean raw = type.equals("application/sparql-query") || type.equals("application/sparql-update");
        boolean form = type.equals("application/x-www-form-urlencoded");
        if (!raw && !form || !"POST".equalsIgnoreCase(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long limit = raw ? maxBytes : encodedLimit(maxBytes);
        String what = raw ? "the " + type + " body" : "the form";
        long declared = req.getContentLengthLong();
        if (declared > limit) {
            if (declared <= drainLimit()) {
                // a client still sending when the server closes gets a reset instead of the 413: up to a
                // few MB, reading the rest away (no parsing, no buffering) is cheaper than a confused client
                req.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            refuse(resp, 413, what + " (" + declared + " bytes)");
            return;
        }
        byte[] body = readAtMost(req.getInputStream(), limit);
        if (body == null) {
            refuse(resp, 413, what + " (over " + limit + " bytes)");
            return;
        }
        if (raw) {
            chain.doFilter(new BoundedBodyRequest(req, body, null), response);
            return;
        }
        Charset charset = charset(req.getCharacterEncoding());
        if (charset == null) {
            refuse(resp, 415, "text in an unknown character set", "use UTF-8");
            return;
        }
        Fields fields = Fields.parse(query, new String(body, StandardCharsets.ISO_8859_1), charset);
        long longest = fields.longestValueBytes();
        if (longest > maxBytes) {
            refuse(resp, 413, "a field of the form (" + longest + " bytes)");
            return;
        }
        chain.doFilter(new BoundedBodyRequest(req, new byte[0], fields), response);
    }

    /** The body, or null when it is longer than {@code limit}: reading stops one byte past it. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    /** The longest declared body read away before a 413: 32 times the cap, at most 16 MB; longer ones close the connection unread. */
    long drainLimit() {
        return Math.min(32L * maxBytes, 16L << 20);
    }

    private void refuse(HttpServletResponse resp, int status, String what) throws IOException {
        refuse(resp, status, what + " is longer than this server's limit of " + maxBytes + " bytes for a query or update",
                "send a shorter one; the operator sets the limit with kg serve --max-query-bytes");
    }

    private static void refuse(HttpServletResponse resp, int status, String problem, String remedy) throws IOException {
        byte[] bytes = (problem + "; " + remedy + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        // the rest of an unread body is not worth reading: close the connection instead
        resp.setHeader("Connection", "close");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
