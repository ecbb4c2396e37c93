package org.diplomacykg.facts;

/** A direct quotation: who said it (null when the text does not say) and the quoted words. */
public record QuotationFact(EntityRef speaker, String text, Evidence evidence) implements java.io.Serializable {
}
