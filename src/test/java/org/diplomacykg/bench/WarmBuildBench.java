package org.diplomacykg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.store.KgStore;

/**
 * Builds one input folder several times in one JVM, each into a fresh store, and prints the
 * median build time of the warm runs (the first run warms the JVM and is left out).
 * usage: WarmBuildBench INPUT WORKDIR [RUNS]
 */
public final class WarmBuildBench {
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        GraphBuilder builder = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));
        List<Double> seconds = new ArrayList<>();
        BuildReport last = null;
        for (int r = 0; r < runs; r++) {
            try (KgStore s = KgStore.open(work.resolve("run-" + r))) {
                long t0 = System.nanoTime();
                last = builder.build(input, s);
                double t = (System.nanoTime() - t0) / 1e9;
                if (r > 0) {
                    seconds.add(t);
                }
            }
        }
        double median = StoreWriteBench.median(seconds);
        System.out.printf("%s: %d articles, %d triples; warm build median %.2f s over %d runs (%.1f articles/s, %.0f triples/s)%n",
                input, last.articles(), last.triples(), median, seconds.size(), last.articles() / median, last.triples() / median);
    }
}
