package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diplomacykg.extract.UnknownComponentException;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.progress.BuildProgress;
import org.diplomacykg.progress.ProgressReporter;
import org.diplomacykg.progress.Terminal;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads every article in the input folder, extracts and reconciles the facts, and replaces the store's graph in one transaction.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "DIR", description = "folder of article files (default: seeds/ in the project)")
    Path input;

    @Option(names = "--skip-bad", description = "build the good articles and name each bad file, instead of failing the whole build")
    boolean skipBad;

    @Option(names = "--quiet", description = "show no progress while building (errors and the final report are still printed)")
    boolean quiet;

    @Option(names = "--disable", split = ",", paramLabel = "NAME", completionCandidates = ComponentNames.class,
            description = "switch off these extraction components (comma-separated), of: ${COMPLETION-CANDIDATES}")
    Set<String> disable = new LinkedHashSet<>();

    /** The components' names, read off the pipeline itself (so a new kind's component is listed) when the help is shown. */
    static final class ComponentNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return FactKinds.pipeline(Set.of()).names().iterator();
        }
    }

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path in = input != null ? input.toAbsolutePath().normalize() : Home.seeds();
        GraphBuilder builder;
        try {
            builder = new GraphBuilder(store.iris(), disable);
        } catch (UnknownComponentException e) {
            // a wrong name is bad usage, like an unknown option: exit code 2, before the store is opened
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, String.join(",", disable));
        }
        BuildReport r = buildShowingProgress(builder, in);
        for (String bad : r.skipped()) {
            spec.commandLine().getErr().println("kg build: skipped " + bad);
        }
        for (String note : r.notes()) {
            spec.commandLine().getErr().println("kg build: note: " + note);
        }
        System.out.println(summary(r));
        return 0;
    }

    /**
     * Builds with progress on standard error, which keeps standard output for the report alone: a
     * bar on a terminal, plain lines in a log; nothing with {@code --quiet}. The reporter is closed
     * before any error is printed, so an error line never lands inside the bar.
     */
    private BuildReport buildShowingProgress(GraphBuilder builder, Path in) {
        if (quiet) {
            return build(builder, in, store, skipBad, BuildProgress.NONE);
        }
        try (ProgressReporter progress = ProgressReporter.start(spec.commandLine().getErr(), Terminal.detect())) {
            return build(builder, in, store, skipBad, progress.progress());
        }
    }

    static BuildReport build(GraphBuilder builder, Path input, StoreOptions options, boolean skipBad, BuildProgress progress) {
        Path dir = options.store();
        try (KgStore s = KgStore.open(dir)) {
            return builder.build(input, s, skipBad, progress);
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

    /**
     * Two lines: what was built and the time of each phase; then the time of each extraction
     * component and of the NLP stage, which only the articles extracted in this build cost.
     */
    static String summary(BuildReport r) {
        String skipped = r.skipped().isEmpty() ? "" : "; " + r.skipped().size() + " bad file(s) skipped";
        StringBuilder facts = new StringBuilder();
        r.facts().forEach((kind, n) -> facts.append(", ").append(n).append(' ').append(kind));
        String built = String.format(Locale.ROOT, "built %d articles (%d extracted, %d unchanged): %d people%s;"
                        + " %d triples (%d quads; %d added, %d removed) in %.2f s (%s)",
                r.articles(), r.extracted(), r.reused(), r.people(), facts,
                r.triples(), r.quads(), r.added(), r.removed(), r.millis() / 1000.0, r.phases()) + skipped;
        String work = String.format(Locale.ROOT, "components, over the %d article(s) extracted in this build and summed over threads: %s; nlp: %s",
                r.extracted(), r.components(), r.nlp().describe());
        return built + System.lineSeparator() + work;
    }
}
