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
}
