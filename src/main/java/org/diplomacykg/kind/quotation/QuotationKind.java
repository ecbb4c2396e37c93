package org.diplomacykg.kind.quotation;

import java.util.List;
import org.diplomacykg.extract.Component;
import org.diplomacykg.extract.ExtractedKind;
import org.diplomacykg.extract.Gazetteers;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;

/** Direct quotations, with their speaker where the text names one. */
public final class QuotationKind implements FactKind<QuotationFact>, ExtractedKind {
    public static final QuotationKind INSTANCE = new QuotationKind();

    private final QuotationReconciler reconciler = new QuotationReconciler();

    private QuotationKind() {
    }

    @Override
    public String name() {
        return "quotation";
    }

    @Override
    public Class<QuotationFact> factClass() {
        return QuotationFact.class;
    }

    @Override
    public List<Canonical<QuotationFact>> reconcile(List<QuotationFact> reports, CanonicalKeys earlier) {
        return reconciler.reconcile(reports);
    }

    @Override
    public FactMapper<QuotationFact> mapper(Iris iris) {
        return new QuotationMapper(iris);
    }

    @Override
    public Component component(Gazetteers gazetteers) {
        return new org.diplomacykg.extract.QuotationComponent(gazetteers);
    }
}
