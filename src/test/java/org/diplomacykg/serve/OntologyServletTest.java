package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.map.Dip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology over real HTTP: HTML documentation with an anchor per term, RDF by Accept or ?format=. */
class OntologyServletTest {
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final Graph ONTOLOGY = RDFParser.source(Path.of("ontology/diplomacy.ttl")).lang(Lang.TURTLE).toGraph();

    @BeforeAll
    static void start() {
        server = KgServer.start(DatasetGraphFactory.createTxnMem(), "127.0.0.1", 0, 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void browsersGetDocumentationWithAnAnchorForEveryTerm() throws Exception {
        var r = get("/ontology", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        int terms = 0;
        for (var t : ONTOLOGY.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Dip.NS)) {
                String local = s.getURI().substring(Dip.NS.length());
                assertTrue(html.contains("<section id=\"" + local + "\">"), "no anchor for " + local);
                terms++;
            }
        }
        assertTrue(terms > 90, "terms " + terms);
        // a section shows domain, range, alignments and CAMEO codes, linked to other terms' anchors
        String grant = html.substring(html.indexOf("<section id=\"Grant\">"));
        grant = grant.substring(0, grant.indexOf("</section>"));
        assertTrue(grant.contains("<a href=\"#Transfer\">dip:Transfer</a>"), grant);
        assertTrue(grant.contains("<code>0331</code>") && grant.contains("<code>071</code>"), grant);
        String value = html.substring(html.indexOf("<section id=\"value\">"));
        assertTrue(value.contains("Domain</dt><dd><a href=\"#MonetaryAmount\">"), value.substring(0, 800));
        assertTrue(value.contains("xsd:decimal"), value.substring(0, 800));
        assertTrue(html.contains("schema:Event") && html.contains("sem:Event"));
    }

    @Test
    void textFromTheOntologyIsEscaped() throws Exception {
        String html = new String(get("/ontology", null).body(), StandardCharsets.UTF_8);
        // dip:status's comment quotes its values: they must arrive as &quot;, never as raw quotes inside markup
        assertTrue(html.contains("one of &quot;announced&quot;"), "quotes not escaped");
        assertFalse(html.contains("one of \"announced\""));
    }

    @Test
    void rdfByAcceptAndByFormatParameter() throws Exception {
        Map<String, Lang> byAccept = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES);
        for (var e : byAccept.entrySet()) {
            var r = get("/ontology", e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(contentType(r).startsWith(e.getKey()), contentType(r));
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
            Graph g = RDFParser.source(new ByteArrayInputStream(r.body())).lang(e.getValue()).toGraph();
            assertTrue(g.isIsomorphicWith(ONTOLOGY), e.getKey() + " does not round-trip");
        }
        Map<String, String> byParam = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json",
                "rdfxml", "application/rdf+xml", "html", "text/html");
        for (var e : byParam.entrySet()) {
            var r = get("/ontology?format=" + e.getKey(), "text/html");
            assertTrue(contentType(r).startsWith(e.getValue()), e.getKey() + " gave " + contentType(r));
        }
    }

    @Test
    void unknownFormatsAreRefused() throws Exception {
        assertEquals(406, get("/ontology", "image/png").statusCode());
        assertEquals(400, get("/ontology?format=docx", null).statusCode());
    }
}
