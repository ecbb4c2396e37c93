package org.diplomacykg.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles linked by copy or rewrite relations (union-find, built once), so counting the
 * independent sources of a fact costs one look-up per reporting article.
 */
public final class SourceIndependence {
    private final Map<String, String> parent = new HashMap<>();

    public SourceIndependence(List<ArticleRelation> relations) {
        for (ArticleRelation r : relations) {
            String a = root(r.copy());
            String b = root(r.original());
            if (!a.equals(b)) {
                parent.put(a, b);
            }
        }
    }

    private String root(String x) {
        String r = x;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        // path compression keeps later look-ups short
        String y = x;
        while (parent.containsKey(y) && !parent.get(y).equals(r)) {
            String next = parent.get(y);
            parent.put(y, r);
            y = next;
        }
        return r;
    }

    /** How many of {@code articleIds} are independent: a story and its copies or rewrites count once. */
    public int count(Set<String> articleIds) {
        Set<String> roots = new HashSet<>();
        for (String a : articleIds) {
            roots.add(root(a));
        }
        return roots.size();
    }
}
