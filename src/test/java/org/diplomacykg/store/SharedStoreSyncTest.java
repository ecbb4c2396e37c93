package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that readers share with a live build is never bulk-loaded, even when empty: a refused
 * build commits nothing at all, where the bulk loader would have committed the load and then
 * cleared it again, with readers able to see it in between.
 */
class SharedStoreSyncTest {
    @TempDir
    Path dir;

    static Map<Node, Set<Triple>> graphs() {
        Set<Triple> triples = new LinkedHashSet<>();
        for (int i = 0; i < 100; i++) {
            triples.add(Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i)));
        }
        return Map.of(NodeFactory.createURI("urn:g"), triples);
    }

    /** TDB2's data version: it counts the commits readers could have seen. */
    static long version(KgStore s) {
        return Txn.calculateRead(s.dataset(),
                () -> TDBInternal.getDatasetGraphTDB(s.dataset()).getTxnSystem().getThreadTransaction().getDataVersion());
    }

    @Test
    void aRefusedBuildIntoAnEmptySharedStoreCommitsNothing() {
        try (KgStore s = KgStore.open(dir.resolve("store"))) {
            s.forbidBulkLoad();
            long before = version(s);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.sync(graphs(), () -> {
                throw new IllegalStateException("violations");
            }));
            assertEquals("violations", e.getMessage());
            assertEquals(before, version(s), "a commit happened, which a reader could have seen");
            assertEquals(0, s.size());

            KgStore.SyncResult r = s.sync(graphs());
            assertEquals(100, r.added());
            assertEquals(before + 1, version(s), "one build, one commit");
            assertTrue(!java.nio.file.Files.exists(dir.resolve("store").resolve(InitialLoad.MARKER)));
        }
    }
}
