package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.diplomacykg.testkit.SeedStore;
import org.diplomacykg.testkit.StoreContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction on real TDB2 stores: the same quads before and after, the space given back, and interrupted compactions finished on open. */
class CompactionTest {
    @TempDir
    Path dir;

    /** A new store holding the seeds' graph, filled as a first build fills it (the bulk loader). */
    static KgStore seeded(Path store) {
        KgStore s = KgStore.open(store);
        s.sync(StoreContents.graphs(SeedStore.shared()));
        return s;
    }

    static List<String> generations(Path store) {
        return Generations.of(store).stream().map(p -> p.getFileName().toString()).toList();
    }

    static long countBySparql(KgStore s) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(s.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /**
     * A read transaction begun before a compaction must end on the generation it began on: TDB2's
     * switchable dataset hands an end to whatever generation is current, so a reader spanning the
     * switch left its transaction open on the old one and the compaction waited for it forever.
     * The compaction now waits for the reader, and the reader's transaction ends normally.
     */
    @Test
    void aReadTransactionUnderWayWhenACompactionStartsEndsAndTheCompactionFinishes() throws Exception {
        Path store = dir.resolve("store");
        try (KgStore s = seeded(store)) {
            StoreContents.growWithoutChange(s, 2);
            long quads = countBySparql(s);
            java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean inTxnAtEnd = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong(-1);
            Thread reader = new Thread(() -> {
                s.dataset().begin(org.apache.jena.query.TxnType.READ);
                try {
                    begun.countDown();
                    release.await();
                    seen.set(org.apache.jena.atlas.iterator.Iter.count(s.dataset().find()));
                    inTxnAtEnd.set(s.dataset().isInTransaction());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    s.dataset().end();
                }
            }, "reader");
            reader.start();
            begun.await();
            java.util.concurrent.FutureTask<Compaction.Compacted> compaction = new java.util.concurrent.FutureTask<>(() -> Compaction.compact(s));
            Thread compacting = new Thread(compaction, "compacting");
            compacting.setDaemon(true);
            compacting.start();
            Thread.sleep(1000); // the compaction is under way (waiting for the reader) while the reader reads
            release.countDown();
            reader.join(10_000);
            Compaction.Compacted c;
            try {
                c = compaction.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the compaction still waits for a transaction 30 s after the reader ended: "
                        + List.of(compacting.getStackTrace()));
            }
            assertTrue(inTxnAtEnd.get(), "the reader was still in its transaction when it ended it");
            assertEquals(quads, seen.get(), "the reader saw the whole store");
            assertEquals(List.of("Data-0002"), generations(store));
            assertEquals(quads, c.quads());
            assertEquals(quads, countBySparql(s), "the store is readable on the new generation");
            assertEquals(0, org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(s.dataset()).countActive());
        }
    }

    @Test
    void compactionKeepsEveryQuadAndGivesTheSpaceBack() {
        Path store = dir.resolve("store");
        Set<Quad> before;
        long grown;
        Compaction.Compacted c;
        try (KgStore s = seeded(store)) {
            before = StoreContents.quads(s);
            StoreContents.growWithoutChange(s, 20);
            assertEquals(before, StoreContents.quads(s), "growing left the content as it was");
            grown = DiskUsage.of(store);
            c = Compaction.compact(s);
            // the open store runs on the new generation at once
            assertEquals(before, StoreContents.quads(s));
            assertEquals(before.size(), countBySparql(s));
        }
        assertEquals(List.of("Data-0002"), generations(store), "the old generation is gone");
        assertFalse(Files.exists(store.resolve(Compaction.MARKER)));
        assertEquals(grown, c.before());
        assertEquals(DiskUsage.of(store), c.after());
        assertEquals(before.size(), c.quads());
        long fresh;
        try (KgStore f = KgStore.open(dir.resolve("fresh"))) {
            f.sync(StoreContents.graphs(SeedStore.shared()));
            fresh = DiskUsage.of(dir.resolve("fresh"));
        }
        assertTrue(grown > 8 * fresh, "the store did not grow enough to show anything: " + grown + " vs fresh " + fresh);
        assertTrue(c.after() <= 2 * fresh, "compacted " + c.after() + " bytes, a fresh load of the same quads takes " + fresh);
        try (KgStore s = KgStore.open(store)) {
            assertEquals(before, StoreContents.quads(s), "the same quads after a reopen");
        }
        assertEquals(new CompactSize(before.size(), DiskUsage.of(store.resolve("Data-0002"))), CompactSize.saved(store).orElseThrow(),
                "the compacted size is kept for later estimates");
    }

