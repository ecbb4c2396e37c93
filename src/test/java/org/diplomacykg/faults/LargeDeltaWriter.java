package org.diplomacykg.faults;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.StoreContents;

/**
 * The child process of kill tests: opens the store given and writes its content plus that many
 * copies of it through {@link KgStore#sync}, in one write transaction as every rebuild does,
 * printing "written N of TOTAL" as the quads are handed to the store, then "committed".
 */
public final class LargeDeltaWriter {
    private LargeDeltaWriter() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        try (KgStore s = KgStore.open(store)) {
            Map<Node, Set<Triple>> graphs = StoreContents.withCopies(StoreContents.graphs(s), copies);
            long total = graphs.values().stream().mapToLong(Set::size).sum();
            AtomicLong written = new AtomicLong();
            s.sync(graphs, () -> { }, n -> System.out.println("written " + written.addAndGet(n) + " of " + total));
            System.out.println("committed");
        }
    }
}
