package org.diplomacykg.nlp;

/**
 * What an annotator did with the sentences it read: how many it served from its sentence cache,
 * how many it tagged (part of speech, lemma, named entities) and how many of those it also
 * parsed. {@code read = cached + tagged}; every parsed sentence was tagged first.
 */
public record SentenceCounts(long read, long cached, long tagged, long parsed) {
    public static final SentenceCounts ZERO = new SentenceCounts(0, 0, 0, 0);

    public SentenceCounts plus(SentenceCounts o) {
        return new SentenceCounts(read + o.read, cached + o.cached, tagged + o.tagged, parsed + o.parsed);
    }

    /** The sentences counted since {@code earlier}, a snapshot of the same annotator. */
    public SentenceCounts minus(SentenceCounts earlier) {
        return new SentenceCounts(read - earlier.read, cached - earlier.cached, tagged - earlier.tagged, parsed - earlier.parsed);
    }
}
