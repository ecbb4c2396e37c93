package org.diplomacykg.nlp;

import java.util.Objects;

/**
 * A token: its text, its span [start, end) in the article's cleaned text, and its POS tag. An
 * annotator may leave the tag to be computed on first request (see {@link SentenceTags}); to
 * its users a token is an immutable value all the same.
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String pos;
    private final SentenceTags tags;
    private final int index;

    public Token(String text, int start, int end, String pos) {
        this(text, start, end, pos, null, -1);
    }

    /** A token whose tag is word {@code index} of its sentence's tags. */
    Token(String text, int start, int end, SentenceTags tags, int index) {
        this(text, start, end, null, tags, index);
    }

    private Token(String text, int start, int end, String pos, SentenceTags tags, int index) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.pos = pos;
        this.tags = tags;
        this.index = index;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String pos() {
        return tags == null ? pos : tags.tag(index);
    }

    public boolean isProperNoun() {
        String p = pos();
        return p.startsWith("NNP") || p.equals("PROPN");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && Objects.equals(text, t.text) && Objects.equals(pos(), t.pos());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, pos());
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", start=" + start + ", end=" + end + ", pos=" + pos() + "]";
    }
}
