package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.diplomacykg.query.ParamBinder;
import org.diplomacykg.query.QueryException;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;

/**
 * The saved queries over HTTP. {@code /queries} lists them; {@code /queries/NAME} shows a form for
 * the parameters and, once given (or when there are none), runs the query with every value bound
 * as an RDF term by {@link ParamBinder} (never spliced into the text). The answer is an HTML table
 * with linked IRIs, or SPARQL JSON, CSV or TSV by {@code ?format=} or Accept. An unknown parameter
 * or a value that is not a term is a 400 that says which.
 */
final class QueriesServlet extends HttpServlet {
    /** Request parameters that steer the page instead of binding a query variable. */
    private static final List<String> CONTROL = List.of("format", "run");

    private final transient KgSite site;

    QueriesServlet(KgSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        SavedQueries saved = new SavedQueries(site.options().queries());
        if (name.isEmpty()) {
            list(saved.all(), resp);
            return;
        }
        Optional<SavedQuery> found = saved.all().stream().filter(q -> q.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            Page.error(resp, 404, "No saved query named '" + name + "'. See /queries for the list.");
            return;
        }
        SavedQuery query = found.get();
        Map<String, String> values = new LinkedHashMap<>();
        boolean run = query.params().isEmpty() || req.getParameter("run") != null;
        for (String p : java.util.Collections.list(req.getParameterNames())) {
            if (CONTROL.contains(p)) {
                continue;
            }
            String v = req.getParameter(p);
            run = true;
            if (v != null && !v.isBlank()) {
                values.put(p, v);
            }
        }
        String format = format(req);
        if (format == null) {
            badRequest(resp, query, values, "unknown format '" + req.getParameter("format") + "' (use html, json, csv or tsv)", "html");
            return;
        }
        if (!run) {
            Page.send(resp, 200, query.title(), "", header(query) + form(query, values));
            return;
        }
        QuerySolutionMap binding;
        try {
            binding = ParamBinder.bind(query, values);
        } catch (QueryException e) {
            badRequest(resp, query, values, e.getMessage(), format);
            return;
        }
        try {
            if (format.equals("html")) {
                String table = Txn.calculateRead(site.dataset(), () -> table(query, binding));
                Page.send(resp, 200, query.title(), "", header(query) + form(query, values) + formats(query, values) + table);
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new QueryRunner(site.options().timeoutSeconds()).run(query, binding, site.dataset(), QueryRunner.format(format), out);
                resp.setStatus(200);
                resp.setContentType(switch (format) {
                    case "json" -> "application/sparql-results+json; charset=utf-8";
                    case "csv" -> "text/csv; charset=utf-8";
                    default -> "text/tab-separated-values; charset=utf-8";
                });
                resp.setHeader("Vary", "Accept");
                resp.getOutputStream().write(out.toByteArray());
            }
        } catch (QueryCancelledException e) {
            resp.setStatus(503);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("query '" + query.name() + "' took longer than " + site.options().timeoutSeconds() + " s and was stopped\n");
        } catch (QueryException e) {
            badRequest(resp, query, values, e.getMessage(), format);
        }
    }

