package org.diplomacykg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.system.Txn;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DumpRoundTripTest {
    @TempDir
    static Path dir;

    static KgStore store;
    static long quads;
    static long triples;

    @BeforeAll
    static void build() {
        store = KgStore.open(dir.resolve("store"));
        SeedStore.build(store);
        quads = store.size();
        triples = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void everyFormatParsesBackToTheSameNumberOfStatements(DumpFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new RdfDumper().dump(store.dataset(), format, out);
        Model back = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", format.rio());
        long expected = format.keepsGraphs() ? quads : triples;
        assertTrue(expected > 500, "the seeds give a real graph, not " + expected);
        assertEquals(expected, written);
        assertEquals(expected, back.size(), format + " parsed back to a different number of statements");
        if (format.keepsGraphs()) {
            assertTrue(back.contexts().size() > 5, "named graphs kept: " + back.contexts().size());
        }
    }
}
