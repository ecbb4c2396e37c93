package org.diplomacykg.reconcile;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplomacykg.facts.Evidence;

/**
 * One real-world fact after reconciliation: a stable key, the fact with its best-supported
 * values ({@code merged}), every article's report of it, the keys on which those reports
 * were merged, and the values they disagree on.
 */
public record Canonical<F>(String key, F merged, List<F> reports, List<Evidence> evidence,
                           List<String> mergedOn, List<Conflict> conflicts) {
    public Canonical {
        reports = List.copyOf(reports);
        evidence = List.copyOf(evidence);
        mergedOn = List.copyOf(mergedOn);
        conflicts = List.copyOf(conflicts);
    }

    /** The distinct articles (by id) that report this fact. */
    public Set<String> articles() {
        Set<String> ids = new TreeSet<>();
        evidence.forEach(e -> ids.add(e.articleId()));
        return ids;
    }
}
