package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {
    @TempDir
    Path dir;

    static Quad quad(String s) {
        return Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:" + s),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(s));
    }

    @Test
    void refusesAFolderThatIsNotAStore() throws IOException {
        Path other = dir.resolve("docs");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "my notes");
        StoreException e = assertThrows(StoreException.class, () -> KgStore.open(other));
        assertTrue(e.getMessage().contains("not a TDB2 store"), e.getMessage());
        assertEquals("my notes", Files.readString(other.resolve("notes.txt")));
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = dir.resolve("store");
        Files.writeString(file, "x");
        assertThrows(StoreException.class, () -> KgStore.open(file));
    }

    @Test
    void aFailedReplaceLeavesThePreviousGraph() {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(store)) {
            s.replaceAll(List.of(quad("a"), quad("b")).iterator());
            Iterator<Quad> failing = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Quad next() {
                    if (n++ == 3) {
                        throw new IllegalStateException("disk on fire");
                    }
                    return quad("new" + n);
                }
            };
            assertThrows(IllegalStateException.class, () -> s.replaceAll(failing));
            assertEquals(2, s.size());
        }
        try (KgStore again = KgStore.open(store)) {
            assertEquals(2, again.size());
            assertTrue(KgStore.exists(store));
        }
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        try (KgStore s = KgStore.open(dir.resolve("u"))) {
            s.replaceAll(List.of(quad("a")).iterator());
            long n = org.apache.jena.system.Txn.calculateRead(s.dataset(), () ->
                    org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(s.dataset()))
                            .query("SELECT * { ?s ?p ?o }").build().execSelect().rewindable().size());
            assertEquals(1, n);
        }
    }
}
