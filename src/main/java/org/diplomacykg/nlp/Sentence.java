package org.diplomacykg.nlp;

import java.util.List;

/**
 * A sentence with its span [start, end) in the cleaned text, the paragraph it belongs to and
 * whether that paragraph is a photo caption.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraph, boolean caption) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
