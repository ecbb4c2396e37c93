package org.diplomacykg.store;

import java.nio.file.Path;

/**
 * The store folder is locked by another process (TDB2 lets one process open a store at a time),
 * most often a running {@code kg serve}; the message names the folder and the process.
 */
public final class StoreInUseException extends StoreException {
    private StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The error for a failed open of {@code dir}, when {@code e} says another process holds its lock; else null. */
    static StoreInUseException of(Path dir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            // TDB2 says "Failed to get a lock: file='…/tdb.lock': held by process 1234"
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked || m.contains("tdb.lock") && m.contains("held by process")) {
                int at = m.indexOf("held by process");
                String holder = at < 0 ? "another process" : "process" + m.substring(at + "held by process".length());
                return new StoreInUseException(dir + ": the store is in use by " + holder.strip()
                        + " (a running kg serve, or another command); TDB2 lets one process open a store at a time", e);
            }
        }
        return null;
    }

    /** The same error, with what to do instead appended (as the command that met it knows best). */
    public StoreInUseException advising(String advice) {
        return new StoreInUseException(getMessage() + "; " + advice, getCause());
    }
}
