package org.diplomacykg.facts;

/**
 * Where a fact was read: the article (by id and file name), the sentence index, and the
 * character span [start, end) of the supporting sentence in the article's cleaned text.
 */
public record Evidence(String articleId, String fileName, int sentenceIndex, int start, int end, String text) implements java.io.Serializable {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
