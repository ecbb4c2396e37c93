package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Fact;

/**
 * Groups reports of the same fact. Reports are visited most specific first (then by article
 * content hash), so the result does not depend on the order of input files, and a vaguer
 * report joins the fuller one it matches instead of founding a group of its own.
 */
public final class Clusterer<F extends Fact> {
    /** Reports of one fact, the keys they were merged on, and their merge so far (what later reports are compared with). */
    public record Cluster<F>(List<F> members, List<String> mergedOn, F representative) {
    }

    private final FactMatcher<F> matcher;
    private final Comparator<F> specificFirst;
    private final Function<List<F>, F> merge;
    private final Function<F, Set<String>> blockKeys;
    private final Function<F, Set<String>> lookupKeys;

    /**
     * @param blockKeys keys that any two reports of the same fact share (a participant, the
     *                  provider, a phrase of the text): only clusters sharing one are compared,
     *                  so the work grows with the number of look-alikes, not with all pairs
     */
    public Clusterer(FactMatcher<F> matcher, Comparator<F> specificFirst, Function<List<F>, F> merge,
                     Function<F, Set<String>> blockKeys) {
        this(matcher, specificFirst, merge, blockKeys, null);
    }

    /**
     * @param lookupKeys the keys a report looks its candidates up by, when these differ from the
     *                   keys it is filed under (null: as described for the shorter constructor)
     */
    public Clusterer(FactMatcher<F> matcher, Comparator<F> specificFirst, Function<List<F>, F> merge,
                     Function<F, Set<String>> blockKeys, Function<F, Set<String>> lookupKeys) {
        this.lookupKeys = lookupKeys;
        this.matcher = matcher;
        this.specificFirst = specificFirst;
        this.merge = merge;
        this.blockKeys = blockKeys;
    }

    /**
     * Blocking keys for facts about entities: each entity, and the fact's kind (marked with a
     * leading '~'), which only reports that name no one look up.
     */
    public static Set<String> blockOn(List<EntityRef> refs, String kind) {
        Set<String> keys = new TreeSet<>();
        refs.forEach(r -> keys.add(r.id()));
        keys.add("~" + kind);
        return keys;
    }

    /** The reports grouped into facts, in the order the groups were founded. */
    public List<Cluster<F>> cluster(List<F> reports) {
        List<F> ordered = new ArrayList<>(reports);
        ordered.sort(specificFirst);
        List<Cluster<F>> clusters = new ArrayList<>();
        List<Set<String>> articlesOf = new ArrayList<>(); // per cluster, its members' articles
        Map<String, List<Integer>> index = new HashMap<>();
        java.util.BitSet candidates = new java.util.BitSet();
        for (F report : ordered) {
            int best = -1;
            List<String> bestKeys = null;
            String article = report.evidence().articleId();
            Set<String> keysOfReport = blockKeys.apply(report);
            // keys starting with '~' (the fact's kind) are looked up only by a report that names no one:
            // a vague report may join any fact of its kind, a specific one only those it shares someone with
            List<String> lookup = lookupKeys != null ? List.copyOf(lookupKeys.apply(report))
                    : keysOfReport.stream().filter(k -> !k.startsWith("~")).toList();
            if (lookup.isEmpty()) {
                lookup = List.copyOf(keysOfReport);
            }
            // in cluster order, each once: a bit set, as a broad key (a country in many facts) lists thousands
            for (String k : lookup) {
                for (int i : index.getOrDefault(k, List.of())) {
                    candidates.set(i);
                }
            }
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                // an article that reports two facts means two facts: the extractor already merged its own repeats
                if (articlesOf.get(i).contains(article)) {
                    continue;
                }
                List<String> keys = matcher.agreement(clusters.get(i).representative(), report);
                if (keys != null && (bestKeys == null || keys.size() > bestKeys.size())) {
                    best = i;
                    bestKeys = keys;
                }
            }
            candidates.clear();
            int target = best < 0 ? clusters.size() : best;
            for (String k : keysOfReport) {
                List<Integer> ids = index.computeIfAbsent(k, x -> new ArrayList<>());
                if (ids.isEmpty() || ids.get(ids.size() - 1) != target) {
                    ids.add(target);
                }
            }
            if (best < 0) {
                clusters.add(new Cluster<>(List.of(report), List.of(), report));
                articlesOf.add(new java.util.HashSet<>(Set.of(article)));
            } else {
                articlesOf.get(best).add(article);
                Cluster<F> c = clusters.get(best);
                List<F> members = new ArrayList<>(c.members());
                members.add(report);
                List<String> on = new ArrayList<>(c.mergedOn());
                bestKeys.stream().filter(k -> !on.contains(k)).forEach(on::add);
                clusters.set(best, new Cluster<>(members, on, merge.apply(members)));
            }
        }
        return clusters;
    }
}
