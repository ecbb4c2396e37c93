package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code Data-NNNN} folders of a TDB2 store. Each compaction writes the content into a new
 * one, numbered one higher, and TDB2 always opens the highest-numbered one there is: whatever
 * it holds, complete or not.
 */
final class Generations {
    private static final Pattern NAME = Pattern.compile("Data-(\\d{4,})");

    private Generations() {
    }

    /** The generation folders in {@code dir}, lowest number first; the last is the one TDB2 opens. */
    static List<Path> of(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p) && NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(Generations::number)).toList();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read folder (" + e.getMessage() + ")", e);
        }
    }

    /** The generation TDB2 opens, or null when there is none. */
    static Path current(Path dir) {
        List<Path> all = of(dir);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The bytes every generation in {@code dir} takes on disk. */
    static long bytes(Path dir) {
        return of(dir).stream().mapToLong(DiskUsage::of).sum();
    }

    private static int number(Path generation) {
        Matcher m = NAME.matcher(generation.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(generation + " is not a TDB2 generation folder");
        }
        return Integer.parseInt(m.group(1));
    }
}
