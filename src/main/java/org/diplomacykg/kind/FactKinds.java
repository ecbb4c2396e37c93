package org.diplomacykg.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomacykg.extract.ExtractedKind;
import org.diplomacykg.extract.Pipeline;
import org.diplomacykg.extract.Pipelines;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.kind.agreement.AgreementKind;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.kind.quotation.QuotationKind;

/**
 * The fact kinds, in the order they are reconciled and mapped: the one place a new kind is added.
 * A kind may refer to the kinds listed before it (agreements name the event they came out of).
 */
public final class FactKinds {
    public static final List<FactKind<?>> ALL = List.of(
            EventKind.INSTANCE,
            AgreementKind.INSTANCE,
            QuotationKind.INSTANCE);

    private FactKinds() {
    }

    /** The extraction pipeline over the standard lexicon: shared components, then each kind's, without those named in {@code disabled}. */
    public static Pipeline pipeline(Set<String> disabled) {
        return pipeline(Lexicon.standard(), disabled);
    }

    public static Pipeline pipeline(Lexicon lexicon, Set<String> disabled) {
        return Pipelines.standard(lexicon, extracted(), disabled);
    }

    private static List<ExtractedKind> extracted() {
        List<ExtractedKind> out = new ArrayList<>();
        for (FactKind<?> k : ALL) {
            if (k instanceof ExtractedKind e) {
                out.add(e);
            }
        }
        return out;
    }
}
