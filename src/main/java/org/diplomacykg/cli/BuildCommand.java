package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.diplomacykg.extract.UnknownComponentException;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.ingest.InputFormats;
import org.diplomacykg.ingest.JsonlFields;
import org.diplomacykg.ingest.StandardInput;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.progress.BuildProgress;
import org.diplomacykg.progress.ProgressReporter;
import org.diplomacykg.progress.Terminal;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import org.diplomacykg.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads every article in the inputs, extracts and reconciles the facts, and replaces the store's graph in one transaction.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "folders and files to read, in any mix of formats: plain text, HTML pages, RSS/Atom feeds, JSON Lines,"
                    + " WARC crawls (.warc, .warc.gz); '-' reads standard input (default: seeds/ in the project)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--jsonl-fields", split = ",", paramLabel = "FIELD=NAME",
            description = "the member names of JSON Lines records, where they differ from the field names"
                    + " (url, title, published, modified, author, text, html, source), e.g. title=headline,text=body,source=source.name")
    Map<String, String> jsonlFields = new LinkedHashMap<>();

    @Option(names = "--skip-bad", description = "build the good articles and name each bad file or record, instead of failing the whole build")
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

    @Option(names = "--compact", negatable = true,
            description = "compact the store after the build (see kg compact); --no-compact: never. Without either, a store folder over"
                    + " 4 times its content (and 64 MB to win) is compacted, and kg compact is suggested from twice (and 16 MB)")
    Boolean compact;

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JsonlFields fields;
        try {
            fields = JsonlFields.of(jsonlFields);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, jsonlFields.toString());
        }
        if (inputs.stream().filter(StandardInput::isDash).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input ('-') can be read only once");
        }
        GraphBuilder builder;
        try {
            builder = new GraphBuilder(store.iris(), disable, InputFormats.standard(fields));
        } catch (UnknownComponentException e) {
            // a wrong name is bad usage, like an unknown option: exit code 2, before the store is opened
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, String.join(",", disable));
        }
        BuildReport r;
        StandardInput stdin = inputs.stream().anyMatch(StandardInput::isDash) ? StandardInput.save(System.in) : null;
        try {
            List<Path> in = new ArrayList<>();
            for (Path p : inputs) {
                in.add(StandardInput.isDash(p) ? stdin.file() : p.toAbsolutePath().normalize());
            }
            r = buildShowingProgress(builder, in.isEmpty() ? List.of(Home.seeds()) : in);
        } catch (BadInputException e) {
            throw stdin == null ? e : BadInputException.of(e.file(), List.of(stdin.shown(e.getMessage())));
        } finally {
            if (stdin != null) {
                stdin.close();
            }
        }
        for (String bad : r.skipped()) {
            spec.commandLine().getErr().println("kg build: skipped " + (stdin == null ? bad : stdin.shown(bad)));
        }
        for (String note : r.notes()) {
            spec.commandLine().getErr().println("kg build: note: " + (stdin == null ? note : stdin.shown(note)));
        }
        System.out.println(summary(r));
        CompactionAfterBuild.run(store, r.quads(), compact, spec.commandLine().getErr());
        return 0;
    }

    /**
     * Builds with progress on standard error, which keeps standard output for the report alone: a
     * bar on a terminal, plain lines in a log; nothing with {@code --quiet}. The reporter is closed
     * before any error is printed, so an error line never lands inside the bar.
     */
    private BuildReport buildShowingProgress(GraphBuilder builder, List<Path> in) {
        if (quiet) {
            return build(builder, in, store, skipBad, BuildProgress.NONE);
        }
        try (ProgressReporter progress = ProgressReporter.start(spec.commandLine().getErr(), Terminal.detect())) {
            return build(builder, in, store, skipBad, progress.progress());
        }
    }

    static BuildReport build(GraphBuilder builder, Path input, StoreOptions options, boolean skipBad) {
        return build(builder, List.of(input), options, skipBad, BuildProgress.NONE);
    }

    static BuildReport build(GraphBuilder builder, List<Path> inputs, StoreOptions options, boolean skipBad) {
        return build(builder, inputs, options, skipBad, BuildProgress.NONE);
    }

    static BuildReport build(GraphBuilder builder, List<Path> inputs, StoreOptions options, boolean skipBad, BuildProgress progress) {
        Path dir = options.store();
        try (KgStore s = KgStore.open(dir)) {
            return builder.build(inputs, s, skipBad, progress);
        } catch (StoreInUseException e) {
            throw e.advising("a served store takes new articles while it serves: start kg serve with --watch DIR,"
                    + " or POST to its /kg/build (see 'Live updates' in the README); or stop the server and build then");
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
        String skipped = r.skipped().isEmpty() ? "" : "; " + r.skipped().size() + " bad input(s) skipped";
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
