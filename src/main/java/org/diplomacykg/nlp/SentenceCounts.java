package org.diplomacykg.nlp;

/**
 * What an annotator did with the sentences it read: how many it served from its sentence cache,
 * how many it tagged (part of speech, lemma, named entities) and how many of those it also
 * parsed. {@code read = cached + tagged}; every parsed sentence was tagged first.
 */
public record SentenceCounts(long read, long cached, long tagged, long parsed, long tagNanos, long parseNanos) {
    public static final SentenceCounts ZERO = new SentenceCounts(0, 0, 0, 0);

    /** Counts without times. */
    public SentenceCounts(long read, long cached, long tagged, long parsed) {
        this(read, cached, tagged, parsed, 0, 0);
    }

    /** Equal counts, whatever the time they took. */
    public boolean sameCounts(SentenceCounts o) {
        return read == o.read && cached == o.cached && tagged == o.tagged && parsed == o.parsed;
    }

    public SentenceCounts plus(SentenceCounts o) {
        return new SentenceCounts(read + o.read, cached + o.cached, tagged + o.tagged, parsed + o.parsed,
                tagNanos + o.tagNanos, parseNanos + o.parseNanos);
    }

    /** The sentences counted since {@code earlier}, a snapshot of the same annotator. */
    public SentenceCounts minus(SentenceCounts earlier) {
        return new SentenceCounts(read - earlier.read, cached - earlier.cached, tagged - earlier.tagged, parsed - earlier.parsed,
                tagNanos - earlier.tagNanos, parseNanos - earlier.parseNanos);
    }
}
