package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SERVICE is off unless the operator lists endpoints with --allow-service, and then reaches only
 * those: two SPARQL endpoints on this host count the requests they get, one listed and one not.
 */
class ServiceAllowListTest {
    static final String ANSWER = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"from afar\"}}]}}";

    HttpServer listed;
    HttpServer unlisted;
    final AtomicInteger listedCalls = new AtomicInteger();
    final AtomicInteger unlistedCalls = new AtomicInteger();

    @BeforeEach
    void endpoints() throws Exception {
        listed = endpoint(listedCalls);
        unlisted = endpoint(unlistedCalls);
    }

    @AfterEach
    void stopEndpoints() {
        listed.stop(0);
        unlisted.stop(0);
    }

    private static HttpServer endpoint(AtomicInteger calls) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", exchange -> {
            calls.incrementAndGet();
            if (exchange.getRequestURI().getPath().startsWith("/moved")) {
                // an allowed endpoint must not be able to send the server elsewhere
                String to = exchange.getRequestURI().getRawQuery().replaceFirst("^to=([^&]*).*", "$1");
                exchange.getResponseHeaders().add("Location", java.net.URLDecoder.decode(to, StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        s.start();
        return s;
    }

    static String url(HttpServer s, String path) {
        return "http://127.0.0.1:" + s.getAddress().getPort() + path;
    }

    static String service(String endpoint) {
        return "SELECT ?x { SERVICE <" + endpoint + "> { ?s ?p ?x } }";
    }

    @Test
    void withoutTheFlagNoServiceCallIsMade() throws Exception {
        try (KgServer server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0))) {
            HttpResponse<String> r = QueryRequests.post(server, service(url(listed, "/sparql")), "text/csv");
            assertEquals(403, r.statusCode(), r.body());
        }
        assertEquals(0, listedCalls.get());
    }

    @Test
    void onlyTheListedEndpointIsCalled() throws Exception {
        String allowed = url(listed, "/sparql");
        try (KgServer server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0).withServiceAllowed(List.of(allowed)))) {
            HttpResponse<String> ok = QueryRequests.post(server, service(allowed), "text/csv");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("from afar"), ok.body());
            assertEquals(1, listedCalls.get(), "the listed endpoint was called");

            for (String refused : List.of(url(unlisted, "/sparql"), url(listed, "/other"), "http://127.0.0.1:" + listed.getAddress().getPort() + "0/sparql",
                    "http://user@127.0.0.1:" + unlisted.getAddress().getPort() + "/sparql")) {
                HttpResponse<String> r = QueryRequests.post(server, service(refused), "text/csv");
                assertEquals(403, r.statusCode(), refused + ": " + r.body());
                assertTrue(r.body().contains("--allow-service"), r.body());
            }
            // bound at run time, and SILENT: refused all the same, just quietly
            HttpResponse<String> bound = QueryRequests.post(server, "SELECT ?x { VALUES ?e { <" + url(unlisted, "/sparql") + "> } SERVICE ?e { ?s ?p ?x } }", "text/csv");
            assertEquals(403, bound.statusCode(), bound.body());
            HttpResponse<String> silent = QueryRequests.post(server, "SELECT ?x { SERVICE SILENT <" + url(unlisted, "/sparql") + "> { ?s ?p ?x } }", "text/csv");
            assertEquals(200, silent.statusCode(), silent.body());
            assertEquals(0, unlistedCalls.get(), "an endpoint not listed was called");
            assertEquals(1, listedCalls.get(), "only the first query reached the listed endpoint");
        }
    }

    @Test
    void anAllowedEndpointCannotRedirectTheServerElsewhere() throws Exception {
        String allowed = url(listed, "/moved");
        try (KgServer server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0).withServiceAllowed(List.of(allowed)))) {
            HttpResponse<String> r = QueryRequests.post(server, service(allowed + "?to=" + url(unlisted, "/sparql")), "text/csv");
            assertEquals(502, r.statusCode(), r.body());
            assertTrue(r.body().contains("302"), r.body());
        }
        assertEquals(1, listedCalls.get());
        assertEquals(0, unlistedCalls.get(), "the redirect was followed");
    }
}
