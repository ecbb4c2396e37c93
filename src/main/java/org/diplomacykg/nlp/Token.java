package org.diplomacykg.nlp;

/** A token: its text, its span [start, end) in the article's cleaned text, and its POS tag. */
public record Token(String text, int start, int end, String pos) {
    public boolean isProperNoun() {
        return pos.startsWith("NNP") || pos.equals("PROPN");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
