package org.diplomacykg.testkit;

import java.nio.file.Path;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.store.KgStore;

/** Builds the seed articles into a real TDB2 store in a temporary folder. */
public final class SeedStore {
    private SeedStore() {
    }

    public static Path seeds() {
        return Path.of("seeds").toAbsolutePath();
    }

    private static KgStore shared;

    /**
     * One store of the seeds per test JVM, for the many test classes that only read it: built
     * once instead of once per class. Closed and deleted when the JVM exits; never close it.
     */
    public static synchronized KgStore shared() {
        if (shared == null) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("kg-seeds-");
                shared = KgStore.open(dir.resolve("store"));
                build(shared);
                KgStore s = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    try (var files = java.nio.file.Files.walk(dir)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    } catch (java.io.IOException e) {
                        // a temporary folder left behind is harmless
                    }
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shared;
    }

    public static BuildReport build(KgStore store) {
        return new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(seeds(), store);
    }
}
