package org.diplomacykg.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How much disk a store folder takes against how much its content needs. The content is what
 * the folder would take right after a compaction: the TDB2 database estimated from its quad
 * count at the bytes per quad measured at the last compaction or first load ({@link CompactSize}),
 * plus everything beside the database (the facts cache), which compaction leaves as it is.
 */
public record StoreSpace(Path dir, long folder, long content) {
    /** Worth a compaction: the folder takes over twice its content, and that wastes at least 16 MB. */
    static final double WASTEFUL_RATIO = 2;
    static final long WASTEFUL_BYTES = 16L << 20;
    /** Compacted at the end of a build without being asked: over four times the content, and at least 64 MB to win. */
    public static final double OVERGROWN_RATIO = 4;
    static final long OVERGROWN_BYTES = 64L << 20;

    /** Measures the store folder {@code dir}, whose database holds {@code quads} quads. */
    public static StoreSpace measure(Path dir, long quads) {
        long folder = DiskUsage.of(dir);
        long database = Generations.bytes(dir);
        long beside = Math.max(0, folder - database);
        return new StoreSpace(dir, folder, CompactSize.estimate(dir, quads) + beside);
    }

    /** The advice for the open {@code store}, counting its quads only when the folder is large enough to need advice at all. */
    public static Optional<String> adviceFor(KgStore store, String compactCommand) {
        if (DiskUsage.of(store.dir()) < WASTEFUL_BYTES) {
            return Optional.empty();
        }
        return measure(store.dir(), QuadCount.of(store)).advice(compactCommand);
    }

    /**
     * True when the open {@code store} has outgrown its content so far that it is compacted unasked
     * ({@link #overgrown()}); its quads are counted only when the folder is large enough to qualify at all.
     */
    public static boolean overgrown(KgStore store) {
        if (DiskUsage.of(store.dir()) < OVERGROWN_BYTES) {
            return false;
        }
        return measure(store.dir(), QuadCount.of(store)).overgrown();
    }

    /** The bytes a compaction would give back, about. */
    public long reclaimable() {
        return Math.max(0, folder - content);
    }

    /** True when a compaction is worth suggesting. */
    public boolean wasteful() {
        return folder > WASTEFUL_RATIO * content && reclaimable() >= WASTEFUL_BYTES;
    }

    /** True when the folder has outgrown its content so far that a build compacts it unasked. */
    public boolean overgrown() {
        return folder > OVERGROWN_RATIO * content && reclaimable() >= OVERGROWN_BYTES;
    }

    /**
     * "store folder is 210 MB for about 1.4 MB of content; run `" + compactCommand + "` to reclaim about 208 MB",
     * when {@link #wasteful()}; {@code compactCommand} is the command line that compacts this store.
     */
    public Optional<String> advice(String compactCommand) {
        if (!wasteful()) {
            return Optional.empty();
        }
        return Optional.of("store folder is " + DiskUsage.format(folder) + " for about " + DiskUsage.format(content)
                + " of content; run `" + compactCommand + "` to reclaim about " + DiskUsage.format(reclaimable()));
    }
}
