package org.diplomacykg.lexicon;

/**
 * A frame of the lexicon: what its trigger words report. {@code fact} says whether a frame
 * makes an event or an outcome; {@code type} is the ontology class its facts get unless their
 * theme names a more specific one; {@code status} the outcome's status; {@code cameo} its CAMEO
 * code.
 */
public record FrameDef(String name, Fact fact, String type, String status, String cameo, String meaning) {
    public enum Fact { EVENT, OUTCOME }

    public boolean isEvent() {
        return fact == Fact.EVENT;
    }
}
