package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.cli.CliTest.Result;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.diplomacykg.testkit.StoreContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg compact}, and compaction at the end of {@code kg build}, as a user runs them: real stores, a real server process. */
class CompactCommandTest {
    @TempDir
    Path dir;

    static Result kg(String... args) {
        return CliTest.kg(args);
    }

    /** A store holding the seeds' graph, loaded as a first build loads it. */
    static Set<Quad> seeded(Path store) {
        try (KgStore s = KgStore.open(store)) {
            s.sync(StoreContents.graphs(SeedStore.shared()));
            return StoreContents.quads(s);
        }
    }

    static void grow(Path store, int copies) {
        try (KgStore s = KgStore.open(store)) {
            StoreContents.growWithoutChange(s, copies);
        }
    }

    static Set<Quad> quads(Path store) {
        try (KgStore s = KgStore.open(store)) {
            return StoreContents.quads(s);
        }
    }

    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void compactsAndSaysHowMuchItGaveBack() throws IOException {
        Path store = dir.resolve("store");
        Set<Quad> content = seeded(store);
        grow(store, 20);
        Result r = kg("compact", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("compacted " + Pattern.quote(store.toString())
                + " in [\\d.]+ s: [\\d.]+ MB on disk before, [\\d.]+ MB after \\([\\d.]+ MB reclaimed\\); " + content.size() + " quads, unchanged\\R"), r.out());
        assertTrue(listing(store).contains("Data-0002") && !listing(store).contains("Data-0001"), listing(store).toString());
        assertEquals(content, quads(store));
    }

    @Test
    void helpSaysWhatItDoesAndBuildListsItsFlag() {
        Result r = kg("compact", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: kg compact") && r.out().contains("--store=DIR") && r.out().contains("stop a running kg serve"), r.out());
        assertTrue(kg("build", "--help").out().contains("--[no-]compact"));
    }

    @Test
    void refusesWhatIsNotAStoreNamingTheFolderAndChangingNothing() throws IOException {
        Path missing = dir.resolve("nowhere");
        Result r = kg("compact", "--store", missing.toString());
        assertEquals(1, r.code());
        assertEquals("kg compact: " + missing + ": no store here, nothing to compact (kg build makes one)", r.err().trim());
        assertFalse(Files.exists(missing), "compact created a store");

        Path empty = Files.createDirectory(dir.resolve("empty"));
        r = kg("compact", "--store", empty.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(empty + ": no store here"), r.err());
        assertEquals(List.of(), listing(empty));

        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "not a store");
        r = kg("compact", "--store", other.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(other + ": not a TDB2 store"), r.err());
        assertEquals(List.of("notes.txt"), listing(other));

        Path file = Files.writeString(dir.resolve("file.txt"), "a file");
        r = kg("compact", "--store", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ": is a file"), r.err());
    }

    @Test
    void aStoreARunningServerHoldsIsRefusedAndTheServerAdvisesCompaction() throws Exception {
        Path store = dir.resolve("store");
        Set<Quad> content = seeded(store);
        grow(store, 20);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.diplomacykg.cli.Main", "serve", "--store", store.toString(), "--port", Integer.toString(port))))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log).contains("serving ") && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String served = Files.readString(log);
            assertTrue(served.contains("serving "), served);
            assertTrue(served.matches("(?s).*note: store folder is [\\d.]+ MB for about [\\d.]+ MB of content; run `kg compact --store "
                    + Pattern.quote(store.toString()) + "` to reclaim about [\\d.]+ MB \\(with the server stopped\\).*"), served);

            Result r = kg("compact", "--store", store.toString());
            assertEquals(1, r.code());
            assertEquals("kg compact: " + store + ": in use by process " + server.pid() + " (a running kg serve or kg build);"
                    + " compaction needs the store to itself: stop that process, then run kg compact again", r.err().trim());
        } finally {
            server.destroy(); // SIGTERM: the server's shutdown hook closes the store
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of("Data-0001", "tdb.lock"), listing(store).stream().filter(n -> !n.startsWith("kg-compact-size")).toList(),
                "the refused compaction left nothing behind");
        assertEquals(content, quads(store));
        assertEquals(0, kg("compact", "--store", store.toString()).code(), "with the server stopped, it compacts");
    }

    @Test
    void buildSuggestsCompactsUnaskedWhenOvergrownAndCompactsWhenAsked() throws IOException {
        Path store = dir.resolve("store");
        copyFactsCache(store); // the seeds' facts are cached: builds extract nothing and take seconds
        String seeds = SeedStore.seeds().toString();
        Result first = kg("build", "--quiet", "--input", seeds, "--store", store.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err(), "a fresh store needs no advice");
        Set<Quad> content = quads(store);
        grow(store, 45);

        Result asked = kg("build", "--quiet", "--no-compact", "--input", seeds, "--store", store.toString());
        assertEquals(0, asked.code(), asked.err());
        assertTrue(asked.err().trim().matches("kg build: note: store folder is [\\d.]+ MB for about [\\d.]+ MB of content; run `kg compact --store "
                + Pattern.quote(store.toString()) + "` to reclaim about [\\d.]+ MB"), asked.err());
        assertFalse(asked.out().contains("compacted"), asked.out());
        assertTrue(listing(store).contains("Data-0001"));

        Result unasked = kg("build", "--quiet", "--input", seeds, "--store", store.toString());
        assertEquals(0, unasked.code(), unasked.err());
        assertTrue(unasked.out().contains("compacted " + store + " in ") && unasked.out().contains("(unasked: the folder was over 4 times its content)"),
                unasked.out());
        assertEquals("", unasked.err());
        assertTrue(listing(store).contains("Data-0002") && !listing(store).contains("Data-0001"), listing(store).toString());
        assertEquals(content.size(), quads(store).size());

        Result clean = kg("build", "--quiet", "--input", seeds, "--store", store.toString());
        assertEquals("", clean.err());
        assertFalse(clean.out().contains("compacted"), "a store at its size is not compacted unasked: " + clean.out());

        Result forced = kg("build", "--quiet", "--compact", "--input", seeds, "--store", store.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("compacted " + store + " in ") && !forced.out().contains("unasked"), forced.out());
        assertTrue(listing(store).contains("Data-0003"), listing(store).toString());
    }

    /** Makes an empty store holding the seeds' cached facts. */
    private static void copyFactsCache(Path store) throws IOException {
        KgStore.open(store).close();
        Path from = SeedStore.shared().dir().resolve("facts-cache");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = store.resolve("facts-cache").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
