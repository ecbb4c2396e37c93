package org.diplomacykg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** File changes that survive a crash or power cut whole or not at all, for the small files kept beside TDB2's. */
final class Durably {
    private Durably() {
    }

    /** Replaces {@code file} with {@code text}: a crash leaves the old file or the new one, never a part of either. */
    static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        force(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(file.getParent());
    }

    /** Deletes {@code file} if it is there, and makes the deletion durable. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        force(file.getParent());
    }

    /** Deletes the folder {@code dir} and everything in it, deepest first; a crash midway leaves a part that can be deleted again. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        force(dir.getParent());
    }

    static void force(Path p) throws IOException {
        try (FileChannel c = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }
}
