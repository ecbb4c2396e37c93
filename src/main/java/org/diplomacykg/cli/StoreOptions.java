package org.diplomacykg.cli;

import java.nio.file.Path;
import org.diplomacykg.map.Iris;
import picocli.CommandLine.Option;

/** Options shared by the commands that touch the store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/store in the project)")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of instance resources (default: ${DEFAULT-VALUE})",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    Path store() {
        return store != null ? store.toAbsolutePath().normalize() : Home.store();
    }

    boolean storeGiven() {
        return store != null;
    }

    Iris iris() {
        return new Iris(base);
    }
}
