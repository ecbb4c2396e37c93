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
        quads.forEach(q -> graphs.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.asTriple()));
        List<Double> ours = new ArrayList<>();
        Map<String, List<Double>> loaders = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            Path a = work.resolve("ours-" + r);
            long t0 = System.nanoTime();
            try (KgStore s = KgStore.open(a)) {
                s.sync(graphs);
            }
            ours.add((System.nanoTime() - t0) / 1e9);
            for (String kind : List.of("basic", "sequential", "phased", "parallel")) {
                Path b = work.resolve(kind + "-" + r);
                long t1 = System.nanoTime();
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(b.toString()));
                MonitorOutput quiet = (fmt, fmtArgs) -> { };
                DataLoader loader = switch (kind) {
                    case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
                    case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
                    case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
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
        System.out.printf("quads %d, medians of %d runs: ours (one write transaction, crash-safe) %.2f s = %.0f quads/s%n",
                quads.size(), runs, o, quads.size() / o);
        loaders.forEach((kind, times) -> {
            double t = median(times);
            System.out.printf("  Jena %s loader %.2f s = %.0f quads/s; ours/loader speed ratio %.2f%n", kind, t, quads.size() / t, t / o);
        });
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }
}
