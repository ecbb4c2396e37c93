package org.diplomacykg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty store with one of TDB2's bulk loaders (the sequential one: it works in the
 * calling thread, so a failure such as a full disk surfaces as an exception instead of a stuck
 * worker), much faster than adding quads one by one in a write transaction. A bulk loader writes
 * its indexes in separate steps, so a crash in the middle could leave them disagreeing; a marker
 * file, made durable before the load and removed after it, records that a load was under way, and
 * opening a store that still has the marker throws the partial load away, back to the empty store
 * the build started from. A store that holds data is never bulk-loaded: its rebuilds go through
 * one write transaction.
 */
final class InitialLoad {
    static final String MARKER = "kg-initial-load.unfinished";
    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private InitialLoad() {
    }

    /**
     * Loads {@code graphs}; {@code gate} must then return normally for the load to stand: when it
     * throws, everything loaded is removed again, and the marker goes only after that. {@code written}
     * hears how many quads each graph handed to the loader.
     */
    static void load(Path dir, DatasetGraph dsg, Map<Node, Set<Triple>> graphs, Runnable gate, java.util.function.LongConsumer written) {
        Path marker = dir.resolve(MARKER);
        try {
            Files.writeString(marker, "a bulk load into this empty store started and has not finished\n");
            force(marker);
            force(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write to the store folder (" + e.getMessage() + ")", e);
        }
        MonitorOutput quiet = (fmt, args) -> { };
        // the sequential loader works in this thread: the phased one works in threads of its own, and when
        // one of them dies (a full disk faults a memory-mapped write: InternalError) it waits for it forever
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, quiet);
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            graphs.forEach((g, triples) -> {
                triples.forEach(t -> out.quad(org.apache.jena.sparql.core.Quad.create(g, t)));
                written.accept(triples.size());
            });
            loader.finishBulk();
        } catch (RuntimeException | InternalError e) {
            try {
                loader.finishException(e instanceof RuntimeException r ? r : new RuntimeException(e));
            } catch (RuntimeException | InternalError ending) {
                e.addSuppressed(ending); // the marker stays: the next open discards this load
            }
            throw e;
        }
        try {
            gate.run();
        } catch (RuntimeException | Error e) {
            // a crash during this clean-up leaves the marker: the next open discards the load
            org.apache.jena.system.Txn.executeWrite(dsg, dsg::clear);
            removeMarker(dir, marker);
            throw e;
        }
        removeMarker(dir, marker);
        StoreStats.refresh(dsg); // before the size is measured: the optimiser's statistics are part of a fresh store
        recordSize(dir, graphs.values().stream().mapToLong(Set::size).sum());
    }

    /** A freshly loaded database holds nothing but its content: measured now, it calibrates later estimates of the content. */
    private static void recordSize(Path dir, long quads) {
        try {
            CompactSize.record(dir, quads);
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot keep the store's size after loading ({}); its content is estimated from the quad count alone", dir, e.getMessage());
        }
    }

    private static void removeMarker(Path dir, Path marker) {
        try {
            Files.delete(marker);
            force(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": loaded, but cannot remove " + MARKER + " (" + e.getMessage() + ")", e);
        }
    }

    /** Before a store is opened: a load that did not finish is discarded, leaving an empty folder. */
    static void discardUnfinished(Path dir) {
        if (!Files.exists(dir.resolve(MARKER))) {
            return;
        }
        LOG.warn("{}: discarding a first load into this store that did not finish (the store was empty before it)", dir);
        try (Stream<Path> s = Files.walk(dir)) {
            // the marker goes last, so a crash while cleaning up is cleaned up again next time
            for (Path p : s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir) && !p.endsWith(MARKER)).toList()) {
                Files.delete(p);
            }
            Files.delete(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot discard an unfinished load (" + e.getMessage() + ")", e);
        }
    }

    private static void force(Path p) throws IOException {
        try (FileChannel c = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }
}