    @Test
    void contentIsEstimatedFromTheSizeAfterTheFirstLoad() throws Exception {
        Path store = dir.resolve("store");
        try (KgStore s = seeded(store)) {
            long quads = s.size();
            CompactSize first = CompactSize.saved(store).orElseThrow();
            assertEquals(quads, first.quads());
            assertEquals(DiskUsage.of(store.resolve("Data-0001")), first.bytes());
            StoreSpace fresh = StoreSpace.measure(store, quads);
            assertEquals(fresh.folder(), fresh.content(), fresh.folder() / 10, "right after a load the folder is its content");
            assertFalse(fresh.wasteful());
            assertTrue(fresh.advice("kg compact").isEmpty());

            StoreContents.growWithoutChange(s, 45); // over 64 MB wasted: enough for a build to compact unasked
            StoreSpace grown = StoreSpace.measure(store, quads);
            assertEquals(fresh.content(), grown.content(), "the content did not change, nor does its estimate");
            assertTrue(grown.wasteful() && grown.overgrown(), grown.toString());
            String advice = grown.advice("kg compact --store X").orElseThrow();
            assertTrue(advice.matches("store folder is [\\d.]+ MB for about [\\d.]+ MB of content; run `kg compact --store X` to reclaim about [\\d.]+ MB"),
                    advice);

            // a store from before sizes were kept: the content is estimated from the quad count at the project's bytes per quad
            Files.delete(store.resolve(CompactSize.FILE));
            long estimate = StoreSpace.measure(store, quads).content();
            assertEquals(first.bytes(), estimate, first.bytes() / 4, "the average per quad is off for the seeds");
        }
    }

    @Test
    void anInterruptedRemovalOfTheOldGenerationIsFinishedOnOpen() throws Exception {
        Path store = dir.resolve("store");
        Set<Quad> before;
        try (KgStore s = seeded(store)) {
            before = StoreContents.quads(s);
            // what a compaction killed while removing the old generation leaves: the new one whole, the marker, part of the old one
            DatabaseMgr.compact(s.dataset(), false);
            new Compaction.Marker("Data-0002").write(store);
        }
        try (Stream<Path> files = Files.list(store.resolve("Data-0001"))) {
            List<Path> all = files.sorted().toList();
            for (Path f : all.subList(0, all.size() / 2)) {
                Files.delete(f);
            }
        }
        try (KgStore s = KgStore.open(store)) {
            assertEquals(List.of("Data-0002"), generations(store));
            assertFalse(Files.exists(store.resolve(Compaction.MARKER)));
            assertEquals(before, StoreContents.quads(s));
        }
    }

    @Test
    void anOldGenerationLeftWithoutMarkerGoesAtTheNextCompaction() {
        Path store = dir.resolve("store");
        Set<Quad> before;
        try (KgStore s = seeded(store)) {
            before = StoreContents.quads(s);
            // killed after TDB2 switched to the new generation, before the marker was written: two whole generations
            DatabaseMgr.compact(s.dataset(), false);
        }
        try (KgStore s = KgStore.open(store)) {
            assertEquals(List.of("Data-0001", "Data-0002"), generations(store), "without a marker, nothing is removed on open");
            assertEquals(before, StoreContents.quads(s));
            StoreSpace space = StoreSpace.measure(store, before.size());
            assertTrue(space.folder() > 1.8 * space.content(), "the old generation counts as space to reclaim: " + space);
            Compaction.compact(s);
            assertEquals(List.of("Data-0003"), generations(store));
            assertEquals(before, StoreContents.quads(s));
        }
    }

    @Test
    void aMarkerThatDoesNotNameTheNewestGenerationIsRefusedAndNothingIsDeleted() throws Exception {
        Path store = dir.resolve("store");
        try (KgStore s = seeded(store)) {
            DatabaseMgr.compact(s.dataset(), false);
        }
        new Compaction.Marker("Data-0001").write(store);
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> KgStore.open(store).close());
        assertTrue(e.getMessage().startsWith(store + ": ") && e.getMessage().contains("Data-0001")
                && e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(List.of("Data-0001", "Data-0002"), generations(store));
    }

    @Test
    void theQuadCountReadOffTheIndexesIsTheCount() {
        try (KgStore s = seeded(dir.resolve("store"))) {
            assertEquals(s.size(), QuadCount.of(s));
            org.apache.jena.graph.Node x = org.apache.jena.graph.NodeFactory.createURI("urn:x");
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(Quad.defaultGraphIRI, x, x, x));
            assertEquals(s.size(), QuadCount.of(s), "a triple in the stored default graph counts too");
        }
    }

    @Test
    void aStoreOpenInThisJvmIsNotHeldByAnotherProcess() {
        Path store = dir.resolve("store");
        try (KgStore s = seeded(store)) {
            assertTrue(StoreLock.otherHolder(store).isEmpty());
            assertFalse(StoreLock.whileFree(store, () -> { }), "this JVM holds it");
        }
        assertTrue(StoreLock.otherHolder(store).isEmpty());
        assertTrue(StoreLock.whileFree(store, () -> { }));
        try (KgStore s = KgStore.open(store)) {
            assertTrue(s.size() > 0, "the probe left the store openable");
        }
    }
}
