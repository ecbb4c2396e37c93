package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplomacykg.bench.CorpusGenerator;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a build, at several moments of it, leaves a store that opens and holds either the
 * previous graph, untouched, or the new one complete: never a mixture.
 */
class KillDuringBuildTest {
    @TempDir
    Path dir;

    @Test
    void killedBuildLeavesThePreviousStoreIntact() throws Exception {
        Path store = dir.resolve("store");
        long before;
        try (KgStore s = KgStore.open(store)) {
            SeedStore.build(s);
            before = s.size();
        }
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(3).write(corpus, 150);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int killedMidway = 0;
        for (long delayMs : List.of(1500L, 4000L, 7000L, 10000L)) {
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "org.diplomacykg.cli.Main", "build", "--input", corpus.toString(), "--store", store.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no chance to tidy up
                p.waitFor(20, TimeUnit.SECONDS);
                killedMidway++;
            }
            try (KgStore s = KgStore.open(store)) {
                long now = s.size();
                if (!finished) {
                    assertTrue(now == before || now > before, "store unreadable or shrunk: " + now);
                }
                if (now != before) {
                    // the build got to commit before the kill: then the new graph is there whole, and validates
                    assertEquals(0, org.diplomacykg.validate.GraphValidator.shipped().validate(s.dataset()).size());
                    before = now;
                }
            }
        }
        assertTrue(killedMidway >= 1, "no build was killed midway; the test proved nothing");
        assertTrue(Files.exists(store));
    }

    @Test
    void killedFirstBuildLeavesAnEmptyOrCompleteStore() throws Exception {
        // a first build fills the empty store with the bulk loader: a kill during it must not leave a partial graph
        Path corpus = dir.resolve("corpus-first");
        new CorpusGenerator(5).write(corpus, 150);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int killedMidway = 0;
        long complete = -1;
        for (long delayMs : List.of(3000L, 5000L, 7000L, 9000L, 60000L)) {
            Path store = dir.resolve("first-" + delayMs);
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "org.diplomacykg.cli.Main", "build", "--input", corpus.toString(), "--store", store.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(20, TimeUnit.SECONDS);
                killedMidway++;
            } else {
                assertEquals(0, p.exitValue(), Files.readString(dir.resolve("first.log")));
            }
            if (!Files.exists(store)) {
                continue;
            }
            try (KgStore s = KgStore.open(store)) {
                long now = s.size();
                if (now > 0) {
                    assertEquals(0, org.diplomacykg.validate.GraphValidator.shipped().validate(s.dataset()).size());
                    if (complete >= 0) {
                        assertEquals(complete, now, "a store that is not empty holds the whole graph");
                    }
                    complete = now;
                }
            }
        }
        assertTrue(killedMidway >= 1, "no build was killed midway; the test proved nothing");
        assertTrue(complete > 0, "the unkilled build must have produced the graph");
    }
}
