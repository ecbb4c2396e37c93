package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialLoadTest {
    @TempDir
    Path dir;

    static Map<Node, Set<Triple>> graphs(int n, String tag) {
        Map<Node, Set<Triple>> g = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Node graph = NodeFactory.createURI("urn:g" + (i % 7));
            g.computeIfAbsent(graph, k -> new HashSet<>()).add(Triple.create(NodeFactory.createURI("urn:s" + i),
                    NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(tag + i)));
            g.get(graph).add(Triple.create(NodeFactory.createBlankNode(), NodeFactory.createURI("urn:q"), NodeFactory.createURI("urn:s" + i)));
        }
        return g;
    }

    @Test
    void emptyStoreIsBulkLoadedAndThenSyncedTransactionally() {
        Path store = dir.resolve("s");
        try (KgStore s = KgStore.open(store)) {
            KgStore.SyncResult first = s.sync(graphs(500, "a"));
            assertEquals(1000, first.quads());
            assertEquals(1000, s.size());
            assertFalse(Files.exists(store.resolve(InitialLoad.MARKER)), "the marker is gone after a finished load");
            // a store with data takes the transactional path: the delta is exact
            KgStore.SyncResult second = s.sync(graphs(400, "a"));
            assertEquals(800, second.quads());
            assertEquals(800, s.size());
            assertEquals(-200, second.added() - second.removed(), "graphs with blank nodes are replaced whole");
        }
        try (KgStore s = KgStore.open(store)) {
            assertEquals(800, s.size(), "what was loaded survives a reopen");
        }
    }

    @Test
    void anUnfinishedFirstLoadIsDiscardedOnOpen() throws Exception {
        Path store = dir.resolve("crashed");
        try (KgStore s = KgStore.open(store)) {
            // what a load killed midway leaves: data in the store and the marker still there
            Txn.executeWrite(s.dataset(), () -> graphs(50, "x").forEach((g, ts) -> ts.forEach(t -> s.dataset().add(g,
                    t.getSubject(), t.getPredicate(), t.getObject()))));
            Files.writeString(store.resolve(InitialLoad.MARKER), "unfinished");
        }
        try (KgStore s = KgStore.open(store)) {
            assertEquals(0, s.size(), "the partial load is thrown away: the store is as empty as before the build");
            assertFalse(Files.exists(store.resolve(InitialLoad.MARKER)));
            s.sync(graphs(10, "y"));
            assertEquals(20, s.size());
        }
        assertTrue(KgStore.exists(store));
    }

    @Test
    void aFailingGateLeavesTheStoreAsItWas() {
        Path store = dir.resolve("gated");
        try (KgStore s = KgStore.open(store)) {
            RuntimeException no = new IllegalStateException("violations");
            // empty store: the first load is discarded again
            assertEquals(no, org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> s.sync(graphs(300, "a"), () -> { throw no; })));
            assertEquals(0, s.size());
            assertFalse(Files.exists(store.resolve(InitialLoad.MARKER)));
            s.sync(graphs(100, "b"));
            assertEquals(200, s.size());
            // a store with data: the write transaction is rolled back
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> s.sync(graphs(300, "c"), () -> { throw no; }));
            assertEquals(200, s.size());
            assertEquals(1, Txn.calculateRead(s.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(s.dataset().find(
                    NodeFactory.createURI("urn:g0"), NodeFactory.createURI("urn:s0"), Node.ANY, NodeFactory.createLiteralString("b0")))));
            // a gate that passes after a while: the write waits for it
            KgStore.SyncResult r = s.sync(graphs(300, "c"), () -> sleep(300));
            assertEquals(600, r.quads());
            assertEquals(600, s.size());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
