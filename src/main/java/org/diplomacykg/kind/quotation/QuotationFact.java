package org.diplomacykg.kind.quotation;

import java.util.List;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;

/** A direct quotation: who said it (null when the text does not say) and the quoted words. */
public record QuotationFact(EntityRef speaker, String text, Evidence evidence) implements Fact {
    /** Quotations carry no id of their own: where the sentence starts and the words quoted name one. */
    @Override
    public String localId() {
        return "q" + evidence.start() + "/" + text.hashCode();
    }

    @Override
    public List<EntityRef> entities() {
        return speaker == null ? List.of() : List.of(speaker);
    }
}
