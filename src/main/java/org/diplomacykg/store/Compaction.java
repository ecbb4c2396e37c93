package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.apache.jena.tdb2.DatabaseMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reclaims the space a store no longer uses with TDB2's compaction, which copies the current
 * content into a new {@code Data-NNNN} generation and switches to it. TDB2 copies into
 * {@code Data-NNNN-tmp} and renames it only once the copy is committed, and it deletes a
 * {@code -tmp} folder left by a killed compaction the next time the store is opened: a partial
 * copy is never taken for the store. What it does not finish is removing the old generation,
 * which takes as much disk as the store did before: a kill midway leaves part of it for good.
 * So the old generation is removed here, after a durable marker naming the generation the
 * store now runs on; opening a store that still has the marker finishes the removal.
 */
public final class Compaction {
    static final String MARKER = "kg-compaction.unfinished";
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    private Compaction() {
    }

    /** What a compaction did: the folder's bytes on disk before and after, the quads it kept, and how long it took. */
    public record Compacted(Path dir, long before, long after, long quads, long millis) {
        public String describe() {
            return String.format(Locale.ROOT, "compacted %s in %.1f s: %s on disk before, %s after (%s reclaimed); %d quads, unchanged",
                    dir, millis / 1000.0, DiskUsage.format(before), DiskUsage.format(after), DiskUsage.format(Math.max(0, before - after)), quads);
        }
    }

    /**
     * Compacts the open {@code store} in place; it stays open and usable, on the new generation.
     * When the compaction fails (a full disk), TDB2 removes its partial copy and the store keeps
     * its content in the old generation.
     */
    public static Compacted compact(KgStore store) {
        Path dir = store.dir();
        long t0 = System.nanoTime();
        long before = DiskUsage.of(dir);
        long quads = QuadCount.of(store);
        Path from = Generations.current(dir);
        if (from == null) {
            throw new StoreException(dir + ": no TDB2 database (Data-NNNN folder) in the store folder");
        }
        if (store.dataset().isInTransaction()) {
            throw new IllegalStateException(dir + ": cannot compact inside a transaction of the store");
        }
        try {
            compactExclusively(store.dataset());
        } catch (RuntimeException | InternalError e) {
            StoreException s = StoreException.ofStorageFailure(dir, e, "the compaction was abandoned and the store keeps its content");
            throw s != null ? s : new StoreException(dir + ": compaction failed (" + e.getMessage() + "); the store keeps its content", e);
        }
        Path to = Generations.current(dir);
        StoreStats.refresh(store.dataset()); // the new generation starts without the optimiser's statistics
        new Marker(to.getFileName().toString()).write(dir);
        finish(dir, to);
        CompactSize.record(dir, quads);
        return new Compacted(dir, before, DiskUsage.of(dir), quads, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * TDB2's compaction with no transaction of the store open across it. The store's dataset
     * ({@code DatasetGraphSwitchable}) hands each begin, commit and end to the generation current at
     * that moment: a transaction begun before the compaction switches generations and ended after it
     * is ended on the new generation, where the thread has none (a silent no-op), so it stays open on
     * the old one for good, and the compaction, which waits for every transaction of the old
     * generation to end before it releases it, waits forever (a served store with a query running at
     * the switch). So the dataset's own exclusive mode is held throughout: it waits for the
     * transactions under way to end and holds new ones back until the store runs on the new
     * generation (readers wait the compaction's few seconds; none is refused).
     */
    private static void compactExclusively(org.apache.jena.sparql.core.DatasetGraph dsg) {
        if (!(dsg instanceof org.apache.jena.dboe.transaction.txn.TransactionalSystemControl ctl)) {
            DatabaseMgr.compact(dsg, false);
            return;
        }
        ctl.startExclusiveMode();
        try {
            DatabaseMgr.compact(dsg, false);
        } finally {
            ctl.finishExclusiveMode();
        }
    }

    /** Before a store is opened: finishes removing the old generation of a compaction that was interrupted doing so. */
    static void finishUnfinished(Path dir) {
        if (!Files.exists(dir.resolve(MARKER))) {
            return;
        }
        // a process that holds the store may be compacting it right now: then leave it alone (opening it fails on the lock anyway)
        StoreLock.whileFree(dir, () -> {
            Marker m = Marker.read(dir);
            Path current = dir.resolve(m.current());
            if (!current.equals(Generations.current(dir))) {
                throw new StoreException(dir + ": a compaction recorded that the store runs on " + m.current()
                        + ", but that is not the newest Data-NNNN folder; nothing was changed (" + MARKER + " describes the compaction)");
            }
            LOG.warn("{}: finishing a compaction that was interrupted: removing the generations older than {}", dir, m.current());
            finish(dir, current);
        });
    }

    /** Removes every generation but {@code current} (TDB2 never opens a lower one again), then the marker. */
    private static void finish(Path dir, Path current) {
        for (Path g : Generations.of(dir)) {
            if (!g.equals(current)) {
                try {
                    Durably.deleteTree(g);
                } catch (IOException e) {
                    throw new StoreException(dir + ": compacted into " + current.getFileName() + ", but cannot remove the old generation "
                            + g.getFileName() + " (" + e.getMessage() + "); it is removed when the store is next opened", e);
                }
            }
        }
        try {
            Durably.delete(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot remove " + MARKER + " (" + e.getMessage() + ")", e);
        }
    }

    /** A compaction that has switched the store to the generation {@code current} and is removing the older ones. */
    record Marker(String current) {
        void write(Path dir) {
            try {
                Durably.write(dir.resolve(MARKER), "# this store was compacted into the generation below; the older ones are being removed\n"
                        + "current=" + current + "\n");
            } catch (IOException e) {
                throw new StoreException(dir + ": compacted into " + current + ", but cannot write to the store folder (" + e.getMessage()
                        + "); the old generation is left beside it", e);
            }
        }

        static Marker read(Path dir) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(dir.resolve(MARKER))) {
                p.load(in);
            } catch (IOException e) {
                throw new StoreException(dir + ": cannot read " + MARKER + " (" + e.getMessage() + ")", e);
            }
            String current = p.getProperty("current", "");
            if (!current.matches("Data-\\d{4,}")) {
                throw new StoreException(dir + ": " + MARKER + " is not as kg writes it (current=" + current + "); nothing was changed");
            }
            return new Marker(current);
        }
    }
}
