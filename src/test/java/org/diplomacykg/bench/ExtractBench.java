package org.diplomacykg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.pipeline.InputSet;

/**
 * Extraction alone (read, clean, CoreNLP where it pays, the pipeline's components), repeated in
 * one JVM; median of the warm runs. Each run has new worker threads and so new annotators: the
 * sentence cache starts empty every pass, as it would for new articles.
 * usage: ExtractBench INPUT[,INPUT...] [RUNS]
 */
public final class ExtractBench {
    public static void main(String[] args) {
        List<Path> files = new ArrayList<>();
        for (String dir : args[0].split(",")) {
            files.addAll(InputSet.list(Path.of(dir)));
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        GraphBuilder builder = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));
        List<Double> seconds = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            builder.extractAll(files);
            if (r > 0) {
                seconds.add((System.nanoTime() - t0) / 1e9);
            }
        }
        double m = StoreWriteBench.median(seconds);
        System.out.printf("%d articles: extraction median %.3f s over %d warm runs = %.1f articles/s%n",
                files.size(), m, seconds.size(), files.size() / m);
    }
}
