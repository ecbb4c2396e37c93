package org.diplomacykg.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.diplomacykg.nlp.Dependencies;

/**
 * A path through a dependency tree, as roles.tsv writes it: steps joined by '/', each a
 * relation to a dependent ({@code obj}, {@code obl:with}, {@code obl:*}), a relation up to the
 * head ({@code ^obj}), or {@code @support}, the verb a noun trigger depends on. Immutable.
 */
public final class RolePath {
    private record Step(boolean up, boolean support, String relation, boolean anySpecifier) {
        boolean matches(Dependencies.Edge e) {
            return anySpecifier ? e.base().equals(relation) : e.rel().equals(relation);
        }
    }

    private final String text;
    private final List<Step> steps;

    private RolePath(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps;
    }

    public static RolePath parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String s : text.trim().split("/")) {
            String t = s.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty step in role path '" + text + "'");
            }
            if (t.equals("@support")) {
                steps.add(new Step(false, true, "", false));
                continue;
            }
            boolean up = t.startsWith("^");
            String rel = up ? t.substring(1) : t;
            boolean any = rel.endsWith(":*");
            if (any) {
                rel = rel.substring(0, rel.length() - 2);
            }
            if (!rel.matches("[a-z]+(?::[a-z_]+)?")) {
                throw new IllegalArgumentException("bad relation '" + t + "' in role path '" + text + "'");
            }
            steps.add(new Step(up, false, rel, any));
        }
        return new RolePath(text, List.copyOf(steps));
    }

    /**
     * The words this path reaches from {@code from}. {@code support} gives a word's support
     * verb (-1 when it has none).
     */
    public Set<Integer> follow(Dependencies deps, int from, IntUnaryOperator support) {
        Set<Integer> current = new LinkedHashSet<>(List.of(from));
        for (Step step : steps) {
            Set<Integer> next = new LinkedHashSet<>();
            for (int w : current) {
                if (step.support()) {
                    int v = support.applyAsInt(w);
                    if (v >= 0) {
                        next.add(v);
                    }
                } else if (step.up()) {
                    for (Dependencies.Edge e : deps.heads(w)) {
                        if (e.head() >= 0 && step.matches(e)) {
                            next.add(e.head());
                        }
                    }
                } else {
                    for (Dependencies.Edge e : deps.children(w)) {
                        if (step.matches(e)) {
                            next.add(e.dep());
                        }
                    }
                }
            }
            current = next;
            if (current.isEmpty()) {
                break;
            }
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }
}
