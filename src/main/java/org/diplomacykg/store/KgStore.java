package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.diplomacykg.map.Dip;

/**
 * The embedded TDB2 store. Its default graph is the union of the named graphs, so queries need
 * no GRAPH clause. A build replaces the whole content in one write transaction: if anything
 * fails before the commit, readers and the next start see the previous graph, untouched.
 */
public final class KgStore implements AutoCloseable {
    /** Files and folders TDB2 creates; a non-empty folder with anything else is not ours to overwrite. */
    private static final Set<String> TDB2_NAMES = Set.of("tdb.lock", "tdb.cfg");

    private final Path dir;
    private final DatasetGraph dsg;
    private volatile boolean bulkLoadAllowed = true;
    /** Committed content whose optimiser statistics are not written yet (a served store writes them at {@link #close}). */
    private volatile boolean statsStale;

    private KgStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens (or creates) the store in {@code dir}; refuses a folder that holds something else. A
     * new store that cannot be created (a full disk) is removed again, so the folder is left empty.
     */
    public static KgStore open(Path dir) {
        InitialLoad.discardUnfinished(dir);
        Compaction.finishUnfinished(dir);
        checkIsStoreOrEmpty(dir);
        boolean fresh = !exists(dir);
        boolean folderMade = !Files.exists(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(dir, e, "the store folder was not created", "cannot create store folder");
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(dir + ": " + StoreException.readOnly(dir)
                    + "; TDB2 needs write access to open a store, even to read it: to serve or query it, copy it to a writable folder");
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KgStore(dir, dsg);
        } catch (RuntimeException | InternalError e) {
            StoreInUseException inUse = StoreInUseException.of(dir, e);
            if (inUse != null) {
                throw inUse;
            }
            if (fresh) {
                // a half-initialised database would fail every later open: leave the folder as it was
                removeNewStore(dir, folderMade);
            }
            throw failure(dir, e, fresh ? "no store was created" : "the store was not changed", "cannot open TDB2 store");
        }
    }

    private static StoreException failure(Path dir, Throwable e, String outcome, String what) {
        StoreException s = StoreException.ofStorageFailure(dir, e, outcome);
        return s != null ? s : new StoreException(dir + ": " + what + " (" + e.getMessage() + ")", e);
    }

