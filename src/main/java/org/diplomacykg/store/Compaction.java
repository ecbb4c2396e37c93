package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reclaims the space a store no longer uses with TDB2's compaction, which copies the current
 * content into a new {@code Data-NNNN} generation and switches to it. TDB2 opens the
 * highest-numbered generation there is, so a compaction killed while copying would leave a
 * partial copy that the next open takes for the store. A marker file, made durable before the
 * copy, names both generations and how far the compaction got; opening a store that still has it
 * removes the partial copy (the old generation is whole, the copy only read it) or, once the copy
 * was complete, finishes removing the old generation.
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
     * When the compaction fails (a full disk), the partial copy is removed and the store keeps its
     * content in the old generation.
     */
    public static Compacted compact(KgStore store) {
        Path dir = store.dir();
        long t0 = System.nanoTime();
        long before = DiskUsage.of(dir);
        long quads = store.size();
        Path from = Generations.current(dir);
        if (from == null) {
            throw new StoreException(dir + ": no TDB2 database (Data-NNNN folder) in the store folder");
        }
        Path to = dir.resolve(Generations.next(from));
        Marker copying = new Marker(from.getFileName().toString(), to.getFileName().toString(), false);
        copying.write(dir);
        try {
            DatabaseMgr.compact(store.dataset(), false);
        } catch (RuntimeException | InternalError e) {
            abandon(dir, to, e);
            StoreException s = StoreException.ofStorageFailure(dir, e, "the compaction was abandoned and the store keeps its content");
            throw s != null ? s : new StoreException(dir + ": compaction failed (" + e.getMessage() + "); the store keeps its content", e);
        }
        // the copy is committed and the store runs on it: from here on, an interrupted compaction is finished, not undone
        new Marker(copying.from(), copying.to(), true).write(dir);
        finish(dir, to);
        CompactSize.record(dir, quads);
        return new Compacted(dir, before, DiskUsage.of(dir), quads, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Before a store is opened: completes or undoes a compaction that did not finish, so TDB2 opens a whole generation. */
    static void finishUnfinished(Path dir) {
        if (!Files.exists(dir.resolve(MARKER))) {
            return;
        }
        // a process that holds the store may be compacting it right now: then leave it alone (opening it fails on the lock anyway)
        StoreLock.whileFree(dir, () -> recover(dir));
    }

    private static void recover(Path dir) {
        Marker m = Marker.read(dir);
        Path from = dir.resolve(m.from());
        Path to = dir.resolve(m.to());
        if (!m.copied()) {
            if (!Files.isDirectory(from)) {
                throw new StoreException(dir + ": a compaction that did not finish left " + m.to() + ", but " + m.from()
                        + ", the generation it was copying, is missing; nothing was changed (" + MARKER + " describes the compaction)");
            }
            LOG.warn("{}: removing {}, a partial copy left by a compaction that did not finish; the store keeps its content in {}",
                    dir, m.to(), m.from());
            try {
                Durably.deleteTree(to);
            } catch (IOException e) {
                throw new StoreException(dir + ": cannot remove " + m.to() + ", left by a compaction that did not finish (" + e.getMessage() + ")", e);
            }
            removeMarker(dir);
            return;
        }
        if (!Files.isDirectory(to)) {
            throw new StoreException(dir + ": a compaction recorded that it copied the store into " + m.to()
                    + ", which is missing; nothing was changed (" + MARKER + " describes the compaction)");
        }
        LOG.warn("{}: finishing a compaction that was interrupted: removing the old generation {}", dir, m.from());
        finish(dir, to);
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
        removeMarker(dir);
    }

    /** After a failed copy: closes and removes the partial generation; if that fails too, the marker stays and the next open removes it. */
    private static void abandon(Path dir, Path to, Throwable failure) {
        try {
            StoreConnection.release(Location.create(to.toString()));
            Durably.deleteTree(to);
            removeMarker(dir);
        } catch (IOException | RuntimeException | InternalError e) {
            failure.addSuppressed(e);
        }
    }

    private static void removeMarker(Path dir) {
        try {
            Durably.delete(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot remove " + MARKER + " (" + e.getMessage() + ")", e);
        }
    }

    /** How far a compaction got: copying {@code from} into {@code to}, or {@code copied} (the store runs on {@code to}). */
    record Marker(String from, String to, boolean copied) {
        void write(Path dir) {
            try {
                Durably.write(dir.resolve(MARKER), "# a compaction of this store started and has not finished; the next open completes or undoes it\n"
                        + "from=" + from + "\nto=" + to + "\nstate=" + (copied ? "copied" : "copying") + "\n");
            } catch (IOException e) {
                throw new StoreException(dir + ": cannot write to the store folder (" + e.getMessage() + "); nothing was compacted", e);
            }
        }

        static Marker read(Path dir) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(dir.resolve(MARKER))) {
                p.load(in);
            } catch (IOException e) {
                throw new StoreException(dir + ": cannot read " + MARKER + " (" + e.getMessage() + ")", e);
            }
            String from = p.getProperty("from", "");
            String to = p.getProperty("to", "");
            String state = p.getProperty("state", "");
            if (!from.matches("Data-\\d{4,}") || !to.matches("Data-\\d{4,}") || !state.matches("copying|copied")) {
                throw new StoreException(dir + ": " + MARKER + " is not as kg writes it (from=" + from + ", to=" + to + ", state=" + state
                        + "); nothing was changed");
            }
            return new Marker(from, to, state.equals("copied"));
        }
    }
}
