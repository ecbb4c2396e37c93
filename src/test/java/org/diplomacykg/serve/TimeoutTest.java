package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The query timeout really stops a heavy query, and a client cannot lift it. */
class TimeoutTest {
    // a four-way cross product of every triple: ~10^13 rows, hours of work without a timeout
    static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void aSlowQueryIsStoppedByTheServerTimeout() throws Exception {
        try (KgServer server = KgServer.start(SiteFixture.store().dataset(), ServerOptions.of("127.0.0.1", 0, 1))) {
            for (String extra : new String[] {"", "&timeout=3600"}) {
                long start = System.nanoTime();
                HttpResponse<String> r = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql?query="
                        + URLEncoder.encode(HEAVY, StandardCharsets.UTF_8) + extra)).timeout(Duration.ofSeconds(60))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - start) / 1e9;
                assertNotEquals(200, r.statusCode(), "the heavy query finished?");
                assertTrue(seconds < 15, "stopped after " + seconds + " s (timeout 1 s)" + extra);
            }
        }
    }
}
