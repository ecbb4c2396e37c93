package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.query.ParamBinder;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build leaves TDB2 optimiser statistics in the current Data-NNNN folder, and they change no saved query's answer. */
class StoreStatsTest {
    @TempDir
    Path tmp;

    /** Values for the saved queries' required parameters, that the seeds have answers for. */
    private static final Map<String, String> PARAMS = Map.of(
            "a", "Japan", "b", "Philippines", "country", "Japan", "person", "Kishida",
            "text", "kishida", "word", "security", "event", "Japan-ASEAN summit");

    @Test
    void buildWritesStatsThatJenaReadsAndThatChangeNoAnswer() throws Exception {
        Path dir = tmp.resolve("store");
        Path statsFile;
        long quads;
        Map<Node, Long> perPredicate;
        try (KgStore store = KgStore.open(dir)) {
            SeedStore.build(store);
            statsFile = StoreStats.file(store.dataset());
            quads = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
            perPredicate = predicateCounts(store);
        }
        assertEquals(Generations.current(dir), statsFile.getParent(), "stats.opt goes into the current Data-NNNN folder");
        assertTrue(Files.isRegularFile(statsFile), "the build wrote " + statsFile);
        assertFalse(Files.exists(statsFile.resolveSibling(StoreStats.FILE + ".tmp")), "no temporary file is left");

        // Jena parses it, and its counts are the store's: every quad (all are in named graphs), per predicate
        Item stats = SSE.readFile(statsFile.toString());
        assertEquals(quads, count(stats), "the count in stats.opt");
        assertTrue(quads > 1000, "the seeds give a store of some size: " + quads);
        StatsMatcher matcher = new StatsMatcher(statsFile.toString());
        Var s = Var.alloc("s");
        Var o = Var.alloc("o");
        for (Map.Entry<Node, Long> e : perPredicate.entrySet()) {
            if (!e.getKey().equals(RDF.type.asNode())) {
                assertEquals(e.getValue().doubleValue(), matcher.match(Triple.create(s, e.getKey(), o)), 0.0, "count of " + e.getKey());
            }
        }

        // the same saved queries, answered with the statistics (weighted reorder) and without (Jena's fixed reorder)
        Map<String, List<String>> with = answers(dir, ReorderWeighted.class);
        Files.move(statsFile, tmp.resolve("stats.opt.aside"));
        Map<String, List<String>> without = answers(dir, null);
        Files.move(tmp.resolve("stats.opt.aside"), statsFile);
        assertEquals(without.keySet(), with.keySet());
        long rows = 0;
        for (String name : with.keySet()) {
            assertEquals(without.get(name), with.get(name), "rows of " + name + " with and without stats.opt");
            rows += with.get(name).size();
        }
        assertTrue(with.size() >= 20, "every saved query ran: " + with.keySet());
        assertTrue(rows > 200, "the saved queries answer with rows on the seeds: " + rows);
    }

    @Test
    void aSecondBuildRewritesTheStatsForTheNewContent() throws Exception {
        Path dir = tmp.resolve("store");
        try (KgStore store = KgStore.open(dir)) {
            SeedStore.build(store);
            Path file = StoreStats.file(store.dataset());
            Files.writeString(file, "(stats (meta (count 1)))");
            SeedStore.build(store); // nothing changed: the delta path, one write transaction
            long quads = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
            assertEquals(quads, count(SSE.readFile(file.toString())));
        }
    }

    @Test
    void aServedStoreWritesItsStatsOnceAtClose() throws Exception {
        Path dir = tmp.resolve("served");
        Path file;
        long quads;
        try (KgStore store = KgStore.open(dir)) {
            SeedStore.build(store);
            file = StoreStats.file(store.dataset());
            store.forbidBulkLoad();
            Files.writeString(file, "(stats (meta (count 1)))");
            store.sync(Map.of(NodeFactory.createURI("urn:x:g"), Set.of(Triple.create(NodeFactory.createURI("urn:x:s"),
                    NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o")))));
            assertEquals(1, count(SSE.readFile(file.toString())), "not rewritten by a build while served");
            quads = store.size();
        }
        assertEquals(quads, count(SSE.readFile(file.toString())), "written when the store closed");
    }

    @Test
    void aCompactionGivesTheNewGenerationItsStats() throws Exception {
        Path dir = tmp.resolve("store");
        try (KgStore store = KgStore.open(dir)) {
            SeedStore.build(store);
            Path before = StoreStats.file(store.dataset());
            Compaction.compact(store);
            Path after = StoreStats.file(store.dataset());
            assertFalse(before.equals(after), "the compaction moved the store to a new Data-NNNN folder");
            assertEquals(Generations.current(dir), after.getParent());
            assertEquals(store.size(), count(SSE.readFile(after.toString())));
        }
    }

    private static long count(Item stats) {
        for (Item section : stats.getList()) {
            if (section.isList() && section.getList().size() > 0 && section.getList().get(0).isSymbol(StatsMatcher.META)) {
                for (Item entry : section.getList()) {
                    if (entry.isList() && entry.getList().get(0).isSymbol(StatsMatcher.COUNT)) {
                        return entry.getList().get(1).getLong();
                    }
                }
            }
        }
        throw new AssertionError("no (meta (count N)) in " + stats);
    }

    private static Map<Node, Long> predicateCounts(KgStore store) {
        Map<Node, Long> counts = new LinkedHashMap<>();
        String q = "SELECT ?p (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p";
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect().forEachRemaining(r -> counts.put(r.get("p").asNode(), r.getLiteral("n").getLong()));
            }
        });
        assertFalse(counts.isEmpty());
        return counts;
    }

    /** Every saved query's CSV rows, sorted, from the store opened afresh (TDB2 reads stats.opt at open). */
    private static Map<String, List<String>> answers(Path dir, Class<?> reorder) throws Exception {
        Map<String, List<String>> answers = new TreeMap<>();
        try (KgStore store = KgStore.open(dir)) {
            ReorderTransformation r = TDBInternal.getDatasetGraphTDB(store.dataset()).getReorderTransform();
            if (reorder != null) {
                assertInstanceOf(reorder, r, "the store opened with stats.opt uses it");
            } else {
                assertFalse(r instanceof ReorderWeighted, "the store opened without stats.opt does not weigh: " + r);
            }
            QueryRunner runner = new QueryRunner(120);
            String fact = null;
            for (SavedQuery q : new SavedQueries(Path.of("queries")).all()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (SavedQuery.Param p : q.params()) {
                    if (p.name().equals("fact")) {
                        values.put("fact", fact == null ? fact = firstEvent(runner, store) : fact);
                    } else if (PARAMS.containsKey(p.name()) && !p.meaning().toLowerCase(java.util.Locale.ROOT).startsWith("(optional")) {
                        values.put(p.name(), PARAMS.get(p.name()));
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                runner.run(q, ParamBinder.bind(q, values), store.dataset(), QueryRunner.Format.csv, out);
                List<String> rows = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\r?\n"));
                answers.put(q.name(), rows.stream().sorted().toList());
            }
        }
        return answers;
    }

    private static String firstEvent(QueryRunner runner, KgStore store) {
        SavedQuery events = new SavedQueries(Path.of("queries")).resolve("events");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(events, ParamBinder.bind(events, Map.of()), store.dataset(), QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8).split("\r?\n")[1].split(",")[0];
    }
}
