package org.diplomacykg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dump format, plain and gzipped, reads back through RDF4J Rio and Jena RIOT to the same data. */
class DumpRoundTripTest {

    static KgStore store;
    /** The store's content in memory: the dataset, its union graph, and both as RDF4J models. */
    static DatasetGraph expected;
    static Graph union;
    static Model expectedQuads;
    static Model expectedTriples;

    @BeforeAll
    static void build() {
        store = SeedStore.shared();
        expected = DatasetGraphFactory.create();
        union = GraphFactory.createDefaultGraph();
        Rdf4jTerms terms = new Rdf4jTerms();
        expectedQuads = new LinkedHashModel();
        expectedTriples = new LinkedHashModel();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
            expected.add(q);
            union.add(q.asTriple());
            expectedQuads.add(terms.statement(q, true));
            expectedTriples.add(terms.statement(q, false));
        }));
    }


    static java.util.stream.Stream<Arguments> formats() {
        return java.util.Arrays.stream(DumpFormat.values()).flatMap(f -> java.util.stream.Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
    }

    static byte[] dump(DumpFormat format, boolean gzip, String graph) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes) {
            new RdfDumper().dump(store.dataset(), format, graph, out);
        }
        return bytes.toByteArray();
    }

    static InputStream open(byte[] bytes, boolean gzip) throws Exception {
        InputStream in = new ByteArrayInputStream(bytes);
        return gzip ? new GZIPInputStream(in) : in;
    }

    static Lang jenaLang(DumpFormat f) {
        return switch (f) {
            case nq -> Lang.NQUADS;
            case trig -> Lang.TRIG;
            case jsonld -> Lang.JSONLD;
            case nt -> Lang.NTRIPLES;
            case ttl -> Lang.TURTLE;
            case rdfxml -> Lang.RDFXML;
        };
    }

    @ParameterizedTest(name = "{0} gzip={1}")
    @MethodSource("formats")
    void readsBackThroughRdf4jRioToAnIsomorphicDataset(DumpFormat format, boolean gzip) throws Exception {
        byte[] bytes = dump(format, gzip, null);
        if (gzip) {
            assertEquals(0x1f, bytes[0] & 0xff, "gzip magic");
        }
        Model back;
        try (InputStream in = open(bytes, gzip)) {
            back = Rio.parse(in, "", format.rio());
        }
        Model want = format.keepsGraphs() ? expectedQuads : expectedTriples;
        assertTrue(want.size() > 500, "the seeds give a real graph, not " + want.size());
        assertEquals(want.size(), back.size(), format + " parsed back to a different number of statements");
        assertTrue(Models.isomorphic(want, back), format + " is not isomorphic to the store");
    }

    @ParameterizedTest(name = "{0} gzip={1}")
    @MethodSource("formats")
    void readsBackThroughJenaRiotToAnIsomorphicDataset(DumpFormat format, boolean gzip) throws Exception {
        byte[] bytes = dump(format, gzip, null);
        try (InputStream in = open(bytes, gzip)) {
            if (format.keepsGraphs()) {
                DatasetGraph back = DatasetGraphFactory.create();
                RDFParser.source(in).lang(jenaLang(format)).parse(back);
                assertEquals(count(expected), count(back));
                assertTrue(IsoMatcher.isomorphic(expected, back), format + " is not isomorphic to the store");
            } else {
                Graph back = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(jenaLang(format)).parse(back);
                assertEquals(union.size(), back.size());
                assertTrue(union.isIsomorphicWith(back), format + " is not isomorphic to the union graph");
            }
        }
    }

    static long count(DatasetGraph d) {
        return org.apache.jena.atlas.iterator.Iter.count(d.find());
    }

    @Test
    void oneNamedGraph() throws Exception {
        String reconciled = new Iris(Iris.DEFAULT_BASE).reconciledGraph().getURI();
        Node g = new Iris(Iris.DEFAULT_BASE).reconciledGraph();
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(dump(DumpFormat.nq, false, reconciled))).lang(Lang.NQUADS).parse(back);
        assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(back.listGraphNodes()));
        assertTrue(back.getGraph(g).isIsomorphicWith(expected.getGraph(g)));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(dump(DumpFormat.ttl, true, reconciled)))) {
            Graph t = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(t);
            assertTrue(t.isIsomorphicWith(expected.getGraph(g)));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> dump(DumpFormat.nq, false, "https://example.org/no-such-graph"));
        assertTrue(e.getMessage().contains("no named graph"), e.getMessage());
    }

    @Test
    void jsonLdIsWrittenInBoundedChunksThatStillFormOneDataset() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChunkedJsonLdWriter w = new ChunkedJsonLdWriter(bytes, 100);
        Rdf4jTerms terms = new Rdf4jTerms();
        w.startRDF();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> w.handleStatement(terms.statement(q, true))));
        w.endRDF();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.split("\"@graph\"").length > 20, "many chunks of at most 100 statements");
        Model back = Rio.parse(new ByteArrayInputStream(bytes.toByteArray()), "", org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(expectedQuads, back));
        DatasetGraph jena = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(Lang.JSONLD).parse(jena);
        assertTrue(IsoMatcher.isomorphic(expected, jena));
    }
}
