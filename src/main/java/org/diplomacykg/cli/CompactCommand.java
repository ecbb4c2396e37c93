package org.diplomacykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplomacykg.store.Compaction;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import org.diplomacykg.store.StoreLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Gives back the disk space the store no longer uses: TDB2 never reuses the space of data a build replaced,"
                + " and a build killed while writing leaves what it wrote behind.",
                "Copies the content into a new Data-NNNN folder in the store, switches to it and deletes the old one;"
                        + " prints the folder's size before and after. The content is unchanged, and an interrupted compaction"
                        + " loses nothing: the next open undoes or finishes it. Needs the store to itself: stop a running kg serve first."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        Path dir = store.store();
        checkCompactable(dir);
        try (KgStore s = KgStore.open(dir)) {
            System.out.println(Compaction.compact(s).describe());
        }
        return 0;
    }

    /** Refuses, naming the folder and why, what compaction cannot or must not touch; opening would create a store where there is none. */
    static void checkCompactable(Path dir) {
        if (Files.isRegularFile(dir)) {
            throw new StoreException(dir + ": is a file, not a TDB2 store folder");
        }
        if (!Files.isDirectory(dir) || isEmpty(dir)) {
            throw new StoreException(dir + ": no store here, nothing to compact (kg build makes one)");
        }
        if (!KgStore.exists(dir)) {
            throw new StoreException(dir + ": not a TDB2 store (the folder holds other files, and no Data-NNNN folder or tdb.lock)");
        }
        StoreLock.otherHolder(dir).ifPresent(holder -> {
            throw new StoreException(dir + ": in use by " + holder + " (a running kg serve or kg build); compaction needs the store"
                    + " to itself: stop that process, then run kg compact again");
        });
    }

    /** The command line that compacts the store of {@code options}, for advice printed by other commands. */
    static String commandFor(StoreOptions options) {
        return options.storeGiven() ? "kg compact --store " + options.store() : "kg compact";
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read folder (" + e.getMessage() + ")", e);
        }
    }
}
