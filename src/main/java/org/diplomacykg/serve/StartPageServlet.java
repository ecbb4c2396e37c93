package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

/**
 * The page at {@code /}: what the dataset holds (instances by class), ways in (events on a
 * timeline, countries, people, agreements and aid), and links to the query editor, the saved
 * queries, the dumps and the ontology. Unknown paths under it answer 404.
 */
final class StartPageServlet extends HttpServlet {
    private static final String COUNTS = """
            SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . FILTER(STRSTARTS(STR(?s), ?base)) }
            GROUP BY ?c ORDER BY DESC(?n) ?c
            """;
    // the class path first: ARQ runs a join in the order written, and the path once is cheap where
    // the path for every typed resource in the reconciled graph is not (10x on a 1,000-article store)
    private static final String EVENTS = """
            SELECT ?e (SAMPLE(?d) AS ?date) (SAMPLE(?n) AS ?sources) WHERE {
              ?c rdfs:subClassOf+ dip:Event .
              GRAPH ?rg { ?e a ?c . OPTIONAL { ?e dip:startDate ?d } OPTIONAL { ?e dip:sourceCount ?n } }
            } GROUP BY ?e ORDER BY (!BOUND(?date)) ?date ?e
            """;
    private static final String OUTCOMES = """
            SELECT ?e (SAMPLE(?d) AS ?date) (SAMPLE(?n) AS ?sources) WHERE {
              ?c rdfs:subClassOf+ dip:Outcome .
              GRAPH ?rg { ?e a ?c . OPTIONAL { ?e dip:date ?d } OPTIONAL { ?e dip:sourceCount ?n } }
            } GROUP BY ?e ORDER BY DESC(?sources) ?e
            """;
    private static final String OF_CLASS = """
            SELECT ?e (SAMPLE(?n) AS ?sources) WHERE { GRAPH ?rg { ?e a ?class . OPTIONAL { ?e dip:sourceCount ?n } } }
            GROUP BY ?e ORDER BY DESC(?sources) ?e
            """;

    /** How many articles the start page lists, latest first (the saved query 'articles' lists them all). */
    static final int ARTICLES_SHOWN = 20;
    private static final String ARTICLES = "SELECT ?a WHERE { ?a a dip:NewsArticle . FILTER(STRSTARTS(STR(?a), ?base))\n" + ArticleCitation.DATE_SPARQL
            + "} ORDER BY DESC(?articleDate) ?a LIMIT " + ARTICLES_SHOWN;

    private final transient KgSite site;
    /** The page body is the same for every request until the data changes, and it is the costliest page. */
    private final transient VersionedCache<String> cache;

    StartPageServlet(KgSite site) {
        this(site, new VersionedCache<>());
    }

    /** Servlets at {@code /} and {@code /index.html} share one cache. */
    StartPageServlet(KgSite site, VersionedCache<String> cache) {
        this.site = site;
        this.cache = cache;
    }

