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
 * Fills an empty store with TDB2's default (phased) bulk loader, about twice as fast as adding
 * quads in a write transaction. That loader writes its indexes in separate steps, so a crash in
 * the middle could leave them disagreeing; a marker file, made durable before the load and
 * removed after it, records that a load was under way, and opening a store that still has the
 * marker throws the partial load away, back to the empty store the build started from. A store
 * that holds data is never bulk-loaded: its rebuilds go through one write transaction.
 */
final class InitialLoad {
    static final String MARKER = "kg-initial-load.unfinished";
    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

    private InitialLoad() {
    }

    static void load(Path dir, DatasetGraph dsg, Map<Node, Set<Triple>> graphs) {
        Path marker = dir.resolve(MARKER);
        try {
            Files.writeString(marker, "a bulk load into this empty store started and has not finished\n");
            force(marker);
            force(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write to the store folder (" + e.getMessage() + ")", e);
        }
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader loader = LoaderFactory.phasedLoader(dsg, quiet);
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            graphs.forEach((g, triples) -> triples.forEach(t -> out.quad(org.apache.jena.sparql.core.Quad.create(g, t))));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
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
