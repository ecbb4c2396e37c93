package org.diplomacykg.kind;

import java.util.List;
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
}
