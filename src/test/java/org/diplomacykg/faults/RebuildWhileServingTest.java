package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers querying over HTTP while the store is rebuilt under them see either the old graph or
 * the new one, whole (a consistent article count and matching fact count), and never an error.
 */
class RebuildWhileServingTest {
    @TempDir
    Path dir;

    static final String QUERY = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?q) AS ?quotes) "
            + "WHERE { { ?a a dip:NewsArticle } UNION { GRAPH ?g { ?q a dip:Quotation ; dip:sourceCount ?n } } }";

    @Test
    void readersSeeOneGraphOrTheOtherAndNoErrors() throws Exception {
        Path three = Files.createDirectories(dir.resolve("three"));
        try (var files = Files.list(SeedStore.seeds())) {
            for (Path f : files.sorted().limit(3).toList()) {
                Files.copy(f, three.resolve(f.getFileName()));
            }
        }
        GraphBuilder builder = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            builder.build(SeedStore.seeds(), store);
            KgServer server = KgServer.start(store.dataset(), "127.0.0.1", 0, 30);
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI uri = URI.create(server.baseUrl() + "/kg/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
                String before = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Set<String> seen = ConcurrentHashMap.newKeySet();
                List<String> errors = new CopyOnWriteArrayList<>();
                AtomicBoolean stop = new AtomicBoolean();
                Thread[] readers = new Thread[3];
                for (int t = 0; t < readers.length; t++) {
                    readers[t] = new Thread(() -> {
                        int n = 0;
                        while (!stop.get() && n++ < 2000) {
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    errors.add(r.statusCode() + " " + r.body());
                                } else {
                                    seen.add(r.body());
                                }
                            } catch (Exception e) {
                                errors.add(e.toString());
                            }
                        }
                    });
                    readers[t].start();
                }
                for (int round = 0; round < 3; round++) {
                    builder.build(three, store);
                    builder.build(SeedStore.seeds(), store);
                }
                builder.build(three, store);
                String after = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                stop.set(true);
                for (Thread t : readers) {
                    t.join(30_000);
                }
                assertEquals(List.of(), errors);
                assertTrue(seen.stream().allMatch(b -> b.equals(before) || b.equals(after)),
                        "a reader saw a mixture: " + seen + " (before " + before + ", after " + after + ")");
                assertTrue(!before.equals(after));
            } finally {
                server.close();
            }
        }
    }
}
