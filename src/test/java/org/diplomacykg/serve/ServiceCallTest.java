package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An anonymous query cannot make the server fetch a URL: SERVICE to a listener on this host
 * (the way a query could scan the host's private ports) reaches nothing.
 */
class ServiceCallTest {
    @Test
    void serviceToALocalListenerMakesNoRequest() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             KgServer server = KgServer.start(SiteFixture.store().dataset(), ServerOptions.of("127.0.0.1", 0, 10))) {
            Thread t = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        accepted.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertNotEquals(200, r.statusCode(), r.body());
            assertEquals(0, accepted.get(), "the server connected to the listener");
        }
    }
}
