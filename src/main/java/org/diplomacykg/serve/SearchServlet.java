package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.map.Dip;

/**
 * {@code /search?q=…}: resources whose label or alternative name contains the words typed, best
 * matches first (exact, then prefix, then word start, then anywhere). The text is bound as a
 * literal, never pasted into the query.
 */
final class SearchServlet extends HttpServlet {
    static final int MAX_QUERY_LENGTH = 200;
    private static final String QUERY = """
            SELECT ?s (SAMPLE(?l) AS ?name) WHERE {
              { ?s rdfs:label ?l } UNION { ?s dip:altName ?l }
              FILTER(STRSTARTS(STR(?s), ?base) && CONTAINS(LCASE(STR(?l)), LCASE(?q)))
            } GROUP BY ?s
            """;

    private final transient KgSite site;

    SearchServlet(KgSite site) {
        this.site = site;
    }

    /** One match; {@code citation} is the HTML naming it when it is an article, else null. */
    record Hit(Node node, String label, String type, String typeHref, int rank, String citation) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            Page.send(resp, 400, "Search", q.substring(0, MAX_QUERY_LENGTH),
                    "<p class=\"error\">The search text is longer than " + MAX_QUERY_LENGTH + " characters.</p>");
            return;
        }
        if (q.isEmpty()) {
            Page.send(resp, 200, "Search", "", "<h1>Search</h1><p>Type part of a name (a person, country, event, agreement…) in the box above.</p>");
            return;
        }
        List<Hit> hits = search(q);
        StringBuilder b = new StringBuilder("<h1>Search: “").append(Html.esc(q)).append("”</h1>\n");
        if (hits.isEmpty()) {
            b.append("<p>No label contains “").append(Html.esc(q)).append("”.</p>");
        } else {
            b.append("<p class=\"muted\">").append(hits.size()).append(hits.size() == 1 ? " match" : " matches")
                    .append(hits.size() >= site.options().maxRows() ? " (only the first " + site.options().maxRows() + " shown)" : "")
                    .append("</p>\n<table><tr><th>Name</th><th>Kind</th></tr>\n");
            for (Hit h : hits) {
                b.append("<tr><td>").append(h.citation() != null ? h.citation() : Html.a(site.links().href(h.node()), h.label(), h.node().getURI()))
                        .append("</td><td>")
                        .append(h.type() == null ? "" : Html.a(h.typeHref(), h.type())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        Page.send(resp, 200, "Search: " + q, q, b.toString());
    }

    List<Hit> search(String q) {
        QuerySolutionMap binding = new QuerySolutionMap();
        binding.add("q", ResourceFactory.createPlainLiteral(q));
        binding.add("base", ResourceFactory.createPlainLiteral(site.links().base()));
        String needle = q.toLowerCase(Locale.ROOT);
        return Txn.calculateRead(site.dataset(), () -> {
            GraphLookup g = new GraphLookup(site.dataset(), site.iris());
            List<Node> nodes = site.select(QUERY, binding, 5000, row -> row.get("s").asNode());
            return nodes.stream().map(n -> {
                String label = g.label(n);
                Node type = g.first(n, RDF.type.asNode());
                return new Hit(n, label, type == null ? null : g.label(type), site.links().href(type), rank(label, needle), null);
            }).sorted(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.label().length()).thenComparing(Hit::label))
                    .limit(site.options().maxRows())
                    .map(h -> ArticleCitation.isArticle(g, h.node())
                            ? new Hit(h.node(), h.label(), g.label(Dip.NewsArticle), site.links().href(Dip.NewsArticle), h.rank(),
                                    ArticleCitation.of(g, h.node()).html(site.links()))
                            : h)
                    .toList();
        });
    }

    static int rank(String label, String needle) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals(needle)) {
            return 0;
        }
        if (l.startsWith(needle)) {
            return 1;
        }
        if (l.matches(".*(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(needle) + ".*")) {
            return 2;
        }
        return l.contains(needle) ? 3 : 4;
    }
}
