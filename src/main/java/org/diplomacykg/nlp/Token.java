package org.diplomacykg.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * A token: its text as written, its span [start, end) in the article's cleaned text, its Penn
 * Treebank part-of-speech tag, its lemma and its named-entity class ({@code PERSON},
 * {@code ORGANIZATION}, {@code LOCATION} or {@code O}).
 */
public record Token(String text, int start, int end, String tag, String lemma, String ner) implements java.io.Serializable {
    /** A token given only its tag (a Penn tag or a universal one), as tests write them. */
    public Token(String text, int start, int end, String tag) {
        this(text, start, end, tag, text.toLowerCase(Locale.ROOT), "O");
    }

    private static final Map<String, String> UNIVERSAL = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
            Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
            Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
            Map.entry("IN", "ADP"), Map.entry("RP", "ADP"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
            Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"), Map.entry("EX", "PRON"),
            Map.entry("CD", "NUM"), Map.entry("CC", "CCONJ"), Map.entry("TO", "PART"), Map.entry("POS", "PART"),
            Map.entry("MD", "AUX"), Map.entry("UH", "INTJ"), Map.entry("FW", "X"), Map.entry("SYM", "SYM"), Map.entry("$", "SYM"));
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "have", "do");

    /** The universal (UD) part of speech: PROPN, NOUN, VERB, AUX, ADJ, ... */
    public String pos() {
        if (tag.startsWith("VB")) {
            return AUXILIARIES.contains(lemma) ? "AUX" : "VERB";
        }
        String u = UNIVERSAL.get(tag);
        if (u != null) {
            return u;
        }
        return tag.isEmpty() || Character.isLetter(tag.charAt(0)) ? tag : "PUNCT";
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP") || tag.equals("PROPN");
    }

    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("VERB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN") || tag.equals("NOUN") || tag.equals("PROPN");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
