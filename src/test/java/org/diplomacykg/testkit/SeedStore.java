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

    public static BuildReport build(KgStore store) {
        return new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(seeds(), store);
    }
}
