package org.diplomacykg.store;

/** A store that cannot be opened or written; the message names the folder and the cause. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
