package org.diplomacykg.reconcile;

import java.util.List;
import java.util.Set;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.quotation.QuotationFact;

/**
 * Every article's facts merged into canonical entities and facts, still as plain records.
 * {@code articles} keeps each article's own facts so the mappers can write what each states.
 */
public record ReconciledGraph(List<ArticleFacts> articles, List<CanonicalEntity> entities,
                              List<Canonical<EventFact>> events, List<Canonical<AgreementFact>> agreements,
                              List<Canonical<QuotationFact>> quotations, List<ArticleRelation> relations) {
    public ReconciledGraph {
        relations = List.copyOf(relations);
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        quotations = List.copyOf(quotations);
    }

    /**
     * How many of {@code articleIds} are independent sources: articles linked by a copy or
     * rewrite relation count once together. (Mappers counting many facts should build one
     * {@link SourceIndependence} and reuse it.)
     */
    public int independentSources(Set<String> articleIds) {
        return new SourceIndependence(relations).count(articleIds);
    }
}
