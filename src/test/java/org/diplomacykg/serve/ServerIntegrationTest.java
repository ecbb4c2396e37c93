package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the seeds into a real TDB2 store, serves it with Fuseki on a free port, asks over real HTTP. */
class ServerIntegrationTest {

    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SeedStore.shared();
        server = KgServer.start(store.dataset(), "127.0.0.1", 0, 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String sparql) {
        return "/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    static final String PREFIX = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @Test
    void selectOverGetReturnsJson() throws Exception {
        var r = get(q(PREFIX + "SELECT ?name WHERE { ?c a dip:Country ; dip:isoCode \"JP\" ; rdfs:label ?name }"),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertTrue(r.body().contains("\"Japan\""), r.body());
    }

    @Test
    void selectOverPostWithCsvByAccept() throws Exception {
        String body = "query=" + URLEncoder.encode(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:NewsArticle }",
                StandardCharsets.UTF_8);
        var r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n5\r\n", r.body());
    }

    @Test
    void tsvAndXmlByAccept() throws Exception {
        String query = q(PREFIX + "SELECT ?a WHERE { ?a a dip:NewsArticle } LIMIT 1");
        assertTrue(get(query, "text/tab-separated-values").body().startsWith("?a\n"));
        assertTrue(get(query, "application/sparql-results+xml").body().contains("<sparql"));
    }

    @Test
    void graphStoreReadOfTheReconciledGraph() throws Exception {
        String graph = new Iris(Iris.DEFAULT_BASE).reconciledGraph().getURI();
        var r = get("/kg/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.size() > 100, "reconciled graph has " + m.size() + " triples");
    }

    @Test
    void isReadOnly() throws Exception {
        var update = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "PUT answered " + update.statusCode());
        var sparqlUpdate = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(sparqlUpdate.statusCode() >= 400, "update answered " + sparqlUpdate.statusCode());
        var count = get(q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
        assertTrue(!count.body().contains("\n0"), count.body());
    }

    @Test
    void malformedQueryIs400AndStartPageIsServed() throws Exception {
        assertEquals(400, get(q("SELEKT nonsense"), null).statusCode());
        var home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("/kg/sparql"));
    }

    @Test
    void aSecondServerOnTheSamePortIsRefusedClearly() {
        var e = assertThrows(IllegalArgumentException.class, () -> KgServer.start(store.dataset(), "127.0.0.1", server.port(), 30));
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
}
