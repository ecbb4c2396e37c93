package org.diplomacykg.facts;

import java.util.List;

/**
 * An agreement, plan, statement, partnership or one-way transfer as one article reports it.
 * {@code provider} and {@code recipient} are set for transfers, {@code parties} for the rest
 * (and also for transfers, holding both sides).
 */
public record AgreementFact(String localId, AgreementType type, String name, String date, AgreementStatus status,
                            List<EntityRef> parties, EntityRef provider, EntityRef recipient,
                            MonetaryAmount amount, List<String> items, String programme, String purpose,
                            String event, Evidence evidence) implements java.io.Serializable {
    public AgreementFact {
        parties = List.copyOf(parties);
        items = List.copyOf(items);
    }
}
