package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.dboe.base.file.ProcessFileLock;

/**
 * TDB2's lock on a store folder ({@code tdb.lock}: a file lock, and the holder's process id
 * written in the file), taken here through TDB2's own lock object, so that a store this JVM has
 * open is never mistaken for one another process holds.
 */
public final class StoreLock {
    static final String FILE = "tdb.lock";

    private StoreLock() {
    }

    /** Who other than this JVM has the store in {@code dir} open ("process 1234"); empty when nobody does. */
    public static Optional<String> otherHolder(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file) || ProcessFileLock.create(file.toString()).isLockedHere() || whileFree(dir, () -> { })) {
            return Optional.empty();
        }
        try {
            String pid = Files.readString(file).trim();
            return Optional.of(pid.matches("\\d+") ? "process " + pid : "another process");
        } catch (IOException e) {
            return Optional.of("another process");
        }
    }

    /**
     * Runs {@code action} holding the store's lock and returns true; returns false without running
     * it when another process or this JVM has the store open. A folder without a lock file has
     * never been opened by TDB2, and is free.
     */
    static boolean whileFree(Path dir, Runnable action) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            action.run();
            return true;
        }
        // TDB2 keeps one lock object per file and JVM: this is the one it takes when it opens the store
        ProcessFileLock lock = ProcessFileLock.create(file.toString());
        if (lock.isLockedHere()) {
            return false;
        }
        try {
            if (!lock.tryLock()) {
                return false;
            }
            action.run();
            return true;
        } finally {
            // unlocks and forgets it: TDB2's next open makes a fresh lock object (an unlocked one cannot be locked again)
            ProcessFileLock.release(lock);
        }
    }
}
