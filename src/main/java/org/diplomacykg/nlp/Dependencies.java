package org.diplomacykg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's dependency graph in Universal Dependencies (enhanced: a word may have several
 * heads, prepositions are part of the relation, as in {@code obl:with}, and the subject of a
 * controlled verb is repeated on it). Words are token indexes in the sentence; the root's head
 * is -1. Immutable.
 */
public final class Dependencies implements java.io.Serializable {
    /** One arc: head, dependent and relation ({@code nsubj}, {@code obl:in}, {@code conj:and}...). */
    public record Edge(int head, int dep, String rel) implements java.io.Serializable {
        /** The relation without its specifier: {@code obl} for {@code obl:in}. */
        public String base() {
            int c = rel.indexOf(':');
            return c < 0 ? rel : rel.substring(0, c);
        }

        /** The specifier, {@code in} for {@code obl:in}, or "" when none. */
        public String specifier() {
            int c = rel.indexOf(':');
            return c < 0 ? "" : rel.substring(c + 1);
        }
    }

    private final List<Edge> edges;
    private final List<List<Edge>> out;
    private final List<List<Edge>> in;

    public Dependencies(int size, List<Edge> edges) {
        this.edges = List.copyOf(edges);
        List<List<Edge>> o = new ArrayList<>(size);
        List<List<Edge>> i = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            o.add(new ArrayList<>(2));
            i.add(new ArrayList<>(2));
        }
        for (Edge e : this.edges) {
            if (e.dep() < 0 || e.dep() >= size || e.head() >= size) {
                throw new IllegalArgumentException("edge outside the sentence: " + e);
            }
            if (e.head() >= 0) {
                o.get(e.head()).add(e);
            }
            i.get(e.dep()).add(e);
        }
        this.out = o.stream().map(List::copyOf).toList();
        this.in = i.stream().map(List::copyOf).toList();
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Arcs from word {@code i} to its dependents. */
    public List<Edge> children(int i) {
        return out.get(i);
    }

    /** Arcs from word {@code i}'s heads (one, or more in the enhanced graph; the root has a head of -1). */
    public List<Edge> heads(int i) {
        return in.get(i);
    }

    public int size() {
        return out.size();
    }

    @Override
    public String toString() {
        return edges.toString();
    }
}
