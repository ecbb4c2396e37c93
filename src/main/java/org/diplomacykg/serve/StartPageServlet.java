package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The page at {@code /}: what is served where. Unknown paths under it answer 404. */
final class StartPageServlet extends HttpServlet {
    private final String dataset;

    StartPageServlet(String dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!"/".equals(path) && !"/index.html".equals(path)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String d = dataset;
        resp.getWriter().write("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Diplomacy knowledge graph</title></head>
                <body><h1>Diplomacy knowledge graph</h1>
                <p>Facts read from diplomacy news (meetings, agreements, aid, quotations), each traceable to its sentence and article.</p>
                <ul>
                <li>SPARQL query endpoint: <a href="%1$s/sparql"><code>%1$s/sparql</code></a> (GET or POST; JSON, XML, CSV, TSV by Accept)</li>
                <li>Graph Store Protocol (read): <a href="%1$s/data"><code>%1$s/data</code></a> (<code>?default</code> or <code>?graph=IRI</code>)</li>
                </ul>
                <p>The default graph is the union of all named graphs.</p>
                </body></html>
                """.formatted(d));
    }
}
