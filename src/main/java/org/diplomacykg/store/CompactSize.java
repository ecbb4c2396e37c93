package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The TDB2 database's size on disk at a moment it held its content and nothing else: right after
 * a first load into an empty store, and right after a compaction. Kept in a small file in the
 * store folder, it tells what the content takes per quad, so the store's content can be estimated
 * later from the quad count alone, without compacting: TDB2 never reuses the space of data it
 * replaced, and a write killed midway leaves what it wrote, so the database on disk only grows.
 */
public record CompactSize(long quads, long bytes) {
    static final String FILE = "kg-compact-size.properties";

    /** An empty TDB2 database on disk (its indexes, node table and prefixes, one block or two each): 216 KB measured on ext4. */
    static final long EMPTY = 216 * 1024;

    /**
     * What a quad of this project's graphs takes in a compact database, when the store has no
     * measurement of its own yet: 347 bytes (the seeds, 3,016 quads) and 344 bytes (1,000
     * generated articles, 199,967 quads) measured after a first load.
     */
    static final long BYTES_PER_QUAD = 350;

    /** The content of a database holding {@code quadsNow} quads, scaled from this measurement. */
    public long estimate(long quadsNow) {
        double perQuad = quads > 0 ? Math.max(0, bytes - EMPTY) / (double) quads : BYTES_PER_QUAD;
        return EMPTY + Math.round(perQuad * quadsNow);
    }

    /** The estimated content of the database in {@code dir} holding {@code quads} quads: from its last measurement, else from the project's average. */
    static long estimate(Path dir, long quads) {
        return saved(dir).orElse(new CompactSize(0, EMPTY)).estimate(quads);
    }

    /** Measures the current database in {@code dir}, which must hold {@code quads} quads and nothing else, and keeps the measurement. */
    static CompactSize record(Path dir, long quads) {
        Path current = Generations.current(dir);
        CompactSize size = new CompactSize(quads, current == null ? 0 : DiskUsage.of(current));
        try {
            Durably.write(dir.resolve(FILE), "# the TDB2 database right after a first load or a compaction: what its content takes on disk\n"
                    + "quads=" + size.quads + "\nbytes=" + size.bytes + "\n");
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write " + FILE + " (" + e.getMessage() + ")", e);
        }
        return size;
    }

    /** The last measurement kept in {@code dir}; empty when there is none (a store built before measurements were kept) or it cannot be read. */
    static Optional<CompactSize> saved(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(f)) {
            p.load(in);
            return Optional.of(new CompactSize(Long.parseLong(p.getProperty("quads")), Long.parseLong(p.getProperty("bytes"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // only an estimate rests on it: fall back to the project's average
        }
    }
}
