package org.diplomacykg.serve.limits;

/**
 * How much one answer from the public query endpoints may hold. An answer that reaches a cap is
 * sent complete up to it (a well-formed document) with {@link #HEADER} naming the cap, so a client
 * can always tell a cut answer from a whole one; the full graph is in the dumps.
 *
 * @param rows  most rows of a SELECT (triples or quads of a CONSTRUCT or DESCRIBE, items of a JSON query)
 * @param bytes most bytes of a serialised answer; the answer ends at the first row past it
 */
public record ResultCaps(long rows, long bytes) {
    public static final long DEFAULT_ROWS = 100_000;
    public static final long DEFAULT_BYTES = 64L * 1024 * 1024;
    public static final ResultCaps DEFAULT = new ResultCaps(DEFAULT_ROWS, DEFAULT_BYTES);
    /** Response header on an answer cut by a cap: {@code rows=N} or {@code bytes=N}. */
    public static final String HEADER = "X-KG-Truncated";

    public ResultCaps {
        if (rows < 1) {
            throw new IllegalArgumentException("the result row cap must be at least 1, not " + rows);
        }
        if (bytes < 1024) {
            throw new IllegalArgumentException("the result byte cap must be at least 1024 bytes, not " + bytes);
        }
    }
}
