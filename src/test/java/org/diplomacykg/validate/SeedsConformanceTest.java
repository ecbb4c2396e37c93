package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.cli.Main;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph built from the seeds: every term declared, SHACL conforms, and a failing check never reaches the store. */
class SeedsConformanceTest {
    /** Vocabularies the ontology imports or aligns to; their terms need no declaration in diplomacy.ttl. */
    static final List<String> STANDARD = List.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#", Dip.Nif.NS,
            "http://www.w3.org/ns/prov#", "http://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/");
    /** The meta graph also holds a VoID/DCAT description of the dataset, in those W3C dataset vocabularies. */
    static final List<String> DATASET_DESCRIPTION = List.of("http://rdfs.org/ns/void#", "http://www.w3.org/ns/dcat#",
            "http://purl.org/dc/terms/", "http://www.w3.org/ns/sparql-service-description#");

    @TempDir
    static Path dir;
    static KgStore store;
    static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @BeforeAll
    static void build() {
        store = KgStore.open(dir.resolve("store"));
        SeedStore.build(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Every quad of the store except the ontology graph: the data the mappers produced. */
    static List<Quad> data() {
        Node onto = IRIS.ontologyGraph();
        return Txn.calculateRead(store.dataset(), () -> {
            List<Quad> out = new java.util.ArrayList<>();
            store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(onto)) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    @Test
    void everyClassAndPredicateIsDeclaredOrStandard() {
        Graph ontology = OntologyTest.ontology();
        Set<String> undeclared = new TreeSet<>();
        Set<Node> used = new HashSet<>();
        Set<Node> usedInMeta = new HashSet<>();
        for (Quad q : data()) {
            Set<Node> into = q.getGraph().equals(IRIS.metaGraph()) ? usedInMeta : used;
            into.add(q.getPredicate());
            if (q.getPredicate().equals(RDF.type.asNode())) {
                into.add(q.getObject());
            }
        }
        usedInMeta.removeIf(t -> DATASET_DESCRIPTION.stream().anyMatch(ns -> t.getURI().startsWith(ns)));
        used.addAll(usedInMeta);
        for (Node term : used) {
            boolean standard = STANDARD.stream().anyMatch(ns -> term.getURI().startsWith(ns));
            boolean declared = ontology.contains(term, RDF.type.asNode(), Node.ANY);
            if (!standard && !declared) {
                undeclared.add(term.getURI());
            }
            if (term.getURI().startsWith(Dip.NS)) {
                assertTrue(declared, "dip: term used but not declared: " + term);
            }
        }
        assertEquals(Set.of(), undeclared);
        assertTrue(used.size() > 70, "walked " + used.size() + " terms");
    }

    @Test
    void seedsConformToTheShapes() {
        long t0 = System.nanoTime();
        List<Violation> vs = GraphValidator.shipped().validate(store.dataset());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(), vs);
        System.out.println("SHACL on the seeds store: 0 violations in " + ms + " ms");
    }

    @Test
    void countriesLinkToDbpedia() {
        Node japan = NodeFactory.createURI(Iris.DEFAULT_BASE + "country/JP");
        Node sameAs = OWL2.sameAs.asNode();
        boolean linked = Txn.calculateRead(store.dataset(), () -> store.dataset()
                .contains(IRIS.reconciledGraph(), japan, sameAs, NodeFactory.createURI("http://dbpedia.org/resource/Japan")));
        assertTrue(linked);
    }

    static synchronized String[] kg(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new PrintWriter(err, true), args);
            return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString()};
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void kgValidateOnTheSeedsSaysZeroAndExitsZero() {
        store.close(); // the CLI opens the store itself
        try {
            String[] r = kg("validate", "--store", dir.resolve("store").toString());
            assertEquals("0", r[0], r[2]);
            assertEquals("0 violations", r[1].trim());
        } finally {
            store = KgStore.open(dir.resolve("store"));
        }
    }

    @Test
    void kgValidateOnABadStorePrintsEachViolationAndExitsOne() {
        Path bad = dir.resolve("bad");
        try (KgStore s = KgStore.open(bad)) {
            var graphs = HandMadeGraphs.valid();
            ShapesTest.edit(graphs, t -> t.getPredicate().equals(Dip.currency)
                    ? ShapesTest.withObject(t, NodeFactory.createLiteralString("YEN")) : t);
            s.sync(graphs); // straight to the store, bypassing the build's check, as a damaged store would be
        }
        String[] r = kg("validate", "--store", bad.toString());
        assertEquals("1", r[0], r[1] + r[2]);
        String[] lines = r[1].trim().split("\n");
        assertTrue(lines[0].contains("dip:currency") && lines[0].contains("sh:InConstraintComponent"), r[1]);
        assertEquals("3 violations", lines[lines.length - 1], r[1]); // each article's amount and the reconciled one
    }

    @Test
    void kgValidateWithoutAStoreFailsWithOneLine() {
        String[] r = kg("validate", "--store", dir.resolve("nothing-here").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("no store here"), r[2]);
    }

    @Test
    void aGraphWithViolationsNeverReachesTheStore() {
        Map<Node, Set<Triple>> before = snapshot();
        // the seeds graph as a build would hand it over, with one amount made negative
        Map<Node, Set<Triple>> graphs = new HashMap<>();
        before.forEach((g, ts) -> graphs.put(g, new HashSet<>(ts)));
        ShapesTest.edit(graphs, t -> t.getPredicate().equals(Dip.value)
                ? ShapesTest.withObject(t, NodeFactory.createLiteralDT("-1", XSDDatatype.XSDdecimal)) : t);
        ValidationException e = assertThrows(ValidationException.class, () -> ValidatedSync.sync(graphs, store));
        assertTrue(e.getMessage().contains("sh:MinInclusiveConstraintComponent"), e.getMessage());
        assertTrue(e.getMessage().contains("the store was left as it was"), e.getMessage());
        assertEquals(before, snapshot());
    }

    static Map<Node, Set<Triple>> snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Set<Triple>> out = new HashMap<>();
            store.dataset().find().forEachRemaining(q -> out.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.asTriple()));
            return out;
        });
    }
}
