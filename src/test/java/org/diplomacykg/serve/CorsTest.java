package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other sites' pages may read (CORS with a wildcard origin, never with credentials) and may not
 * write: the write and admin endpoints answer no CORS header and grant no preflight, and a
 * cross-site form POST is refused even when the browser attaches the administrator's login.
 */
class CorsTest {
    static final String EVIL = "https://evil.example";
    static final String GRAPH = "urn:x-test:cors";
    /** Every read endpoint the allow-list names, as a GET a cross-origin script might send. */
    static final List<String> READS = List.of("/kg/sparql?query=ASK%7B%7D", "/kg/query?query=ASK%7B%7D", "/kg?query=ASK%7B%7D",
            "/kg/?query=ASK%7B%7D", "/kg/data?default", "/kg/get?default", "/queries", "/queries/people", "/id/country/JP",
            "/dumps/", "/dumps/kg.nt", "/.well-known/void", "/ontology", "/search?q=Japan");

    @TempDir
    static Path tmp;
    static KgServer writable;

    @BeforeAll
    static void start() throws Exception {
        writable = KgServer.start(SiteFixture.store().dataset(), SiteFixture.writableOptions(tmp));
    }

    @AfterAll
    static void stop() {
        writable.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return SiteFixture.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(writable.baseUrl() + path));
    }

    static HttpResponse<String> preflight(String path, String method, String headers) throws Exception {
        return send(at(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EVIL)
                .header("Access-Control-Request-Method", method).header("Access-Control-Request-Headers", headers));
    }

    static List<String> corsHeaders(HttpResponse<?> r) {
        return r.headers().map().keySet().stream().filter(h -> h.toLowerCase().startsWith("access-control-")).toList();
    }

    static String triplesIn(String graph) throws Exception {
        return triplesIn(writable, graph);
    }

    /** "n\r\nCOUNT": the triples in a named graph, by an anonymous query. */
    static String triplesIn(KgServer server, String graph) throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }";
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")).body().strip();
    }

    @Test
    void aCrossSiteFormPostWithTheAdministratorsLoginWritesNothing() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:a> <urn:x:b> \"forged\" } }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(at("/kg/update").header("Origin", EVIL).header("Authorization", basic("editor", "s3cret"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(update)));
        assertEquals(List.of(), corsHeaders(r), "CORS headers on a write endpoint");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains(EVIL), "the refusal names the origin: " + r.body());
        assertTrue(triplesIn(GRAPH).endsWith("\n0"), "the forged update was applied: " + triplesIn(GRAPH));

        // what browsers send instead of, or besides, Origin
        HttpResponse<String> fetchSite = send(at("/kg/update").header("Sec-Fetch-Site", "cross-site")
                .header("Authorization", basic("editor", "s3cret")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertEquals(403, fetchSite.statusCode(), fetchSite.body());
        assertTrue(triplesIn(GRAPH).endsWith("\n0"));
    }

    @Test
    void theSitesOwnPagesAndNonBrowserClientsStillWrite() throws Exception {
        String graph = GRAPH + ":own";
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <urn:x:a> <urn:x:b> \"own\" } }";
        HttpResponse<String> sameOrigin = send(at("/kg/update").header("Origin", writable.baseUrl()).header("Sec-Fetch-Site", "same-origin")
                .header("Authorization", basic("editor", "s3cret")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))));
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
        assertTrue(triplesIn(graph).endsWith("\n1"), triplesIn(graph));
        HttpResponse<String> noOrigin = send(at("/kg/update").header("Authorization", basic("editor", "s3cret"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <" + graph + ">")));
        assertEquals(2, noOrigin.statusCode() / 100, noOrigin.body());
        assertTrue(triplesIn(graph).endsWith("\n0"), triplesIn(graph));
    }

    @Test
    void noPreflightIsGrantedForWritesOrAdminPages() throws Exception {
        // /kg/build stands for any endpoint the allow-list does not name, whether it exists or not
        for (String path : List.of("/kg/update", "/kg/write?default", "/kg/build", "/$/stats", "/$/server", "/$/ping")) {
            HttpResponse<String> r = preflight(path, "POST", "authorization, content-type");
            assertEquals(List.of(), corsHeaders(r), path + " answered a preflight with " + r.headers().map());
            HttpResponse<String> get = send(at(path).header("Origin", EVIL));
            assertEquals(List.of(), corsHeaders(get), path + " answered a cross-origin GET with " + get.headers().map());
        }
    }

    @Test
    void readEndpointsAnswerAnyOriginWithoutCredentials() throws Exception {
        for (String path : READS) {
            HttpResponse<String> r = send(at(path).header("Origin", EVIL));
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path + " allows credentials");
            // a script on another site must be able to see that an answer was cut
            assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-KG-Truncated"), path);
        }
    }

    @Test
    void readEndpointsGrantPreflightsForQueriesOnly() throws Exception {
        HttpResponse<String> granted = preflight("/kg/sparql", "POST", "Content-Type, Accept");
        assertEquals(204, granted.statusCode());
        assertEquals("*", granted.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(granted.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(granted.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("content-type"));
        assertTrue(granted.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertEquals(204, preflight("/id/country/JP", "GET", "accept").statusCode());

        HttpResponse<String> put = preflight("/kg/data", "PUT", "content-type");
        assertEquals(List.of(), corsHeaders(put), "a write method on a read endpoint");
        assertTrue(put.body().contains("'PUT'"), put.body());
        HttpResponse<String> login = preflight("/kg/sparql", "POST", "authorization");
        assertEquals(List.of(), corsHeaders(login), "credentials on a read endpoint");
        assertTrue(login.body().contains("'authorization'"), login.body());
    }
}
