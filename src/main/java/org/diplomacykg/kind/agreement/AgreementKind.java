package org.diplomacykg.kind.agreement;

import java.util.List;
import org.diplomacykg.extract.Component;
import org.diplomacykg.extract.ExtractedKind;
import org.diplomacykg.extract.Gazetteers;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;

/**
 * Outcomes: agreements, joint statements, plans, partnerships, and one-way transfers (grants,
 * aid, equipment). An agreement may name the event it came out of, so events are reconciled first.
 */
public final class AgreementKind implements FactKind<AgreementFact>, ExtractedKind {
    public static final AgreementKind INSTANCE = new AgreementKind();

    private final AgreementReconciler reconciler = new AgreementReconciler();

    private AgreementKind() {
    }

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public Class<AgreementFact> factClass() {
        return AgreementFact.class;
    }

    @Override
    public List<Canonical<AgreementFact>> reconcile(List<AgreementFact> reports, CanonicalKeys earlier) {
        return reconciler.reconcile(reports, earlier);
    }

    @Override
    public FactMapper<AgreementFact> mapper(Iris iris) {
        return new AgreementMapper(iris);
    }

    @Override
    public Component component(Gazetteers gazetteers) {
        return new AgreementComponent(gazetteers);
    }
}
