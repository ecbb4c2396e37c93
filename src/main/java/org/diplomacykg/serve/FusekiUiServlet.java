package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the Fuseki query editor (the {@code jena-fuseki-ui} web app, Java resources under
 * {@code webapp/}) at {@code /ui/}, because {@code /} is our own start page.
 * <p>
 * The app derives every server URL from its own location ({@code location.pathname + "$/server"},
 * {@code + "kg/sparql"}), so under {@code /ui/} it would ask for {@code /ui/kg/sparql}. Its page is
 * therefore served with its assets addressed absolutely and one small script
 * ({@link ScriptServlet#EDITOR}, a file because the Content-Security-Policy allows no inline
 * script) that moves the address to {@code /} before the app starts: it then talks to
 * {@code /kg/sparql} like a stock Fuseki UI. The start page sends a reloaded {@code /#/…} back here.
 * <p>
 * The app also reads the server description and statistics from {@code /$/server} and
 * {@code /$/stats/NAME}, which are for the administrator only; its entry script is served with
 * those two addresses changed to the public, read-only {@link EditorDescriptionServlet}.
 */
final class FusekiUiServlet extends HttpServlet {
    private static final String ROOT = "webapp/";
    /** The app's entry script ({@code static/index-HASH.js}), the one that holds the server's addresses. */
    private static final String ENTRY_SCRIPT = "static/index-";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8",
            "ico", "image/x-icon", "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "woff", "font/woff",
            "ttf", "font/ttf", "json", "application/json");

    /** The entry scripts with the admin addresses replaced, by path: built once, they never change. */
    private final transient Map<String, byte[]> entryScripts = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty() || path.equals("index.html")) {
            index(resp);
            return;
        }
        if (path.contains("..") || path.contains("//") || path.startsWith("/")) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = resource(path)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            // asset names carry a content hash, so they never change under the same name
            resp.setHeader("Cache-Control", path.startsWith("static/") ? "public, max-age=604800, immutable" : "public, max-age=3600");
            if (path.startsWith(ENTRY_SCRIPT) && path.endsWith(".js")) {
                resp.getOutputStream().write(entryScripts.computeIfAbsent(path, p -> publicAddresses(in)));
                return;
            }
            in.transferTo(resp.getOutputStream());
        }
    }

    private static byte[] publicAddresses(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"/$/server\"", "\"" + EditorDescriptionServlet.SERVER + "\"")
                    .replace("`/$/stats/", "`" + EditorDescriptionServlet.STATS + "/")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void index(HttpServletResponse resp) throws IOException {
        try (InputStream in = resource("index.html")) {
            if (in == null) {
                Page.error(resp, 404, "The Fuseki UI (jena-fuseki-ui) is not on the class path.");
                return;
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"./static/", "\"/ui/static/").replace("\"./favicon.ico", "\"/ui/favicon.ico")
                    .replace("<head>", "<head>\n    " + ScriptServlet.tag(ScriptServlet.EDITOR));
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader(SecurityHeaders.CSP, SecurityHeaders.EDITOR_POLICY);
            resp.getWriter().write(html);
        }
    }

    private static InputStream resource(String path) {
        return FusekiUiServlet.class.getClassLoader().getResourceAsStream(ROOT + path);
    }
}
