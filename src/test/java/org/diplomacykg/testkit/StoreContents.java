package org.diplomacykg.testkit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;

/** A store's content read back, and larger contents made from it, for tests of what writes and compactions keep. */
public final class StoreContents {
    private StoreContents() {
    }

    /** Every quad in the store. */
    public static Set<Quad> quads(KgStore s) {
        Set<Quad> all = new HashSet<>();
        Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(all::add));
        return all;
    }

    /** The store's content graph by graph, as {@link KgStore#sync} takes it. */
    public static Map<Node, Set<Triple>> graphs(KgStore s) {
        Map<Node, Set<Triple>> graphs = new LinkedHashMap<>();
        Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(q ->
                graphs.computeIfAbsent(q.getGraph(), g -> new LinkedHashSet<>()).add(q.asTriple())));
        return graphs;
    }

    /**
     * {@code graphs} followed by {@code copies} copies of each of its graphs without blank nodes,
     * every instance IRI (and graph name) in a copy suffixed with the copy's number: a larger content of the same shape
     * (the same literals, the same fan-out), as a corpus that many times larger would bring.
     */
    public static Map<Node, Set<Triple>> withCopies(Map<Node, Set<Triple>> graphs, int copies) {
        Map<Node, Set<Triple>> all = new LinkedHashMap<>(graphs);
        for (int k = 1; k <= copies; k++) {
            String suffix = "-copy" + k;
            for (Map.Entry<Node, Set<Triple>> e : graphs.entrySet()) {
                if (e.getValue().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank())) {
                    continue;
                }
                Set<Triple> copy = new LinkedHashSet<>();
                for (Triple t : e.getValue()) {
                    copy.add(Triple.create(renamed(t.getSubject(), suffix), t.getPredicate(), renamed(t.getObject(), suffix)));
                }
                all.put(renamed(e.getKey(), suffix), copy);
            }
        }
        return all;
    }

    /** Writes {@code copies} copies of the content and takes them away again: two committed builds that leave the content as it was and the folder larger. */
    public static void growWithoutChange(KgStore s, int copies) {
        Map<Node, Set<Triple>> before = graphs(s);
        s.sync(withCopies(before, copies));
        s.sync(before);
    }

    private static Node renamed(Node n, String suffix) {
        return n.isURI() && n.getURI().startsWith(Iris.DEFAULT_BASE) ? NodeFactory.createURI(n.getURI() + suffix) : n;
    }
}
