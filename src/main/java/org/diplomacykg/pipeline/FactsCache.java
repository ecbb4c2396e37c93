package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.diplomacykg.facts.ArticleFacts;

/**
 * Each article's extracted facts, kept beside the store and keyed by the input record: its file
 * name, its content hash and everything its file says about it (a feed item's title and dates,
 * a WARC record's URI; see {@code SourceRecord.cacheKey}), so a rebuild extracts only new or
 * changed articles, and a changed title or date is never answered with facts made before the
 * change. Entries live in a folder named for the extractor build and the entry format: a new
 * extractor never reads facts an older one made.
 */
public final class FactsCache {
    /**
     * The shape of the cached records; bump it when {@code ArticleFacts} or a fact record changes.
     * A new jar gets a new folder anyway, but builds from a class folder all share the stamp "classes".
     * 2: facts held by kind (the kind packages). 3: articles carry their source (URL, dates, record)
     * and the reason for their reference date, and entries are keyed by the whole input record.
     */
    static final int FORMAT = 3;

    private final Path dir;

    public FactsCache(Path storeDir, String extractorStamp) {
        Path root = storeDir.resolve("facts-cache");
        this.dir = root.resolve(hex(FORMAT + "|" + extractorStamp).substring(0, 16));
        pruneOthers(root, dir);
    }

    /** A cache that remembers nothing (for builds without a store folder). */
    public static FactsCache none() {
        return new FactsCache();
    }

    private FactsCache() {
        this.dir = null;
    }

    /** The facts cached under {@code recordKey}, or null. */
    public ArticleFacts get(String recordKey) {
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(key(recordKey));
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(f); ObjectInputStream o = new ObjectInputStream(in)) {
            return (ArticleFacts) o.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null; // an unreadable entry is only a cache miss
        }
    }

    public void put(String recordKey, ArticleFacts facts) {
        if (dir == null) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".entry", ".part");
            try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream o = new ObjectOutputStream(out)) {
                o.writeObject(facts);
            }
            // only a complete entry gets its name: a full disk leaves no truncated entry to be read later
            Files.move(tmp, dir.resolve(key(recordKey)), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only makes the next build slower; don't leave the partial file behind
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do: a stray .part file is never read
        }
    }

    private static String key(String recordKey) {
        return hex(recordKey) + ".ser";
    }

    private static void pruneOthers(Path root, Path keep) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path old : s.filter(p -> !p.equals(keep)).toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            // stale entries are harmless: they are never read
        }
    }

    private static String hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
