package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.store.DiskUsage;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreSpace;
import org.diplomacykg.testkit.SeedStore;
import org.diplomacykg.testkit.StoreContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during store writes leaves the content intact but the folder larger; {@code kg compact},
 * run as a user runs it, gives the space back and keeps every quad. A compaction killed while it
 * copies leaves the store with its content too.
 */
class KillThenCompactTest {
    private static final Pattern WRITTEN = Pattern.compile("written (\\d+) of (\\d+)");

    @TempDir
    Path dir;

    @Test
    void killedWritesGrowTheFolderAndKgCompactGivesItBack() throws Exception {
        Path store = dir.resolve("store");
        Map<Node, Set<Triple>> seeds = StoreContents.graphs(SeedStore.shared());
        Set<Quad> content;
        try (KgStore s = KgStore.open(store)) {
            s.sync(seeds);
            content = StoreContents.quads(s);
        }
        long beforeCrashes = DiskUsage.of(store);
        int kills = 0;
        List<String> grown = new java.util.ArrayList<>();
        // each kill further into the write: a write killed where an earlier one was adds little, as TDB2 writes past its last commit again
        List<Double> shares = List.of(0.3, 0.6, 0.9);
        for (int round = 0; round < shares.size(); round++) {
            Path log = dir.resolve("writer-" + round + ".log");
            Process p = ChildKg.start(log, LargeDeltaWriter.class.getName(), store.toString(), "100");
            if (waitUntilWritten(p, log, shares.get(round))) {
                p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, the write transaction never commits
                p.waitFor(20, TimeUnit.SECONDS);
                kills++;
            }
            try (KgStore s = KgStore.open(store)) {
                assertEquals(content, StoreContents.quads(s), "a killed write changed the content (round " + round + "): " + Files.readString(log));
            }
            grown.add(DiskUsage.format(DiskUsage.of(store)));
        }
        assertTrue(kills >= 2, "fewer than two writes were killed midway: " + kills);
        long afterCrashes = DiskUsage.of(store);
        assertTrue(afterCrashes >= 20 * beforeCrashes, "the folder did not grow: " + beforeCrashes + " -> " + afterCrashes);
        StoreSpace space = StoreSpace.measure(store, content.size());
        assertTrue(space.wasteful(), space.toString());

        ChildKg.Result r = ChildKg.run(dir, "compact", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("compacted " + store + " in "), r.out());
        long afterCompact = DiskUsage.of(store);

        Path freshDir = dir.resolve("fresh");
        try (KgStore f = KgStore.open(freshDir)) {
            f.sync(seeds);
        }
        long fresh = DiskUsage.of(freshDir);
        System.out.printf("kill then compact: %d kills; store folder %s before the crashes, %s after them (%.0fx; after each: %s), %s after kg compact;"
                        + " a fresh load of the same %d quads: %s; content estimated before compacting: %s; kg compact said: %s%n",
                kills, DiskUsage.format(beforeCrashes), DiskUsage.format(afterCrashes), afterCrashes / (double) beforeCrashes, grown,
                DiskUsage.format(afterCompact), content.size(), DiskUsage.format(fresh), DiskUsage.format(space.content()), r.out().trim());
        assertTrue(afterCompact <= 2 * space.content(), "compacted to " + afterCompact + " bytes, over twice the content " + space.content());
        assertTrue(afterCompact <= 2 * fresh, "compacted to " + afterCompact + " bytes, over twice a fresh load of the same quads: " + fresh);
        try (KgStore s = KgStore.open(store)) {
            assertEquals(content, StoreContents.quads(s), "the compacted store holds other quads");
            KgServer server = KgServer.start(s.dataset(), "127.0.0.1", 0, 30);
            try {
                assertEquals(content.size(), countOverHttp(server), "the compacted store serves every quad");
            } finally {
                server.close();
            }
        }
    }

    @Test
    void aCompactionKilledWhileCopyingLeavesTheStoreWithItsContent() throws Exception {
        Path store = dir.resolve("store");
        Set<Quad> content;
        try (KgStore s = KgStore.open(store)) {
            // large enough that copying it takes seconds: the seeds and 50 copies of them
            s.sync(StoreContents.withCopies(StoreContents.graphs(SeedStore.shared()), 50));
            content = StoreContents.quads(s);
        }
        int killedWhileCopying = 0;
        for (long delayMs : List.of(1500L, 500L, 0L)) {
            Path log = dir.resolve("compact-" + delayMs + ".log");
            Process p = ChildKg.start(log, "org.diplomacykg.cli.Main", "compact", "--store", store.toString());
            Path copy = waitForCopy(p, store);
            Thread.sleep(delayMs);
            if (copy != null && p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(20, TimeUnit.SECONDS);
                if (Files.exists(copy)) {
                    killedWhileCopying++;
                }
            } else {
                p.waitFor(60, TimeUnit.SECONDS);
            }
            try (KgStore s = KgStore.open(store)) {
                assertEquals(content.size(), s.size(), "after a compaction killed " + delayMs + " ms into its copy: " + Files.readString(log));
                assertEquals(content, StoreContents.quads(s));
            }
            assertFalse(Files.exists(copy == null ? store.resolve("none") : copy), "the partial copy is removed when the store is opened");
        }
        assertTrue(killedWhileCopying >= 1, "no compaction was killed while copying; the test proved nothing");
        ChildKg.Result r = ChildKg.run(dir, "compact", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        try (KgStore s = KgStore.open(store)) {
            assertEquals(content, StoreContents.quads(s));
        }
        try (Stream<Path> files = Files.list(store)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("Data-")).count(), "one generation left");
        }
    }

    /** True once the writer has handed {@code share} of its quads to the store and is still writing; false if it ended first. */
    private static boolean waitUntilWritten(Process p, Path log, double share) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (p.isAlive() && System.nanoTime() < deadline) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher m = WRITTEN.matcher(lines.get(i));
                if (m.matches()) {
                    if (Long.parseLong(m.group(1)) >= share * Long.parseLong(m.group(2))) {
                        return p.isAlive();
                    }
                    break;
                }
            }
            Thread.sleep(20);
        }
        if (p.isAlive()) {
            p.destroyForcibly();
            throw new IllegalStateException("the writer did not get far enough in 180 s: " + Files.readString(log));
        }
        return false;
    }

    /** The {@code Data-NNNN-tmp} folder TDB2 copies into, once it appears; null if the compaction ended without one being seen. */
    private static Path waitForCopy(Process p, Path store) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(store)) {
                Path tmp = files.filter(f -> f.getFileName().toString().matches("Data-\\d+-tmp")).findFirst().orElse(null);
                if (tmp != null) {
                    return tmp;
                }
            }
            Thread.sleep(10);
        }
        return null;
    }

    private static long countOverHttp(KgServer server) throws IOException, InterruptedException {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        URI uri = URI.create(server.baseUrl() + KgServer.DATASET + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
    }
}
