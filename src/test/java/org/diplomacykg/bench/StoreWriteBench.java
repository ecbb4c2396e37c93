package org.diplomacykg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.store.KgStore;

/**
 * Store writing against Jena's own TDB2 loader: the same quads (an N-Quads file) into an empty
 * store, several runs each, medians. usage: StoreWriteBench FILE.nq WORKDIR [RUNS]
 */
public final class StoreWriteBench {
    public static void main(String[] args) throws IOException {
        Path nq = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        DatasetGraph mem = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(StreamRDFLib.dataset(mem));
        List<Quad> quads = new ArrayList<>();
        mem.find().forEachRemaining(quads::add);
        Map<Node, Set<Triple>> graphs = new LinkedHashMap<>();
        quads.forEach(q -> graphs.computeIfAbsent(q.getGraph(), g -> new java.util.LinkedHashSet<>()).add(q.asTriple()));
        List<Double> ours = new ArrayList<>();
        List<Double> oursTxn = new ArrayList<>();
        Map<String, List<Double>> loaders = new LinkedHashMap<>();
        Node other = org.apache.jena.graph.NodeFactory.createURI("urn:x-bench:other");
        Triple one = Triple.create(other, other, other);
        for (int r = 0; r < runs; r++) {
            Path a = work.resolve("ours-" + r);
            long t0 = System.nanoTime();
            try (KgStore s = KgStore.open(a)) {
                s.sync(graphs); // empty store: the first-build path
            }
            ours.add((System.nanoTime() - t0) / 1e9);
            Path c = work.resolve("ours-txn-" + r);
            try (KgStore s = KgStore.open(c)) {
                s.sync(Map.of(other, Set.of(one))); // a store that holds data: every later build's path
                Map<Node, Set<Triple>> plus = new LinkedHashMap<>(graphs);
                plus.put(other, Set.of(one));
                long t2 = System.nanoTime();
                s.sync(plus);
                oursTxn.add((System.nanoTime() - t2) / 1e9);
            }
            for (String kind : List.of("phased", "sequential")) { // the default loader, and the one a first build uses
                Path b = work.resolve(kind + "-" + r);
                long t1 = System.nanoTime();
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(b.toString()));
                MonitorOutput quiet = (fmt, fmtArgs) -> { };
                DataLoader loader = switch (kind) {
                    case "phased" -> LoaderFactory.createLoader(dsg, quiet); // the default loader is the phased one
                    case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
                    case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
                    default -> LoaderFactory.parallelLoader(dsg, quiet);
                };
                loader.startBulk();
                var stream = loader.stream();
                quads.forEach(stream::quad);
                loader.finishBulk();
                dsg.close();
                TDBInternal.expel(dsg);
                loaders.computeIfAbsent(kind, k -> new ArrayList<>()).add((System.nanoTime() - t1) / 1e9);
            }
        }
        double o = median(ours);
        double ot = median(oursTxn);
        System.out.printf("quads %d, medians of %d runs: ours, first build %.2f s = %.0f quads/s; ours, into a store with data %.2f s = %.0f quads/s%n",
                quads.size(), runs, o, quads.size() / o, ot, quads.size() / ot);
        double phased = median(loaders.get("phased"));
        System.out.printf(java.util.Locale.ROOT, "| store writing, %,d quads into an empty store: ours vs Jena's default loader "
                + "(LoaderFactory.createLoader = phased), target ≥ 0.8× | %.0f vs %.0f quads/s, ratio %.2f %s (medians of %d) |%n",
                quads.size(), quads.size() / o, quads.size() / phased, phased / o, phased / o >= 0.8 ? "✅" : "❌", runs);
        loaders.forEach((kind, times) -> {
            double t = median(times);
            System.out.printf("  Jena %s loader %.2f s = %.0f quads/s; ours/loader speed ratio %.2f%n", kind, t, quads.size() / t, t / o);
            System.out.printf(java.util.Locale.ROOT, "| Jena's %s loader, same quads | %.0f quads/s (ours first build / this: %.2f; "
                    + "ours into a store with data / this: %.2f) |%n", kind, quads.size() / t, t / o, t / ot);
        });
        System.out.printf(java.util.Locale.ROOT, "| store writing, same quads into a store that already holds data (one write "
                + "transaction, the path of every rebuild) | %.0f quads/s |%n", quads.size() / ot);
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }
}
