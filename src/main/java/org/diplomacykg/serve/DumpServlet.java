package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.dump.DumpFormat;
import org.diplomacykg.dump.RdfDumper;

/**
 * Whole-graph downloads under {@code /dumps/}: an index page, and {@code kg.EXT} and
 * {@code kg.EXT.gz} for every {@link DumpFormat} ({@code ?graph=IRI} for one named graph). Each
 * download is streamed from the store as it is written (never built in memory), with the
 * format's Content-Type ({@code application/gzip} for .gz files) and an ETag and Last-Modified
 * taken from the build, so clients and caches can revalidate cheaply.
 */
final class DumpServlet extends HttpServlet {
    private final transient DatasetGraph dsg;

    DumpServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** A requested file: the format and whether it is gzipped. */
    private record Download(DumpFormat format, boolean gzip) {
        static Download of(String name) {
            for (DumpFormat f : DumpFormat.values()) {
                for (boolean gz : new boolean[] {false, true}) {
                    if (f.fileName(gz).equals(name)) {
                        return new Download(f, gz);
                    }
                }
            }
            return null;
        }

        String contentType() {
            if (gzip) {
                return DumpFormat.GZIP_TYPE;
            }
            return format.mediaType() + (format.mediaType().startsWith("text/") ? "; charset=utf-8" : "");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, false);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        BuildStamp stamp = BuildStamp.of(dsg);
        if (path.equals("/") || path.equals("/index.html")) {
            index(req, resp, stamp, body);
            return;
        }
        Download d = Download.of(path.substring(1));
        if (d == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dump: try /dumps/");
            return;
        }
        String graph = req.getParameter("graph");
        if (graph != null && !graph.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "graph must be an absolute IRI");
            return;
        }
        if (stamp.notModified(req, resp, path + (graph == null ? "" : "?" + graph))) {
            return;
        }
        resp.setContentType(d.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.format().fileName(d.gzip()) + "\"");
        if (!body) {
            resp.flushBuffer(); // commit the headers now: the length of a streamed dump is not known, and is not 0
            return;
        }
        OutputStream raw = resp.getOutputStream();
        OutputStream out = d.gzip() ? new GZIPOutputStream(raw, 1 << 16) : raw;
        try {
            new RdfDumper().dump(dsg, d.format(), graph, out);
        } catch (IllegalArgumentException e) {
            // only a missing graph is reported this way, before any statement is written
            resp.reset();
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        if (out instanceof GZIPOutputStream z) {
            z.finish();
        }
        out.flush();
    }

    private static void index(HttpServletRequest req, HttpServletResponse resp, BuildStamp stamp, boolean body) throws IOException {
        if (stamp.notModified(req, resp, "index")) {
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        if (!body) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (DumpFormat f : DumpFormat.values()) {
            rows.append("<tr><td>").append(f.rio().getName()).append("</td><td><code>").append(f.mediaType())
                    .append("</code></td><td>").append(f.keepsGraphs() ? "yes" : "no (union graph)").append("</td>");
            for (boolean gz : new boolean[] {false, true}) {
                String name = f.fileName(gz);
                rows.append("<td><a href=\"").append(name).append("\">").append(name).append("</a></td>");
            }
            rows.append("</tr>\n");
        }
        String html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dumps — Diplomacy knowledge graph</title></head>
                <body><h1>Dumps</h1>
                <p>The whole graph in every format, plain or gzip-compressed, streamed from the store. Build of %s
                (input digest <code>%s</code>). Add <code>?graph=IRI</code> to a link for one named graph.
                The dataset's VoID/DCAT description: <a href="/.well-known/void">/.well-known/void</a>.</p>
                <table><tr><th>format</th><th>media type</th><th>named graphs</th><th>file</th><th>gzip</th></tr>
                %s</table>
                </body></html>
                """.formatted(stamp.builtAt(), escape(stamp.digest()), rows);
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
