package org.diplomacykg.nlp;

import java.util.List;

/**
 * A sentence with its span [start, end) in the cleaned text, the paragraph it belongs to,
 * whether that paragraph is a photo caption, and its dependency parse ({@code null} when the
 * sentence was not parsed: only sentences that can hold a fact are).
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraph, boolean caption,
                       Dependencies deps) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraph, boolean caption) {
        this(index, start, end, text, tokens, paragraph, caption, null);
    }

    /** The same sentence at another position in the article. */
    public Sentence withIndex(int i) {
        return i == index ? this : new Sentence(i, start, end, text, tokens, paragraph, caption, deps);
    }

    public boolean parsed() {
        return deps != null;
    }
}
