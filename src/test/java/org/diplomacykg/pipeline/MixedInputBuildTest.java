package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder holding an HTML page with metadata and boilerplate, a page whose title carries its
 * site's name, an RSS feed, an Atom feed, a JSON Lines export and a gzipped WARC crawl, built by
 * the real builder into a real TDB2 store: every article with its title, URL, dates, format and
 * record, each meeting extracted with the right article as its source, and the story that arrives
 * both as a page and as an export record stored once.
 */
class MixedInputBuildTest {
    static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path dir;

    static KgStore store;
    static BuildReport report;
    /** Each article's provenance, by its schema:url. */
    static Map<String, Map<String, String>> articles;

    @BeforeAll
    static void build() throws IOException {
        Path in = NewsFixtures.writeAll(dir.resolve("in"));
        store = KgStore.open(dir.resolve("store"));
        report = new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(in, store, false);
        articles = new LinkedHashMap<>();
        for (Map<String, String> row : select(store, """
                SELECT ?url ?title ?label ?publisher ?author ?published ?modified ?captured ?printed ?reference ?why ?file ?locator
                       ?format ?summaryOnly ?contradicted ?text WHERE {
                  ?a a dip:NewsArticle ; rdfs:label ?label ; dip:fileName ?file ; dip:inputFormat ?format ;
                     dip:summaryOnly ?summaryOnly ; dip:printedDateContradicted ?contradicted ; nif:isString ?text .
                  OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a dip:publisher ?publisher }
                  OPTIONAL { ?a schema:author ?author } OPTIONAL { ?a schema:datePublished ?published }
                  OPTIONAL { ?a schema:dateModified ?modified } OPTIONAL { ?a dip:captureDate ?captured }
                  OPTIONAL { ?a dip:printedDate ?printed } OPTIONAL { ?a dip:referenceDate ?reference }
                  OPTIONAL { ?a dip:referenceDateReason ?why } OPTIONAL { ?a dip:recordLocator ?locator }
                }""")) {
            assertTrue(row.containsKey("url"), "every article here has a URL: " + row);
            assertFalse(articles.containsKey(row.get("url")), "two articles with the URL " + row.get("url"));
            articles.put(row.get("url"), row);
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows of a SELECT over the store's union graph, each value as its lexical form (a datatype after ^^ when not a string). */
    static List<Map<String, String>> select(KgStore s, String query) {
        return Txn.calculateRead(s.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(s.dataset())).query(PREFIXES + query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution q = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    q.varNames().forEachRemaining(v -> row.put(v, show(q.get(v))));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    static String show(RDFNode n) {
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        if (n.isLiteral()) {
            String dt = n.asLiteral().getDatatypeURI();
            String lex = n.asLiteral().getLexicalForm();
            return dt == null || dt.endsWith("#string") || dt.endsWith("#langString") ? lex : lex + "^^" + dt.substring(dt.indexOf('#') + 1);
        }
        return n.toString();
    }

    static Map<String, String> article(String url) {
        Map<String, String> a = articles.get(url);
        assertTrue(a != null, "no article with URL " + url + " among " + articles.keySet());
        return a;
    }

    /** The canonical meetings: date, place, the countries taking part, and the URLs of the articles reporting them. */
    static List<String> meetings() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> row : select(store, """
                SELECT ?start ?place (GROUP_CONCAT(DISTINCT ?country; separator="+") AS ?countries)
                       (GROUP_CONCAT(DISTINCT ?url; separator=" ") AS ?urls) (SAMPLE(?n) AS ?sources) WHERE {
                  GRAPH ?g { ?e dip:sourceCount ?n ; dip:startDate ?start ; dip:participant ?p ; dip:reportedIn ?a .
                             OPTIONAL { ?e dip:place ?pl } }
                  ?p a dip:Country ; rdfs:label ?country .
                  OPTIONAL { ?pl rdfs:label ?place }
                  ?a schema:url ?url .
                } GROUP BY ?e ?start ?place ORDER BY ?start""")) {
            // participants in name order, so the line does not depend on the order the store returns them in
            String countries = String.join("+", new java.util.TreeSet<>(List.of(row.get("countries").split("\\+"))));
            out.add(row.get("start").replaceFirst("\\^\\^.*", "") + " " + row.get("place") + " " + countries + " <- " + row.get("urls")
                    + " (" + row.get("sources").replaceFirst("\\^\\^.*", "") + ")");
        }
        return out;
    }

    @Test
    void everyArticleIsBuiltOnceWithNothingSkipped() {
        assertEquals(List.of(), report.skipped());
        assertEquals(7, report.articles(), articles.keySet().toString());
        assertEquals(7, articles.size());
    }

    @Test
    void eachMeetingComesFromItsOwnArticleOnItsDay() {
        assertEquals(List.of(
                "2023-01-11 Mexico City Canada+Mexico <- " + NewsFixtures.TRUDEAU_URL + " (1)",
                "2023-05-07 Seoul Japan+South Korea <- " + NewsFixtures.YOON_URL + " (1)",
                "2023-06-06 Tunis Italy+Tunisia <- " + NewsFixtures.MELONI_URL + " (1)",
                "2023-06-25 Cairo Egypt+India <- " + NewsFixtures.MODI_URL + " (1)",
                "2023-09-05 Tokyo Australia+Japan <- " + NewsFixtures.KISHIDA_URL + " (1)",
                "2023-12-04 Berlin Brazil+Germany <- " + NewsFixtures.LULA_URL + " (1)",
                "2024-02-12 Nairobi France+Kenya <- " + NewsFixtures.MACRON_URL + " (1)"), meetings());
    }

    @Test
    void htmlPageGivesItsMetadataAndOnlyItsStory() {
        Map<String, String> a = article(NewsFixtures.MACRON_URL);
        assertEquals("Macron and Ruto meet in Nairobi for trade talks", a.get("title"));
        assertEquals(a.get("title"), a.get("label"));
        assertEquals("Example Times", a.get("publisher"));
        assertEquals("Jane Doe", a.get("author"));
        assertEquals("2024-02-13T08:00:00+03:00^^dateTime", a.get("published"));
        assertEquals("2024-02-13T10:30:00+03:00^^dateTime", a.get("modified"));
        assertEquals("html", a.get("format"));
        assertEquals("macron-ruto.html", a.get("file"));
        assertEquals(null, a.get("locator"));
        assertEquals("false^^boolean", a.get("summaryOnly"));
        // the page prints no date: "on Monday" is read against the day it was published
        assertEquals(null, a.get("printed"));
        assertEquals("2024-02-13^^date", a.get("reference"));
        assertEquals("published date", a.get("why"));
        String text = a.get("text");
        assertTrue(text.startsWith("French President Emmanuel Macron met Kenyan President William Ruto in Nairobi on Monday."), text);
        for (String boilerplate : List.of("cookies", "Accept all", "Kishida", "Related", "Share this story", "Copyright", "Home", "dataLayer")) {
            assertFalse(text.contains(boilerplate), boilerplate + " leaked into " + text);
        }
    }

    @Test
    void theSameStoryAsAPageAndAsAnExportRecordIsOneArticleTheNewerVersion() {
        List<Map<String, String>> same = select(store, "SELECT ?a ?file WHERE { ?a schema:url <" + NewsFixtures.MACRON_URL
                + "> ; dip:fileName ?file }");
        assertEquals(1, same.size(), same.toString());
        // the page says it was modified after the export's record was published: the page is kept
        assertEquals("macron-ruto.html", same.get(0).get("file"));
        assertTrue(select(store, "SELECT ?a WHERE { ?a dip:recordLocator \"line 1\" }").isEmpty(), "the export's copy was stored too");
    }

    @Test
    void aPageWithoutOpenGraphTakesItsJsonLdHeadlineWithoutTheSiteName() {
        Map<String, String> a = article(NewsFixtures.LULA_URL);
        assertEquals("Lula and Scholz meet in Berlin", a.get("title"));
        assertEquals("Example News", a.get("publisher"));
        assertEquals("Hans Weber", a.get("author"));
        assertEquals("2023-12-05T06:00:00+01:00^^dateTime", a.get("published"));
        assertEquals("2023-12-05^^date", a.get("modified"));
        // the date the page prints in its text, as for plain text
        assertEquals("2023-12-05^^date", a.get("printed"));
        assertEquals("printed date", a.get("why"));
        assertFalse(a.get("text").contains("newsletter") || a.get("text").contains("Sport"), a.get("text"));
    }

    @Test
    void feedItemsCarryTheirLinkIdDateAndSummaryFlag() {
        Map<String, String> full = article(NewsFixtures.KISHIDA_URL);
        assertEquals("Kishida and Albanese hold talks in Tokyo", full.get("title"));
        assertEquals("Example Wire", full.get("publisher"));
        assertEquals("rss", full.get("format"));
        assertEquals("wire.rss", full.get("file"));
        assertEquals("item 1 (id wire-1001)", full.get("locator"));
        // the date as the feed writes it, with its offset: the publisher's day
        assertEquals("2023-09-06T09:00:00+09:00^^dateTime", full.get("published"));
        assertEquals("false^^boolean", full.get("summaryOnly"));
        assertTrue(full.get("text").contains("deepen defence cooperation"), full.get("text"));

        Map<String, String> summary = article(NewsFixtures.MODI_URL);
        assertEquals("item 2 (id wire-1002)", summary.get("locator"));
        assertEquals("true^^boolean", summary.get("summaryOnly"));

        Map<String, String> atom = article(NewsFixtures.YOON_URL);
        assertEquals("atom", atom.get("format"));
        assertEquals("Yoon and Kishida meet in Seoul", atom.get("title"));
        assertEquals("Example Atom News", atom.get("publisher"));
        assertEquals("Min-ji Park", atom.get("author"));
        assertEquals("item 1 (id urn:example:atom:77)", atom.get("locator"));
        assertEquals("2023-05-08T06:00:00+09:00^^dateTime", atom.get("published"));
        assertEquals("2023-05-08T07:00:00+09:00^^dateTime", atom.get("modified"));
    }

    @Test
    void jsonLinesRecordsCarryTheirFieldsAndLine() {
        Map<String, String> a = article(NewsFixtures.TRUDEAU_URL);
        assertEquals("Trudeau visits Mexico City", a.get("title"));
        assertEquals("Example Press", a.get("publisher"));
        assertEquals("Marie Tremblay, Luis Ortega", a.get("author"));
        assertEquals("2023-01-12^^date", a.get("published"));
        assertEquals("jsonl", a.get("format"));
        assertEquals("export.jsonl", a.get("file"));
        assertEquals("line 3", a.get("locator"));
    }

    @Test
    void warcResponseIsAnArticleWithItsTargetAndCaptureDate() {
        Map<String, String> a = article(NewsFixtures.MELONI_URL);
        assertEquals("warc", a.get("format"));
        assertEquals("crawl.warc.gz", a.get("file"));
        assertTrue(a.get("locator").matches("record at offset \\d+"), a.get("locator"));
        assertEquals("2023-06-07T12:00:00Z^^dateTime", a.get("captured"));
        assertEquals("2023-06-07T09:00:00+02:00^^dateTime", a.get("published"));
        assertEquals("Meloni meets Saied in Tunis", a.get("title"));
        assertEquals("Example Crawl Daily", a.get("publisher"));
        // the request, the 404 page and the image are not articles
        assertEquals(1, articles.values().stream().filter(x -> x.get("format").equals("warc")).count());
    }

    @Test
    void theBuiltGraphConformsToTheShapes() {
        assertEquals(List.of(), org.diplomacykg.validate.GraphValidator.shipped().validate(store.dataset()));
    }
}
