package org.diplomacykg.lexicon;

/**
 * A noun that names an outcome ("agreement", "loan", "partnership") with the ontology class
 * it gives, its kind (a document the parties adopt or sign, a transfer from a provider to a
 * recipient, or a standing relation or mechanism between them), and whether it names an
 * outcome only when a sum goes with it ("a $1.6 billion factory").
 */
public record DocumentNoun(String noun, String type, Kind kind, boolean needsAmount) {
    public enum Kind { DOCUMENT, TRANSFER, RELATION }
}
