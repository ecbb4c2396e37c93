package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Fact;

/**
 * Picks the value of one attribute that most articles support, and records a conflict when
 * reports disagree. A value that merely refines another (a full date within a month, a
 * longer name) is not a disagreement.
 */
public final class Votes<F extends Fact> {
    private final List<F> reports;
    private final List<Conflict> conflicts = new ArrayList<>();

    /** Votes among {@code reports}: each article has one vote per value. */
    public Votes(List<F> reports) {
        this.reports = reports;
    }

    /** The disagreements found by the picks so far. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** The best-supported non-null value; ties go to the more specific, then the smaller. */
    public <V> V pick(String attribute, Function<F, V> get, Function<V, String> show, boolean conflictsMatter) {
        Map<String, V> byShown = new LinkedHashMap<>();
        Map<String, Set<String>> support = new TreeMap<>();
        for (F r : reports) {
            V v = get.apply(r);
            if (v == null) {
                continue;
            }
            String s = show.apply(v);
            byShown.putIfAbsent(s, v);
            support.computeIfAbsent(s, k -> new TreeSet<>()).add(r.evidence().articleId());
        }
        if (support.isEmpty()) {
            return null;
        }
        String best = support.keySet().stream()
                .max(Comparator.<String>comparingInt(s -> support.get(s).size())
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.<String>reverseOrder()))
                .orElseThrow();
        if (conflictsMatter && disagree(support.keySet())) {
            Map<String, List<String>> values = new TreeMap<>();
            support.forEach((k, v) -> values.put(k, List.copyOf(v)));
            conflicts.add(new Conflict(attribute, values, best));
        }
        return byShown.get(best);
    }

    /** Every entity any report names in one attribute (participants, parties), each once, in id order. */
    public List<EntityRef> union(Function<F, List<EntityRef>> get) {
        Map<String, EntityRef> out = new TreeMap<>();
        for (F r : reports) {
            for (EntityRef e : get.apply(r)) {
                out.putIfAbsent(e.id(), e);
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean disagree(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                String a = list.get(i);
                String b = list.get(j);
                if (!a.startsWith(b) && !b.startsWith(a)) {
                    return true;
                }
            }
        }
        return false;
    }
}
