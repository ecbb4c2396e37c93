package org.diplomacykg.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushes the seeds graph to a second Fuseki, started as its own process, over real HTTP. */
class PushTest {
    @TempDir
    static Path dir;

    static Process remote;
    static int port;
    static KgStore store;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        remote = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RemoteFuseki.class.getName(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(new File(System.getProperty("java.io.tmpdir"), "kg-push-test-fuseki.log")).start();
        store = KgStore.open(dir.resolve("store"));
        SeedStore.build(store);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 200; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/remote/sparql?query=ASK%7B%7D")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("remote Fuseki did not start");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        remote.destroy();
        remote.waitFor(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void everyNamedGraphArrivesWhole() throws Exception {
        List<GraphStorePusher.Pushed> pushed = new GraphStorePusher("http://127.0.0.1:" + port + "/remote/data", null, null)
                .push(store.dataset());
        long local = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
        assertEquals(local, pushed.stream().mapToLong(GraphStorePusher.Pushed::triples).sum());
        assertTrue(pushed.size() >= 8, "graphs: " + pushed.size());
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/remote/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("n\r\n" + local + "\r\n", r.body());
    }

    @Test
    void aRefusingEndpointIsAClearError() {
        var e = assertThrows(GraphStorePusher.PushException.class,
                () -> new GraphStorePusher("http://127.0.0.1:" + port + "/nowhere/data", null, null).push(store.dataset()));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }
}
