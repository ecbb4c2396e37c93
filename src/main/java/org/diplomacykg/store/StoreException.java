package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store that cannot be opened or written; the message names the folder and the cause. */
public class StoreException extends RuntimeException {
    /** Below this much free space, a fault writing a memory-mapped store file is taken for a full disk. */
    private static final long NEARLY_FULL = 64L * 1024 * 1024;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The one-line error for a failure of the file system under the store folder {@code dir}
     * (full disk, read-only file system, an I/O error in TDB2), with {@code outcome} saying what
     * was kept; null when {@code e} is not such a failure and should be reported as it is.
     */
    public static StoreException ofStorageFailure(Path dir, Throwable e, String outcome) {
        if (e instanceof StoreException s) {
            return s;
        }
        String reason = storageReason(dir, e);
        return reason == null ? null : new StoreException(dir + ": " + reason + "; " + outcome, e);
    }

    /** What went wrong with the file system, in a few words, or null when it was not the file system. */
    static String storageReason(Path dir, Throwable e) {
        boolean io = false;
        String ioMessage = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return "disk full (no space left on device)";
            }
            if (m.contains("Read-only file system")) {
                return readOnly(dir);
            }
            if (t instanceof InternalError && m.contains("unsafe memory access")) {
                // TDB2 writes its indexes through memory-mapped files: on a full disk the write faults (SIGBUS)
                return nearlyFull(dir) ? "disk full (no space left on device)"
                        : "a write to a memory-mapped store file failed (" + m + ")";
            }
            if ((t instanceof IOException || t instanceof org.apache.jena.atlas.RuntimeIOException) && fromTdb2(e)) {
                io = true;
                ioMessage = m; // the deepest one says it best
            }
        }
        return io ? "cannot read or write the store files (" + ioMessage + ")" : null;
    }

    /** True when {@code e} or one of its causes was thrown inside TDB2's storage layer. */
    private static boolean fromTdb2(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement f : t.getStackTrace()) {
                if (f.getClassName().startsWith("org.apache.jena.dboe.") || f.getClassName().startsWith("org.apache.jena.tdb2.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Why the store folder {@code dir} cannot be written: a read-only file system, or its permissions. */
    static String readOnly(Path dir) {
        Path p = existingAncestor(dir);
        try {
            if (p != null && Files.getFileStore(p).isReadOnly()) {
                return "store folder is on a read-only file system";
            }
        } catch (IOException e) {
            // fall through to the general message
        }
        return "store folder is not writable (check its permissions)";
    }

    private static boolean nearlyFull(Path dir) {
        Path p = existingAncestor(dir);
        try {
            FileStore fs = p == null ? null : Files.getFileStore(p);
            return fs != null && fs.getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }
}
