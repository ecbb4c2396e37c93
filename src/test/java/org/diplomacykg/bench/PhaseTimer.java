package org.diplomacykg.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.pipeline.InputSet;
import org.diplomacykg.reconcile.ReconciledGraph;
import org.diplomacykg.reconcile.Reconciler;
import org.diplomacykg.store.KgStore;

/** Dev aid: times each build phase on a folder (usage: PhaseTimer INPUT STORE). */
public final class PhaseTimer {
    public static void main(String[] args) {
        GraphBuilder b = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));
        List<Path> files = InputSet.list(Path.of(args[0]));
        long t0 = System.nanoTime();
        List<ArticleFacts> facts = b.extractAll(files);
        long t1 = System.nanoTime();
        ReconciledGraph g = new Reconciler(FactKinds.ALL).reconcile(facts);
        long t2 = System.nanoTime();
        Map<Node, Set<Triple>> graphs = b.graphs(g, "x").graphs();
        long t3 = System.nanoTime();
        try (KgStore s = KgStore.open(Path.of(args[1]))) {
            s.sync(graphs);
        }
        long t4 = System.nanoTime();
        System.out.printf("articles %d: extract %.1f s, reconcile %.1f s, map %.1f s, store %.1f s; %d quads%n", facts.size(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, graphs.values().stream().mapToLong(Set::size).sum());
    }
}
