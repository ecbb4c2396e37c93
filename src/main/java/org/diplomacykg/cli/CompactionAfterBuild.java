package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.diplomacykg.store.Compaction;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreSpace;

/**
 * What {@code kg build} does about disk space once the build is stored: compacts when asked
 * ({@code --compact}), or unasked when the folder has outgrown its content several times over
 * (builds killed while writing, many rebuilds); otherwise says how much a compaction would give
 * back, when that is worth it. A compaction nobody asked for that fails does not fail the build:
 * the store keeps its content either way.
 */
final class CompactionAfterBuild {
    private CompactionAfterBuild() {
    }

    /**
     * {@code compact}: true for {@code --compact}, false for {@code --no-compact}, null to decide
     * from the store's size. {@code quads}: how many the build stored.
     */
    static void run(StoreOptions options, long quads, Boolean compact, PrintWriter err) {
        Path dir = options.store();
        boolean unasked = false;
        if (!Boolean.TRUE.equals(compact)) {
            StoreSpace space = StoreSpace.measure(dir, quads);
            unasked = compact == null && space.overgrown();
            if (!unasked) {
                space.advice(CompactCommand.commandFor(options)).ifPresent(a -> err.println("kg build: note: " + a));
                return;
            }
        }
        try (KgStore s = KgStore.open(dir)) {
            System.out.println(Compaction.compact(s).describe() + (unasked ? String.format(java.util.Locale.ROOT,
                    " (unasked: the folder was over %.0f times its content)", StoreSpace.OVERGROWN_RATIO) : ""));
        } catch (RuntimeException e) {
            if (!unasked) {
                throw new org.diplomacykg.store.StoreException(Errors.message(e) + " (the build itself is stored)", e);
            }
            err.println("kg build: note: the build is stored, but compacting the store failed: " + Errors.message(e));
        }
    }
}
