package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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

    private KgStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (or creates) the store in {@code dir}; refuses a folder that holds something else. */
    public static KgStore open(Path dir) {
        checkIsStoreOrEmpty(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create store folder (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(dir + ": store folder is not writable");
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KgStore(dir, dsg);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open TDB2 store (" + e.getMessage() + ")", e);
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
        dsg.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
