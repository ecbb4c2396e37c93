package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;

/**
 * One real-world fact after reconciliation: a stable key, the fact with its best-supported
 * values ({@code merged}), every article's report of it, the keys on which those reports
 * were merged, and the values they disagree on.
 */
public record Canonical<F extends Fact>(String key, F merged, List<F> reports, List<Evidence> evidence,
                                        List<String> mergedOn, List<Conflict> conflicts) {
    public Canonical {
        reports = List.copyOf(reports);
        evidence = List.copyOf(evidence);
        mergedOn = List.copyOf(mergedOn);
        conflicts = List.copyOf(conflicts);
    }

    /** A canonical fact whose evidence is its reports' evidence, in article and then text order. */
    public static <F extends Fact> Canonical<F> of(String key, F merged, List<F> reports, List<String> mergedOn,
                                                   List<Conflict> conflicts) {
        List<Evidence> evidence = new ArrayList<>();
        for (F r : reports) {
            evidence.add(r.evidence());
        }
        evidence.sort(Comparator.comparing(Evidence::articleId).thenComparingInt(Evidence::start));
        return new Canonical<>(key, merged, reports, evidence, mergedOn, conflicts);
    }

    /** The distinct articles (by id) that report this fact. */
    public Set<String> articles() {
        Set<String> ids = new TreeSet<>();
        evidence.forEach(e -> ids.add(e.articleId()));
        return ids;
    }

    /** The same fact with other best-supported values (say, a reference resolved to a canonical key). */
    public Canonical<F> withMerged(F other) {
        return new Canonical<>(key, other, reports, evidence, mergedOn, conflicts);
    }

    /**
     * Gives each canonical fact its own key. Two facts can share an identity (the same words
     * quoted twice in one article, two same-looking deals one article keeps apart); the later
     * ones, in evidence order, get a numbered suffix so no two facts ever share an IRI.
     */
    public static <F extends Fact> List<Canonical<F>> withUniqueKeys(List<Canonical<F>> facts) {
        List<Canonical<F>> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing((Canonical<F> c) -> c.key())
                .thenComparing(c -> c.evidence().get(0).articleId())
                .thenComparingInt(c -> c.evidence().get(0).start()));
        Map<String, Integer> seen = new HashMap<>();
        List<Canonical<F>> out = new ArrayList<>();
        for (Canonical<F> c : sorted) {
            int n = seen.merge(c.key(), 1, Integer::sum);
            out.add(n == 1 ? c : new Canonical<>(c.key() + "-" + n, c.merged(), c.reports(), c.evidence(), c.mergedOn(),
                    c.conflicts()));
        }
        return out;
    }
}
