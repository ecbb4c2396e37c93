package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads every article in the input folder, extracts and reconciles the facts, and replaces the store's graph in one transaction.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "DIR", description = "folder of article files (default: seeds/ in the project)")
    Path input;

    @Option(names = "--skip-bad", description = "build the good articles and name each bad file, instead of failing the whole build")
    boolean skipBad;

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path in = input != null ? input.toAbsolutePath().normalize() : Home.seeds();
        BuildReport r = build(in, store, skipBad);
        for (String bad : r.skipped()) {
            spec.commandLine().getErr().println("kg build: skipped " + bad);
        }
        System.out.println(summary(r));
        return 0;
    }

    static BuildReport build(Path input, StoreOptions options, boolean skipBad) {
        GraphBuilder builder = new GraphBuilder(options.iris());
        Path dir = options.store();
        try (KgStore s = KgStore.open(dir)) {
            return builder.build(input, s, skipBad);
        } catch (RuntimeException | InternalError e) {
            throw storageFailure(dir, e);
        }
    }

    /**
     * A full disk or an I/O error under the store becomes a one-line error naming the folder; the
     * write transaction was not committed, so the store keeps its previous graph. Other failures
     * are rethrown as they are.
     */
    static RuntimeException storageFailure(Path dir, Throwable e) {
        StoreException s = StoreException.ofStorageFailure(dir, e, "the build was not saved and the store is as it was before");
        if (s != null) {
            return s;
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        throw (Error) e;
    }

    static String summary(BuildReport r) {
        String skipped = r.skipped().isEmpty() ? "" : "; " + r.skipped().size() + " bad file(s) skipped";
        StringBuilder facts = new StringBuilder();
        r.facts().forEach((kind, n) -> facts.append(", ").append(n).append(' ').append(kind));
        return String.format("built %d articles (%d extracted, %d unchanged): %d people%s;"
                        + " %d triples (%d quads; %d added, %d removed) in %.2f s (%s)",
                r.articles(), r.extracted(), r.reused(), r.people(), facts,
                r.triples(), r.quads(), r.added(), r.removed(), r.millis() / 1000.0, r.phases()) + skipped;
    }
}
