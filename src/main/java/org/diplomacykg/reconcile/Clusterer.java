package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Groups reports of the same fact. Reports are visited most specific first (then by article
 * content hash), so the result does not depend on the order of input files, and a vaguer
 * report joins the fuller one it matches instead of founding a group of its own.
 */
final class Clusterer<F> {
    record Cluster<F>(List<F> members, List<String> mergedOn, F representative) {
    }

    private final FactMatcher<F> matcher;
    private final Comparator<F> specificFirst;
    private final Function<List<F>, F> merge;
    private final Function<F, String> articleOf;

    Clusterer(FactMatcher<F> matcher, Comparator<F> specificFirst, Function<List<F>, F> merge, Function<F, String> articleOf) {
        this.matcher = matcher;
        this.specificFirst = specificFirst;
        this.merge = merge;
        this.articleOf = articleOf;
    }

    List<Cluster<F>> cluster(List<F> reports) {
        List<F> ordered = new ArrayList<>(reports);
        ordered.sort(specificFirst);
        List<Cluster<F>> clusters = new ArrayList<>();
        for (F report : ordered) {
            int best = -1;
            List<String> bestKeys = null;
            String article = articleOf.apply(report);
            for (int i = 0; i < clusters.size(); i++) {
                // an article that reports two facts means two facts: the extractor already merged its own repeats
                if (clusters.get(i).members().stream().anyMatch(m -> articleOf.apply(m).equals(article))) {
                    continue;
                }
                List<String> keys = matcher.agreement(clusters.get(i).representative(), report);
                if (keys != null && (bestKeys == null || keys.size() > bestKeys.size())) {
                    best = i;
                    bestKeys = keys;
                }
            }
            if (best < 0) {
                clusters.add(new Cluster<>(List.of(report), List.of(), report));
            } else {
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
