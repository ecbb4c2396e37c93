package org.diplomacykg.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;

/**
 * Every article's facts merged into canonical entities and facts, still as plain records.
 * {@code articles} keeps each article's own facts so the mappers can write what each states;
 * {@code factsByKind} holds the canonical facts of each kind under its {@link FactKind#name()}.
 */
public record ReconciledGraph(List<ArticleFacts> articles, List<CanonicalEntity> entities,
                              Map<String, List<Canonical<?>>> factsByKind, List<ArticleRelation> relations) {
    public ReconciledGraph {
        relations = List.copyOf(relations);
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        Map<String, List<Canonical<?>>> copy = new LinkedHashMap<>();
        factsByKind.forEach((kind, facts) -> copy.put(kind, List.copyOf(facts)));
        factsByKind = Collections.unmodifiableMap(copy);
    }

    /** The canonical facts of one kind (none when the kind was not reconciled). */
    @SuppressWarnings("unchecked") // the reconciler files each kind's facts under its own name
    public <F extends Fact> List<Canonical<F>> facts(FactKind<F> kind) {
        return (List<Canonical<F>>) (List<?>) factsByKind.getOrDefault(kind.name(), List.of());
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
