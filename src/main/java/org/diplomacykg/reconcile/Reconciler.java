package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;

/**
 * Merges every article's facts into canonical entities and facts. Each fact kind merges its own
 * reports (see {@link FactKind#reconcile}), in registry order, so a kind can resolve references
 * to the kinds before it; entities, copies and rewrites between articles are worked out here for
 * all kinds alike.
 */
public final class Reconciler {
    private final List<FactKind<?>> kinds;
    private final EntityReconciler entities = new EntityReconciler();
    private final CopyDetector copies = new CopyDetector();

    /** A reconciler for {@code kinds} (the registry's, {@code FactKinds.ALL}), reconciled in this order. */
    public Reconciler(List<? extends FactKind<?>> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public ReconciledGraph reconcile(List<ArticleFacts> input) {
        List<ArticleFacts> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(a -> a.article().sha256()));

        CanonicalKeys keys = new CanonicalKeys();
        Map<String, List<Canonical<?>>> byKind = new LinkedHashMap<>();
        Map<String, String> kindOfKey = new HashMap<>();
        List<Set<String>> stories = new ArrayList<>();
        for (FactKind<?> kind : kinds) {
            List<? extends Canonical<?>> facts = reconcile(kind, articles, keys);
            for (Canonical<?> c : facts) {
                String other = kindOfKey.putIfAbsent(c.key(), kind.name());
                if (other != null) {
                    // two facts with one key would share one IRI and silently merge in the graph
                    throw new IllegalStateException("the " + kind.name() + " key " + c.key() + " is already the key of a "
                            + other + " fact");
                }
                stories.add(c.articles());
            }
            byKind.put(kind.name(), List.copyOf(facts));
            keys.add(kind.name(), facts);
        }
        List<ArticleRelation> relations = copies.relations(articles.stream().map(ArticleFacts::article).toList(), stories);
        return new ReconciledGraph(articles, entities.reconcile(articles, kinds), byKind, relations);
    }

    private static <F extends Fact> List<Canonical<F>> reconcile(FactKind<F> kind, List<ArticleFacts> articles,
                                                               CanonicalKeys keys) {
        List<F> reports = new ArrayList<>();
        for (ArticleFacts a : articles) {
            reports.addAll(a.facts(kind));
        }
        return kind.reconcile(reports, keys);
    }
}