    /** Deletes what TDB2 wrote into a folder that was empty or missing before {@link #open}. */
    private static void removeNewStore(Path dir, boolean folderMade) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) || folderMade) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the error about the failed open is what the user needs
        }
    }

    /** True when {@code dir} exists and holds a TDB2 database. */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && isTdb2(dir);
    }

    static void checkIsStoreOrEmpty(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + ": is a file, not a TDB2 store folder");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent() && !isTdb2(dir)) {
                throw new StoreException(dir + ": not a TDB2 store (the folder holds other files); "
                        + "give an empty or new folder, or an existing store");
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read folder (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .anyMatch(n -> TDB2_NAMES.contains(n) || n.matches("Data-\\d{4}"));
        } catch (IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Replaces everything in the store with {@code quads}, atomically. Returns the number of
     * distinct quads stored (duplicates in the input are stored once).
     */
    public long replaceAll(Iterator<Quad> quads) {
        return Txn.calculateWrite(dsg, () -> {
            dsg.clear();
            while (quads.hasNext()) {
                dsg.add(quads.next());
            }
            return Iter.count(dsg.find());
        });
    }

    /**
     * From now on every {@link #sync} writes in one write transaction, even into an empty store: a
     * serving process's readers would otherwise see the bulk loader's separate steps, and a load
     * that fails its check is cleared only afterwards, in a transaction of its own.
     */
    public void forbidBulkLoad() {
        bulkLoadAllowed = false;
    }

    /** What a synchronisation changed. */
    public record SyncResult(long added, long removed, long quads) {
    }

    /**
     * Makes the store hold exactly {@code graphs} (graph name to its triples), atomically, by
     * removing what is no longer there and adding what is new: an unchanged graph is not
     * touched, so a build with one article added writes only what that article brings. An empty
     * store is filled by Jena's bulk loader instead ({@link InitialLoad}): a crash during that load
     * leaves a store that the next {@link #open} empties again, the state before the build.
     */
    public SyncResult sync(Map<Node, Set<Triple>> graphs) {
        return sync(graphs, () -> { });
    }

    /**
     * As {@link #sync(Map)}, with a gate: {@code check} runs in another thread while the store is
     * written (on two cores, validation and writing overlap), and the new content is committed
     * only when it returns normally. When it throws, the write is rolled back (a first load is
     * discarded, leaving the store empty as before) and its exception is rethrown.
     */
    public SyncResult sync(Map<Node, Set<Triple>> graphs, Runnable check) {
        return sync(graphs, check, n -> { });
    }

    /**
     * As {@link #sync(Map, Runnable)}; {@code written} hears, graph by graph, how many of the
     * given quads have been handed to the store (their sum reaches the total before the indexes
     * are finished and the write is committed), so a long build can show how far the store is.
     */
    public SyncResult sync(Map<Node, Set<Triple>> graphs, Runnable check, java.util.function.LongConsumer written) {
        long total = graphs.values().stream().mapToLong(Set::size).sum();
        java.util.concurrent.CompletableFuture<Void> gate = java.util.concurrent.CompletableFuture.runAsync(check, GATE);
        if (bulkLoadAllowed && Txn.calculateRead(dsg, () -> !dsg.find().hasNext())) {
            // nothing stored yet, so nothing to keep safe: a Jena bulk loader, guarded by a marker
            InitialLoad.load(dir, dsg, graphs, () -> passes(gate), written); // writes the optimiser's statistics too
            return new SyncResult(total, 0, total);
        }
        boolean committed = false;
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            SyncResult r = applyDelta(graphs, total, written);
            passes(gate);
            dsg.commit();
            committed = true;
            return r;
        } catch (RuntimeException | Error e) {
            dsg.abort();
            gate.cancel(true);
            throw e;
        } finally {
            dsg.end();
            if (committed) {
                if (bulkLoadAllowed) {
                    // counts for the optimiser, from what was just committed (see StoreStats: read at the next open)
                    StoreStats.refresh(dsg);
                } else {
                    // a served store reads its statistics only at the next open, so a live build (every few
                    // seconds, a full scan each) would write them for nobody: once, at close, is enough
                    statsStale = true;
                }
            }
        }
    }

    private static final java.util.concurrent.Executor GATE = r -> {
        Thread t = new Thread(r, "kg-store-gate");
        t.setDaemon(true);
        t.start();
    };

    /** Waits for the gate; rethrows what the check threw, as it was thrown. */
    private static void passes(java.util.concurrent.CompletableFuture<Void> gate) {
        try {
            gate.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private SyncResult applyDelta(Map<Node, Set<Triple>> graphs, long total, java.util.function.LongConsumer written) {
        long added = 0;
        long removed = 0;
        List<Node> existing = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(existing::add);
        for (Node g : existing) {
            if (!graphs.containsKey(g)) {
                removed += Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
                dsg.removeGraph(g);
            }
        }
        if (dsg.getDefaultGraph().size() > 0) {
            removed += dsg.getDefaultGraph().size();
            dsg.getDefaultGraph().clear();
        }
        for (Map.Entry<Node, Set<Triple>> e : graphs.entrySet()) {
            Node g = e.getKey();
            Set<Triple> wanted = e.getValue();
            if (wanted.stream().anyMatch(KgStore::hasBlankNode)) {
                // blank nodes get new labels on every parse: compare such a graph up to isomorphism, replace it whole
                Graph now = GraphFactory.createDefaultGraph();
                wanted.forEach(now::add);
                Graph before = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> before.add(q.asTriple()));
                if (!now.isIsomorphicWith(before)) {
                    removed += before.size();
                    dsg.removeGraph(g);
                    wanted.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                    added += wanted.size();
                }
                written.accept(wanted.size());
                continue;
            }
            Set<Triple> present = new HashSet<>();
            List<Triple> stale = new ArrayList<>();
            Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                if (wanted.contains(t)) {
                    present.add(t);
                } else {
                    stale.add(t);
                }
            }
            for (Triple t : stale) {
                dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
            removed += stale.size();
            for (Triple t : wanted) {
                if (!present.contains(t)) {
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    added++;
                }
            }
            written.accept(wanted.size());
        }
        // afterwards the store holds exactly the given graphs, and each graph's triples are a set
        return new SyncResult(added, removed, total);
    }

    private static boolean hasBlankNode(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }

    /** The digest of the input the graph was built from, or null for an empty store. */
    public String inputDigest(Node metaGraph, Node build) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(metaGraph, build, Dip.inputDigest, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    public long size() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    public static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @Override
    public void close() {
        if (statsStale) {
            StoreStats.refresh(dsg);
        }
        dsg.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
