package org.diplomacykg.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.map.Dip;

/**
 * The HTML page of one resource (Pubby/LodView style): label and types, the sources of a fact
 * with the sentence from each article, conflicting values, an article's highlighted text, every
 * property with linked values and readable literals, and the resources pointing at it (counted
 * first, then paged). Runs inside the caller's read transaction.
 */
final class ResourcePage {
    static final int BACKLINKS_PER_PAGE = 50;

    private final KgSite site;
    private final GraphLookup g;
    private final Node node;

    ResourcePage(KgSite site, GraphLookup g, Node node) {
        this.site = site;
        this.g = g;
        this.node = node;
    }

    String render(int backlinkPage) {
        String label = g.label(node);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(label)).append("</h1>\n");
        b.append("<div class=\"iri\">").append(Html.esc(node.getURI())).append("</div>\n");
        b.append("<p>");
        for (Node type : g.objects(g.view(node), node, RDF.type.asNode())) {
            String href = site.links().href(type);
            b.append("<a class=\"chip\" href=\"").append(Html.esc(href == null ? "#" : href)).append("\">")
                    .append(Html.esc(Html.capitalised(g.label(type)))).append("</a>");
        }
        b.append("</p>\n<p class=\"formats muted\">This resource as ");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                b.append(Html.a("?format=" + r.formatName(), r.name().equals("RDFXML") ? "RDF/XML"
                        : r.name().equals("JSONLD") ? "JSON-LD" : r.name().equals("NTRIPLES") ? "N-Triples" : "Turtle"));
            }
        }
        b.append("</p>\n");
        if (!g.objects(g.view(node), node, Dip.evidence).isEmpty()) {
            b.append(new FactSources(site, g, node).html());
        }
        if (ArticleCitation.isArticle(g, node)) {
            b.append(ArticleCitation.of(g, node).details(g));
            b.append(new ArticleSection(site, g, node).html());
        }
        b.append(properties());
        b.append(backlinks(backlinkPage));
        return Page.html(label, "", b.toString());
    }

    private String properties() {
        Graph view = g.view(node);
        Map<String, List<Node>> byProperty = new TreeMap<>();
        Map<String, Node> props = new TreeMap<>();
        view.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(Dip.Nif.isString)) {
                return; // types are shown as chips, an article's text as the text itself
            }
            String key = g.label(p) + "\u0000" + p.getURI();
            props.put(key, p);
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
        });
        // an article's contradicted date is never shown bare, as if it were the article's date
        Node contradicted = ArticleCitation.isArticle(g, node) ? ArticleCitation.contradicted(g, node) : null;
        StringBuilder b = new StringBuilder("<h2>Properties</h2>\n");
        if (g.isCanonical(node)) {
            b.append("<p class=\"muted\">From the reconciled graph: each value is the best-supported one across the articles.</p>\n");
        }
        b.append("<table class=\"props\">\n");
        for (Map.Entry<String, List<Node>> e : byProperty.entrySet()) {
            Node p = props.get(e.getKey());
            List<Node> values = e.getValue();
            values.sort(Comparator.comparing(v -> v.isLiteral() ? v.getLiteralLexicalForm() : g.label(v)));
            b.append("<tr><td class=\"prop\">").append(Html.a(site.links().href(p), g.label(p), p.getURI()))
                    .append(p.equals(contradicted) ? " <small>(contradicted by the text)</small>" : "").append("</td><td>");
            if (p.equals(Dip.Schema.url) && values.size() == 1 && values.get(0).isURI()) {
                b.append(Html.external(values.get(0).getURI(), values.get(0).getURI(), "source")); // the original page, in full
            } else if (values.size() == 1) {
                b.append(value(values.get(0)));
            } else {
                b.append("<ul class=\"values\">");
                int shown = 0;
                for (Node v : values) {
                    if (++shown > site.options().maxRows()) {
                        b.append("<li class=\"muted\">… ").append(values.size() - site.options().maxRows()).append(" more</li>");
                        break;
                    }
                    b.append("<li>").append(value(v)).append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /** A value as HTML: a linked label for IRIs (money spelled out), readable text for literals. */
    String value(Node v) {
        if (v.isLiteral()) {
            return LiteralText.html(v);
        }
        if (!v.isURI()) {
            return Html.esc(v.toString());
        }
        if (ArticleCitation.isArticle(g, v)) {
            return ArticleCitation.of(g, v).html(site.links());
        }
        if (g.objects(v, RDF.type.asNode()).contains(Dip.MonetaryAmount)) {
            return Html.a(site.links().href(v), money(g, v), v.getURI());
        }
        return Html.a(site.links().href(v), g.label(v), v.getURI());
    }

    static String money(GraphLookup g, Node amount) {
        return LiteralText.money(decimal(g.string(amount, Dip.value)), g.string(amount, Dip.currency),
                decimal(g.string(amount, Dip.usdValue)), "true".equals(g.string(amount, Dip.upTo)));
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String backlinks(int page) {
        QuerySolutionMap binding = new QuerySolutionMap();
        binding.add("o", org.apache.jena.rdf.model.ResourceFactory.createResource(node.getURI()));
        Query counts = QueryFactory.create(KgSite.PREFIXES
                + "SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p");
        Map<Node, Long> byProperty = new java.util.LinkedHashMap<>();
        long total = 0;
        try (QueryExecution qe = site.execution(counts, binding)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                var row = rs.next();
                long n = row.getLiteral("n").getLong();
                byProperty.put(row.get("p").asNode(), n);
                total += n;
            }
        }
        StringBuilder b = new StringBuilder("<h2>Referenced by</h2>\n");
        if (total == 0) {
            return b.append("<p class=\"muted\">Nothing in the graph points at this resource.</p>\n").toString();
        }
        b.append("<p>").append(total).append(total == 1 ? " statement" : " statements").append(" point here: ");
        List<String> parts = new ArrayList<>();
        byProperty.forEach((p, n) -> parts.add(Html.esc(g.label(p)) + " (" + n + ")"));
        b.append(String.join(", ", parts)).append(".</p>\n");
        Query list = QueryFactory.create(KgSite.PREFIXES + "SELECT DISTINCT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?p ?s");
        list.setLimit(BACKLINKS_PER_PAGE);
        list.setOffset((long) (page - 1) * BACKLINKS_PER_PAGE);
        b.append("<table><tr><th>Resource</th><th>via</th></tr>\n");
        try (QueryExecution qe = site.execution(list, binding)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                var row = rs.next();
                Node s = row.get("s").asNode();
                Node p = row.get("p").asNode();
                b.append("<tr><td>").append(value(s)).append("</td><td>")
                        .append(Html.a(site.links().href(p), g.label(p), p.getURI())).append("</td></tr>\n");
            }
        }
        b.append("</table>\n");
        long pages = (total + BACKLINKS_PER_PAGE - 1) / BACKLINKS_PER_PAGE;
        if (pages > 1) {
            b.append("<nav class=\"pager\">");
            if (page > 1) {
                b.append(Html.a("?page=" + (page - 1), "← previous"));
            }
            b.append("<span class=\"muted\">page ").append(page).append(" of ").append(pages).append("</span> ");
            if (page < pages) {
                b.append(Html.a("?page=" + (page + 1), "next →"));
            }
            b.append("</nav>\n");
        }
        return b.toString();
    }
}