    record Entry(Node node, Node date, Node sources) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!"/".equals(path) && !"/index.html".equals(path)) {
            Page.error(resp, 404, "Nothing at this address.");
            return;
        }
        String body = Txn.calculateRead(site.dataset(), () -> cache.get(site.dataVersion(), this::body));
        Page.send(resp, 200, "Start", "", body);
    }

    private String body() {
        GraphLookup g = new GraphLookup(site.dataset(), site.iris());
        QuerySolutionMap b0 = new QuerySolutionMap();
        b0.add("base", ResourceFactory.createPlainLiteral(site.links().base()));
        b0.add("rg", ResourceFactory.createResource(site.iris().reconciledGraph().getURI()));
        int max = site.options().maxRows();
        StringBuilder b = new StringBuilder();
        // a reloaded query-editor address (/#/dataset/…) belongs to the editor at /ui/
        b.append(ScriptServlet.tag(ScriptServlet.START)).append('\n');
        b.append("<h1>Diplomacy knowledge graph</h1>\n<p>Meetings, agreements, aid and statements read from diplomacy news, ")
                .append("each fact held once with every article that reports it and the sentence in each.</p>\n");
        b.append("<form action=\"/search\" method=\"get\" class=\"box\"><label for=\"q\"><strong>Find a person, country, event or agreement</strong></label><br>")
                .append("<input id=\"q\" type=\"search\" name=\"q\" placeholder=\"a person, a country, an item\" style=\"width:100%;max-width:30rem;padding:.4rem;font:inherit\"> ")
                .append("<button style=\"padding:.4rem 1rem;font:inherit\">Search</button></form>\n");
        b.append("<div class=\"grid\">\n<div>\n<h2>Events</h2>\n<ol class=\"timeline\">");
        for (Entry e : site.select(EVENTS, b0, max, r -> new Entry(r.get("e").asNode(), node(r, "date"), node(r, "sources")))) {
            b.append("<li><span class=\"when\">").append(e.date() == null ? "date not stated" : Html.esc(LiteralText.text(e.date())))
                    .append("</span>").append(Html.a(site.links().href(e.node()), g.label(e.node()))).append(sources(e)).append("</li>");
        }
        b.append("</ol>\n</div>\n<div>\n<h2>Agreements, aid and other outcomes</h2>\n<ul>");
        for (Entry e : site.select(OUTCOMES, b0, max, r -> new Entry(r.get("e").asNode(), node(r, "date"), node(r, "sources")))) {
            b.append("<li>").append(Html.a(site.links().href(e.node()), g.label(e.node()))).append(sources(e)).append("</li>");
        }
        b.append("</ul>\n</div>\n</div>\n<div class=\"grid\">\n");
        b.append(entities(g, b0, "Countries", org.diplomacykg.map.Dip.Country, max));
        b.append(entities(g, b0, "People", org.diplomacykg.map.Dip.Person, max));
        b.append(entities(g, b0, "Organisations", org.diplomacykg.map.Dip.InternationalOrganization, max));
        b.append("</div>\n");
        b.append(articles(g, b0));
        b.append("<h2>Query and download</h2>\n<ul>")
                .append("<li>").append(Html.a("/ui/#/dataset/kg/query", "SPARQL query editor")).append(" (Fuseki UI) — or any client on the endpoint <code>")
                .append(Html.esc(KgServer.DATASET)).append("/sparql</code> (GET or POST; JSON, XML, CSV, TSV by Accept; CORS enabled)</li>")
                .append("<li>").append(Html.a("/queries", "Saved queries")).append(" — common questions, with parameters, as tables, JSON, CSV or TSV</li>")
                .append("<li>").append(Html.a("/dumps/", "Dumps")).append(" — the whole graph in N-Quads, TriG, Turtle, JSON-LD, RDF/XML</li>")
                .append("<li>").append(Html.a("/ontology", "Ontology")).append(" — the classes and properties used here</li>")
                .append("<li>Graph Store Protocol (read): <code>").append(Html.esc(KgServer.DATASET)).append("/data?graph=IRI</code></li></ul>\n");
        b.append("<h2>What the dataset holds</h2>\n<table class=\"stats\"><tr><th>Class</th><th>Resources</th></tr>");
        for (Entry e : site.select(COUNTS, b0, max, r -> new Entry(r.get("c").asNode(), null, r.get("n").asNode()))) {
            b.append("<tr><td>").append(Html.a(site.links().href(e.node()), Html.capitalised(g.label(e.node())), e.node().getURI())).append("</td><td>")
                    .append(Html.esc(LiteralText.text(e.sources()))).append("</td></tr>");
        }
        b.append("</table>\n<p class=\"muted\">The default graph is the union of one graph per article, the reconciled graph, the ontology and build metadata.</p>\n");
        return b.toString();
    }

    private String entities(GraphLookup g, QuerySolutionMap base, String title, Node type, int max) {
        QuerySolutionMap b1 = new QuerySolutionMap();
        b1.addAll(base);
        b1.add("class", ResourceFactory.createResource(type.getURI()));
        List<Entry> rows = site.select(OF_CLASS, b1, max, r -> new Entry(r.get("e").asNode(), null, node(r, "sources")));
        StringBuilder b = new StringBuilder("<div>\n<h2>").append(Html.esc(title)).append("</h2>\n<ul>");
        rows.stream().sorted(java.util.Comparator.comparing(e -> g.label(e.node())))
                .forEach(e -> b.append("<li>").append(Html.a(site.links().href(e.node()), g.label(e.node()))).append(mentions(e)).append("</li>"));
        return b.append("</ul>\n</div>\n").toString();
    }

    private String articles(GraphLookup g, QuerySolutionMap base) {
        List<Node> latest = site.select(ARTICLES, base, ARTICLES_SHOWN, r -> r.get("a").asNode());
        if (latest.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>Articles</h2>\n<p class=\"muted\">The latest ").append(latest.size())
                .append(" by the date each article is shown with; ").append(Html.a("/queries/articles", "all articles"))
                .append(" with their sources in a table.</p>\n<ul class=\"articles\">");
        latest.forEach(a -> b.append("<li>").append(ArticleCitation.of(g, a).html(site.links())).append("</li>"));
        return b.append("</ul>\n").toString();
    }

    private static Node node(org.apache.jena.query.QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).asNode() : null;
    }

    private static String sources(Entry e) {
        return e.sources() == null ? "" : " <span class=\"muted\">· " + count(e.sources(), "source") + "</span>";
    }

    private static String mentions(Entry e) {
        return e.sources() == null ? "" : " <span class=\"muted\">· in " + count(e.sources(), "article") + "</span>";
    }

    private static String count(Node n, String noun) {
        String v = n.getLiteralLexicalForm();
        return Html.esc(v) + " " + noun + ("1".equals(v) ? "" : "s");
    }

}
