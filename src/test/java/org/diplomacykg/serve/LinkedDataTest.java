package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.map.Dip;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Dereferencing instance IRIs over real HTTP: content negotiation, 404, the fact and article pages. */
class LinkedDataTest {
    static final String BASE = "https://w3id.org/diplomacy-kg/id/";

    @ParameterizedTest
    @CsvSource({"text/turtle,TTL", "application/ld+json,JSONLD", "application/rdf+xml,RDFXML", "application/n-triples,NTRIPLES"})
    void eachRdfFormatByAccept(String mediaType, String lang) throws Exception {
        HttpResponse<String> r = SiteFixture.get("/id/" + SiteFixture.malaysiaDeal(), mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r.body(), lang);
        assertTrue(g.contains(NodeFactory.createURI(BASE + SiteFixture.malaysiaDeal()), Dip.recipient, NodeFactory.createURI(BASE + "country/MY")),
                "the " + lang + " answer states the recipient");
    }

    @ParameterizedTest
    @CsvSource({"ttl,text/turtle,TTL", "jsonld,application/ld+json,JSONLD", "rdf,application/rdf+xml,RDFXML", "nt,application/n-triples,NTRIPLES"})
    void formatParameterOverridesAccept(String format, String mediaType, String lang) throws Exception {
        HttpResponse<String> r = SiteFixture.get("/id/person/fumio-kishida?format=" + format, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertTrue(parse(r.body(), lang).size() > 2);
    }

    @Test
    void browsersGetHtmlAndUnknownIrisAre404() throws Exception {
        HttpResponse<String> html = SiteFixture.get("/id/country/MY", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
        assertTrue(html.body().contains("<h1>Malaysia</h1>"));
        assertEquals(404, SiteFixture.get("/id/person/nobody-at-all", "text/html").statusCode());
        assertEquals(404, SiteFixture.get("/id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, SiteFixture.get("/id/", "text/turtle").statusCode());
        assertEquals(406, SiteFixture.get("/id/country/MY", "image/png").statusCode());
    }

    @Test
    void factPageShowsItsSourcesSentencesAndConflict() throws Exception {
        String page = SiteFixture.get("/id/" + SiteFixture.malaysiaDeal(), "text/html").body();
        assertTrue(page.contains("Reported by 5 articles (3 independent)"), "source counts");
        // the sentence each of the five articles supports it with, linked to its place in the article
        assertTrue(page.contains("Kishida and his Malaysian counterpart, Anwar Ibrahim, signed a 400 million yen ($2.8 million) deal"));
        assertTrue(page.contains("Saturday at a bilateral leaders’ meeting, Kishida pledged to provide Malaysia"));
        assertTrue(page.contains("href=\"/id/article/068ef50455c9569c#ev-1630\""));
        assertEquals(5, count(page, "<blockquote>"));
        // conflicting statuses side by side, the best supported marked
        assertTrue(page.contains("Sources disagree on status"));
        assertTrue(page.contains("<td class=\"chosen\">signed</td>"));
        assertTrue(page.contains("<td>pledged</td>") && page.contains("<td>agreed</td>"));
        // linked values, readable literals, types linked to the ontology documentation
        assertTrue(page.contains("href=\"/id/country/MY\""));
        assertTrue(page.contains("16 December 2023"));
        assertTrue(page.contains("href=\"/ontology#EquipmentTransfer\""));
        assertTrue(page.contains("JPY 400 million (US$ 2.8 million)"), "money with currency and USD figure");
    }

    @Test
    void articlePageHighlightsEvidenceAndLinksMentionsAndCopies() throws Exception {
        String page = SiteFixture.get("/id/article/068ef50455c9569c", "text/html").body();
        assertTrue(page.contains("<span id=\"ev-1630\"></span><mark>"), "the evidence span is highlighted with an anchor");
        assertTrue(page.contains("href=\"/id/" + SiteFixture.malaysiaDeal() + "\""), "the highlight links to the fact");
        assertTrue(page.contains("<a href=\"/id/person/fumio-kishida\" title=\"Fumio Kishida\">Kishida</a>")
                || page.contains("<a href=\"/id/person/fumio-kishida\" title=\"Fumio Kishida\">Fumio Kishida</a>"), "mentions linked");
        assertTrue(page.contains("Copies and rewrites"));
        assertTrue(page.contains("similarity"));
        // the reconciled graph only holds its copy link: type and properties come from the article's own graph
        assertTrue(page.contains("href=\"/ontology#NewsArticle\""));
        assertTrue(page.contains("href=\"/ontology#publisher\""));
    }

    @Test
    void backlinksAreCountedThenListed() throws Exception {
        String page = SiteFixture.get("/id/country/JP", "text/html").body();
        assertTrue(page.contains("Referenced by"));
        assertTrue(page.matches("(?s).*\\d+ statements point here: .*"));
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static Graph parse(String body, String lang) {
        Lang l = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, l).parse(g);
        assertFalse(g.isEmpty());
        return g;
    }
}
