package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The site's own few scripts at {@code /scripts/NAME.js}, from the jar. They are files rather
 * than inline {@code <script>} so the Content-Security-Policy can forbid inline script outright.
 */
final class ScriptServlet extends HttpServlet {
    static final String PATH = "/scripts/";
    /** The start page's forward of a reloaded query-editor address. */
    static final String START = "start.js";
    /** Moves the query editor's address to the server root before the editor starts. */
    static final String EDITOR = "editor-address.js";
    private static final Set<String> NAMES = Set.of(START, EDITOR);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!NAMES.contains(name)) {
            Page.error(resp, 404, "No script at this address.");
            return;
        }
        try (InputStream in = ScriptServlet.class.getResourceAsStream("scripts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("scripts/" + name + " is missing from the jar");
            }
            resp.setContentType("text/javascript; charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }

    static String tag(String name) {
        return "<script src=\"" + PATH + name + "\"></script>";
    }
}
