package org.diplomacykg.query;

/** A query that cannot be found, parsed or bound; the message says which and why. */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
