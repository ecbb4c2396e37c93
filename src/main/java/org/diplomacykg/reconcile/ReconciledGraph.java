package org.diplomacykg.reconcile;

import java.util.List;
import org.diplomacykg.facts.AgreementFact;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.QuotationFact;

/**
 * Every article's facts merged into canonical entities and facts, still as plain records.
 * {@code articles} keeps each article's own facts so the mappers can write what each states.
 */
public record ReconciledGraph(List<ArticleFacts> articles, List<CanonicalEntity> entities,
                              List<Canonical<EventFact>> events, List<Canonical<AgreementFact>> agreements,
                              List<Canonical<QuotationFact>> quotations) {
    public ReconciledGraph {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        quotations = List.copyOf(quotations);
    }
}
