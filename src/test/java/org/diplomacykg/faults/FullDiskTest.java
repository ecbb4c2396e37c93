package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.diplomacykg.cli.Main;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build on a full disk fails with exit code 1 and one line naming the store folder and saying
 * the disk is full; the store keeps its previous graph, whole and servable; a new store that could
 * not be made leaves nothing behind that a later build would trip over; the facts cache holds no
 * partial entries.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aBuildOnAFullDiskFailsCleanlyAndKeepsThePreviousStore() throws Exception {
        Path two = copySeeds(dir.resolve("two"), 2);
        Path three = copySeeds(dir.resolve("three"), 3);
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(dir.resolve("disk"), "8m")) {
            Path store = disk.dir().resolve("store");
            assertEquals(0, kg("build", "--input", two.toString(), "--store", store.toString()));
            List<String> before = quads(store);
            assertTrue(before.size() > 1000, "small store: " + before.size());

            Path filler = disk.fill();
            assertEquals(0, Files.getFileStore(disk.dir()).getUsableSpace(), "the disk is not full");

            // a bigger build (three seeds: one new article) into the existing store
            ChildKg.Result r = ChildKg.run(dir, "build", "--input", three.toString(), "--store", store.toString());
            assertCleanFailure(r, "kg build: " + store + ": ");
            assertFalse(r.out().contains("built "), r.out());
            assertCacheHasOnlyWholeEntries(store);

            // the previous graph is there, unchanged, even before any space is freed; and it can be served
            assertEquals(before, quads(store));
            assertServes(store, before.size());

            // a brand-new store on the full disk: the same clean failure, and nothing half-made left behind
            Path fresh = disk.dir().resolve("fresh");
            ChildKg.Result r2 = ChildKg.run(dir, "build", "--input", two.toString(), "--store", fresh.toString());
            assertCleanFailure(r2, "kg build: " + fresh + ": ");
            assertFalse(Files.exists(fresh), "a half-made store was left behind in " + fresh);

            // with space again, both build: nothing the failures left makes a later build choke
            Files.delete(filler);
            assertEquals(0, kg("build", "--input", two.toString(), "--store", fresh.toString()));
            assertEquals(before.size(), quads(fresh).size());
            assertEquals(0, kg("build", "--input", three.toString(), "--store", store.toString()));
            assertTrue(quads(store).size() > before.size(), "the third seed adds to the two");
            assertCacheHasOnlyWholeEntries(store);
        }
    }

    /**
     * The first build into a new store on a nearly full disk: the store opens, and the write (TDB2's
     * bulk loader, for an empty store) runs out of space part-way. It fails cleanly, not hangs, and the
     * next build, with space, succeeds.
     */
    @Test
    void aFirstBuildOnANearlyFullDiskFailsCleanly() throws Exception {
        Path two = copySeeds(dir.resolve("two"), 2);
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(dir.resolve("disk"), "8m")) {
            Path fresh = disk.dir().resolve("fresh");
            Path filler = disk.fillLeaving(400 * 1024); // the two seeds take about 1 MB
            ChildKg.Result r = ChildKg.run(dir, 90, "build", "--input", two.toString(), "--store", fresh.toString());
            assertCleanFailure(r, "kg build: " + fresh + ": ");
            assertCacheHasOnlyWholeEntries(fresh);

            Files.delete(filler);
            assertEquals(0, kg("build", "--input", two.toString(), "--store", fresh.toString()));
            assertTrue(quads(fresh).size() > 1000);
        }
    }

    static void assertCleanFailure(ChildKg.Result r, String prefix) {
        String all = "exit " + r.code() + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err();
        assertEquals(1, r.code(), all);
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), "one line on stderr: " + all);
        String line = lines.get(0);
        assertTrue(line.startsWith(prefix), "names the store folder: " + all);
        assertTrue(line.toLowerCase(java.util.Locale.ROOT).contains("no space left on device"), "says the disk is full: " + all);
        assertFalse(r.err().contains("Exception") || r.err().contains("Error") || r.err().contains("\tat "), "no stack trace: " + all);
    }

    /** Every entry in the store's facts cache reads back whole; no partial (.part) file is left. */
    static void assertCacheHasOnlyWholeEntries(Path store) throws IOException, ClassNotFoundException {
        Path cache = store.resolve("facts-cache");
        if (!Files.exists(cache)) {
            return;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertTrue(f.getFileName().toString().endsWith(".ser"), "stray file in the facts cache: " + f);
                try (InputStream in = Files.newInputStream(f); ObjectInputStream o = new ObjectInputStream(in)) {
                    assertInstanceOf(ArticleFacts.class, o.readObject(), f.toString());
                }
            }
        }
    }

    static void assertServes(Path store, long quads) throws Exception {
        try (KgStore s = KgStore.open(store)) {
            KgServer server = KgServer.start(s.dataset(), "127.0.0.1", 0, 30);
            try {
                String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
                URI uri = URI.create(server.baseUrl() + KgServer.DATASET + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(List.of("n", Long.toString(quads)), r.body().lines().toList());
            } finally {
                server.close();
            }
        }
    }

    /** Every quad in the store, as sorted text: equal lists mean the same content. */
    static List<String> quads(Path store) {
        try (KgStore s = KgStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                List<String> all = new java.util.ArrayList<>();
                s.dataset().find().forEachRemaining(q -> all.add(q.toString()));
                all.sort(null);
                return all;
            });
        }
    }

    /** Runs the CLI in this JVM (for the steps that are expected to work); returns its exit code. */
    static int kg(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(err, true), args);
        assertEquals(List.of(), ChildKg.errorLines(err.toString()), "kg " + String.join(" ", args));
        return code;
    }

    static Path copySeeds(Path to, int n) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(SeedStore.seeds())) {
            for (Path f : files.sorted().limit(n).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
