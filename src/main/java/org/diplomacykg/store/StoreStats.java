package org.diplomacykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statistics for TDB2's query optimiser: {@code stats.opt} in the current {@code Data-NNNN} folder
 * (what {@code tdb2.tdbstats} prints, but over every quad: the store keeps everything in named
 * graphs and queries their union). With the file there, TDB2 orders the patterns of each basic
 * graph pattern by how many triples each predicate has ({@code ReorderLib.weighted}) instead of by
 * its fixed rules.
 *
 * <p>TDB2 reads the file when it opens the database ({@code DatabaseOps.chooseReorderTransformation})
 * and keeps the transformation in a final field of the open {@code DatasetGraphTDB}: a process that
 * already has the store open goes on with what it read at open (a server picks up new statistics
 * when it is restarted); every {@code kg query} and every later open uses the new file.
 */
public final class StoreStats {
    private static final Logger LOG = LoggerFactory.getLogger(StoreStats.class);

    /** The file TDB2 looks for in the database folder. */
    public static final String FILE = "stats.opt";

    private StoreStats() {
    }

    /** Where the statistics of this open store go: its current Data-NNNN folder. */
    public static Path file(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return Path.of(tdb.getLocation().getDirectoryPath()).resolve(FILE);
    }

    /** Counts the store's quads by predicate (and rdf:type object), in a read transaction, on node ids (no node is decoded but the predicates). */
    public static StatsResults gather(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return Txn.calculateRead(dsg, () -> {
            StatsCollectorNodeId collector = new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
            Iterator<Tuple<NodeId>> quads = tdb.getQuadTable().getNodeTupleTable().findAll();
            while (quads.hasNext()) {
                Tuple<NodeId> q = quads.next();
                collector.record(q.get(0), q.get(1), q.get(2), q.get(3));
            }
            Iterator<Tuple<NodeId>> triples = tdb.getTripleTable().getNodeTupleTable().findAll();
            while (triples.hasNext()) {
                Tuple<NodeId> t = triples.next();
                collector.record(null, t.get(0), t.get(1), t.get(2));
            }
            return collector.results();
        });
    }

    /**
     * Writes {@code stats.opt} for the open store into its current Data-NNNN folder: to a temporary
     * file in that folder, then moved over the old one, so TDB2 never opens half a file.
     * Returns the count written (the number of quads).
     */
    public static long write(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        StatsResults results = gather(dsg);
        Path target = file(dsg);
        Path tmp = target.resolveSibling(FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Stats.write(out, results);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is left behind; TDB2 does not read it
            }
            throw new UncheckedIOException(target + ": cannot write the optimiser statistics (" + e.getMessage() + ")", e);
        }
        LOG.debug("{}: {} quads counted in {} ms", target, results.getCount(), (System.nanoTime() - t0) / 1_000_000);
        return results.getCount();
    }

    /**
     * As {@link #write}, but a failure only warns: statistics only speed queries up, and a store
     * whose content is committed must not be reported as a failed build because of them. The old
     * file, if any, is removed then, so the optimiser never works from counts of other content.
     */
    public static void refresh(DatasetGraph dsg) {
        try {
            write(dsg);
        } catch (RuntimeException e) {
            LOG.warn("optimiser statistics not written: {}", e.getMessage());
            try {
                Files.deleteIfExists(file(dsg));
            } catch (IOException | RuntimeException ignored) {
                // nothing more to do: queries still answer, with Jena's fixed pattern order or stale counts
            }
        }
    }
}
