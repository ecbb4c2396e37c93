package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Query and update text over the size cap (256 KB by default) is refused before it is parsed, in
 * every way a query can arrive: 413 for a body, 414 for a URL, with a message naming the limit and
 * the flag; the refusal is quick and does not hold up other clients. Before the cap, a 3.9 MB query
 * got no answer in 75 s and kept a core busy after its client left.
 */
class QuerySizeCapTest {
    static KgServer server;
    static final String SMALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @BeforeAll
    static void start() {
        server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertRefused(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("262144 bytes") && r.body().contains("--max-query-bytes"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
    }

    @Test
    void aHugeQueryIsRefusedQuicklyWhileOtherClientsAreAnswered() throws Exception {
        String huge = QueryRequests.huge();
        assertEquals(200, QueryRequests.post(server, SMALL, "text/csv").statusCode(), "warm-up");
        assertRefused(QueryRequests.post(server, huge, "text/csv"), 413);
        long start = System.nanoTime();
        HttpResponse<String> r = QueryRequests.post(server, huge, "text/csv");
        double refused = QueryRequests.seconds(start);
        assertRefused(r, 413);
        assertTrue(refused < 1, "refused after " + refused + " s");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            Future<Integer> sender = pool.submit(() -> {
                int sent = 0;
                while (!stop.get()) {
                    assertEquals(413, QueryRequests.post(server, huge, "text/csv").statusCode());
                    sent++;
                }
                return sent;
            });
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long s = System.nanoTime();
                HttpResponse<String> small = QueryRequests.post(server, SMALL, "text/csv");
                times.add(QueryRequests.seconds(s));
                assertEquals(200, small.statusCode(), small.body());
            }
            stop.set(true);
            int sent = sender.get();
            double slowest = times.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            System.out.printf("3.9 MB query refused in %.3f s; %d more sent meanwhile; the other client's small queries took %s s%n",
                    refused, sent, times.stream().map(t -> String.format("%.3f", t)).toList());
            assertTrue(sent > 0, "the huge queries were being sent");
            assertTrue(slowest < 1, "a small query took " + slowest + " s");
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    @Test
    void everyWayOfSendingAQueryOrUpdateIsCapped() throws Exception {
        String over = QueryRequests.inList(300_000, "1");
        String url = server.baseUrl();
        // a form, with and without Content-Length
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/kg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(over, StandardCharsets.UTF_8)))), 413);
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/kg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked("query=" + URLEncoder.encode(over, StandardCharsets.UTF_8)))), 413);
        // a SPARQL query body without Content-Length, and updates (refused before any endpoint or login is looked at)
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/kg/sparql")).header("Content-Type", "application/sparql-query")
                .POST(chunked(over))), 413);
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> \"" + "x".repeat(300_000) + "\" }";
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/kg/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))), 413);
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/kg/update")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))), 413);
        // in the URL: the query endpoint, a saved query's parameter, the search box
        assertRefused(QueryRequests.get(server, over, "text/csv"), 414);
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/queries/agreements?country=" + "JP".repeat(150_000)))), 414);
        assertRefused(send(HttpRequest.newBuilder(URI.create(url + "/search?q=" + "a".repeat(300_000)))), 414);
    }

    @Test
    void aQueryJustUnderTheCapIsAnsweredAndTheCapIsTheFlagsValue() throws Exception {
        String under = QueryRequests.inList(250_000, "<https://w3id.org/diplomacy-kg/id/country/JP>");
        HttpResponse<String> r = QueryRequests.post(server, under, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(under, StandardCharsets.UTF_8))));
        assertEquals(r.body(), form.body(), "the same answer through a form");

        try (KgServer small = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0).withMaxQueryBytes(1000))) {
            HttpResponse<String> ok = QueryRequests.post(small, QueryRequests.inList(1000, "1"), "text/csv");
            assertEquals(200, ok.statusCode(), ok.body());
            HttpResponse<String> refused = QueryRequests.post(small, QueryRequests.inList(1001, "1"), "text/csv");
            assertEquals(413, refused.statusCode());
            assertTrue(refused.body().contains("limit of 1000 bytes"), refused.body());
        }
    }

    private static HttpRequest.BodyPublisher chunked(String body) {
        // an input stream of unknown length: sent without Content-Length, in chunks
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return SiteFixture.HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