    /** html, json, csv or tsv from ?format= or Accept; null for an unknown ?format=. */
    static String format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null && !f.isBlank()) {
            String n = f.toLowerCase(Locale.ROOT);
            return List.of("html", "json", "csv", "tsv").contains(n) ? n : null;
        }
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept").toLowerCase(Locale.ROOT);
        if (accept.contains("text/html") || accept.isBlank()) {
            return "html";
        }
        if (accept.contains("json")) {
            return "json";
        }
        if (accept.contains("text/csv")) {
            return "csv";
        }
        if (accept.contains("tab-separated")) {
            return "tsv";
        }
        return "html";
    }

    private void badRequest(HttpServletResponse resp, SavedQuery query, Map<String, String> values, String message, String format)
            throws IOException {
        if (!"html".equals(format)) {
            resp.setStatus(400);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write(message + "\n");
            return;
        }
        Page.send(resp, 400, query.title(), "", header(query) + "<p class=\"error\">" + Html.esc(message) + "</p>" + form(query, values));
    }

    private void list(List<SavedQuery> all, HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Saved queries</h1>\n<p>Questions answered with one click; each links to a form for its parameters."
                + " Every result is also available as JSON, CSV or TSV.</p>\n<table><tr><th>Query</th><th>What it answers</th><th>Parameters</th></tr>\n");
        for (SavedQuery q : all) {
            b.append("<tr><td>").append(Html.a("/queries/" + Html.url(q.name()), q.title())).append("<br><code class=\"muted\">")
                    .append(Html.esc(q.name())).append("</code></td><td>").append(Html.esc(q.description())).append("</td><td>");
            for (SavedQuery.Param p : q.params()) {
                b.append("<code>").append(Html.esc(p.name())).append("</code> <span class=\"muted\">").append(Html.esc(p.meaning())).append("</span><br>");
            }
            b.append("</td></tr>\n");
        }
        Page.send(resp, 200, "Saved queries", "", b.append("</table>\n").toString());
    }

    private static String header(SavedQuery q) {
        return "<p class=\"muted\">" + Html.a("/queries", "Saved queries") + " › " + Html.esc(q.name()) + "</p><h1>" + Html.esc(q.title())
                + "</h1>\n<p>" + Html.esc(q.description()) + "</p>\n<details><summary>SPARQL</summary><pre><code>"
                + Html.esc(q.text()) + "</code></pre></details>\n";
    }

    private static String form(SavedQuery q, Map<String, String> values) {
        if (q.params().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<form class=\"params box\" method=\"get\">\n");
        for (SavedQuery.Param p : q.params()) {
            b.append("<label for=\"p-").append(Html.esc(p.name())).append("\">").append(Html.esc(p.name())).append("</label>")
                    .append("<div class=\"muted\"><small>").append(Html.esc(p.meaning()))
                    .append(" — an IRI (<code>&lt;…&gt;</code> or http…), <code>\"2023-12-17\"^^xsd:date</code>, a number or plain text</small></div>")
                    .append("<input id=\"p-").append(Html.esc(p.name())).append("\" name=\"").append(Html.esc(p.name()))
                    .append("\" value=\"").append(Html.esc(values.getOrDefault(p.name(), ""))).append("\">\n");
        }
        return b.append("<input type=\"hidden\" name=\"run\" value=\"1\"><button>Run</button></form>\n").toString();
    }

    private static String formats(SavedQuery q, Map<String, String> values) {
        StringBuilder params = new StringBuilder();
        values.forEach((k, v) -> params.append(Html.url(k)).append('=').append(Html.url(v)).append('&'));
        StringBuilder b = new StringBuilder("<p class=\"formats muted\">Download: ");
        for (String f : List.of("json", "csv", "tsv")) {
            b.append(Html.a("/queries/" + Html.url(q.name()) + "?" + params + "format=" + f, f.toUpperCase(Locale.ROOT)));
        }
        return b.append("</p>\n").toString();
    }

    private String table(SavedQuery saved, QuerySolutionMap binding) {
        Query query = QueryRunner.parse(saved);
        if (!query.isSelectType()) {
            return "<p class=\"muted\">This query is not a SELECT; download it as JSON to see its answer.</p>";
        }
        GraphLookup g = new GraphLookup(site.dataset(), site.iris());
        int max = site.options().maxRows();
        StringBuilder b = new StringBuilder();
        try (QueryExecution qe = site.execution(query, binding)) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            StringBuilder rows = new StringBuilder();
            int n = 0;
            boolean more = false;
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (n == max) {
                    more = true;
                    break;
                }
                n++;
                rows.append("<tr>");
                for (String v : vars) {
                    Node value = row.contains(v) ? row.get(v).asNode() : null;
                    rows.append("<td>").append(isUrlColumn(v) ? urls(value) : cell(g, value)).append("</td>");
                }
                rows.append("</tr>\n");
            }
            b.append("<h2>Answer</h2><p class=\"muted\">").append(n).append(n == 1 ? " row" : " rows")
                    .append(more ? " shown; more rows exist (the page shows at most " + max + ": download CSV or JSON for all)" : "")
                    .append("</p>\n<table><tr>");
            vars.forEach(v -> b.append("<th>").append(Html.esc(v)).append("</th>"));
            b.append("</tr>\n").append(rows).append("</table>\n");
        }
        return b.toString();
    }

    /** A column of source URLs ({@code url}, {@code articleUrl}, {@code copyUrl} …): shown as links to the pages they name. */
    static boolean isUrlColumn(String var) {
        return var.equals("url") || var.endsWith("Url");
    }

    /** A URL cell, or several URLs joined with "|" (one per article), each a link to the original page. */
    static String urls(Node n) {
        if (n == null) {
            return "";
        }
        String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        List<String> links = new java.util.ArrayList<>();
        for (String url : text.split("\\|", -1)) {
            links.add(url.isBlank() ? "<span class=\"muted\">—</span>" : Html.external(url, url, "source"));
        }
        return String.join("<br>", links);
    }

    private String cell(GraphLookup g, Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return Html.a(site.links().href(n), g.label(n), n.getURI());
        }
        return n.isLiteral() ? LiteralText.html(n) : Html.esc(n.toString());
    }
}
