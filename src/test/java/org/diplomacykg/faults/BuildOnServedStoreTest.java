package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build} against a store another process holds (a running server) fails on TDB2's lock:
 * with one line that names the folder and the process, and says how a served store takes new
 * articles instead; the store is left as it was.
 */
class BuildOnServedStoreTest {
    @TempDir
    Path dir;

    @Test
    void buildingAStoreThatIsServedSaysToUseTheLiveWays() throws Exception {
        Path store = dir.resolve("store");
        try (KgStore held = KgStore.open(store)) {
            ChildKg.Result r = ChildKg.run(dir, 120, "build", "--quiet", "--input", SeedStore.seeds().toString(), "--store", store.toString());
            assertEquals(1, r.code(), r.err());
            String line = r.errLines().get(0);
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(line.startsWith("kg build: " + store + ": the store is in use by process " + ProcessHandle.current().pid()), line);
            assertTrue(line.contains("--watch DIR") && line.contains("/kg/build"), line);
            assertEquals(0, held.size(), "nothing was written");
        }
    }
}
