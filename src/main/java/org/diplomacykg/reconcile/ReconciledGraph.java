package org.diplomacykg.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * rewrite relation count once together.
     */
    public int independentSources(Set<String> articleIds) {
        Map<String, String> parent = new HashMap<>();
        articleIds.forEach(a -> parent.put(a, a));
        for (ArticleRelation r : relations) {
            if (parent.containsKey(r.copy()) && parent.containsKey(r.original())) {
                parent.put(root(parent, r.copy()), root(parent, r.original()));
            }
        }
        Set<String> roots = new HashSet<>();
        articleIds.forEach(a -> roots.add(root(parent, a)));
        return roots.size();
    }

    private static String root(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }
}
