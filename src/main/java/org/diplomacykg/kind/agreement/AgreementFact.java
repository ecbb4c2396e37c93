package org.diplomacykg.kind.agreement;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.MonetaryAmount;

/**
 * An agreement, plan, statement, partnership or one-way transfer as one article reports it.
 * {@code provider} and {@code recipient} are set for transfers, {@code parties} for the rest
 * (and also for transfers, holding both sides).
 */
public record AgreementFact(String localId, AgreementType type, String name, String date, AgreementStatus status,
                            List<EntityRef> parties, EntityRef provider, EntityRef recipient,
                            MonetaryAmount amount, List<String> items, String programme, String purpose,
                            String event, Evidence evidence) implements Fact {
    public AgreementFact {
        parties = List.copyOf(parties);
        items = List.copyOf(items);
    }

    @Override
    public List<EntityRef> entities() {
        List<EntityRef> out = new ArrayList<>(parties);
        if (provider != null) {
            out.add(provider);
        }
        if (recipient != null) {
            out.add(recipient);
        }
        return out;
    }
}
