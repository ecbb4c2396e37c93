package org.diplomacykg.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.diplomacykg.extract.LexiconParseFilter;
import org.diplomacykg.extract.Pipeline;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.ingest.InputFormats;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.GraphMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.nlp.CoreNlp;
import org.diplomacykg.nlp.CoreNlpAnnotator;
import org.diplomacykg.nlp.ParseFilter;
import org.diplomacykg.progress.BuildProgress;
import org.diplomacykg.reconcile.ReconciledGraph;
import org.diplomacykg.reconcile.Reconciler;
import org.diplomacykg.store.KgStore;

/**
 * Runs the whole flow once: ingest → nlp → extract → reconcile → map → store. Everything up to
 * the store happens in memory first, so a bad article stops the build before the store is
 * touched; the store then swaps its content in a single write transaction.
 */
public final class GraphBuilder {
    public static final String ONTOLOGY_RESOURCE = "/ontology/diplomacy.ttl";

    private final Iris iris;
    private final InputFormats formats;
    private final Pipeline pipeline;
    private final List<String> disabled;
    private final ParallelExtraction extraction;
    private final List<FactKind<?>> kinds = FactKinds.ALL;
    private final Reconciler reconciler = new Reconciler(kinds);

    public GraphBuilder(Iris iris) {
        this(iris, Set.of());
    }

    /**
     * A builder whose extraction leaves out the components named in {@code disabled}.
     *
     * @throws org.diplomacykg.extract.UnknownComponentException when a name is not a component's
     */
    public GraphBuilder(Iris iris, Set<String> disabled) {
        this(iris, disabled, InputFormats.standard());
    }

    /**
     * A builder that reads its input with {@code formats} (the standard ones, perhaps with renamed
     * JSON Lines fields) and whose extraction leaves out the components named in {@code disabled}.
     */
    public GraphBuilder(Iris iris, Set<String> disabled, InputFormats formats) {
        this.iris = iris;
        this.formats = formats;
        this.pipeline = FactKinds.pipeline(disabled);
        this.disabled = disabled.stream().sorted().toList();
        ParseFilter filter = new LexiconParseFilter(Lexicon.standard());
        this.extraction = new ParallelExtraction(() -> new CoreNlpAnnotator(filter), pipeline, Runtime.getRuntime().availableProcessors(),
                formats);
    }

    /** Reads and extracts every article; all bad files are reported together, by name. */
    public List<ArticleFacts> extractAll(List<Path> files) {
        return extraction.run(files, FactsCache.none()).facts();
    }

    /** The store's graphs (graph name to its triples, in mapping order) and the distinct triples of their union. */
    public record Mapped(Map<Node, Set<Triple>> graphs, long triples) {
    }

    public Mapped graphs(ReconciledGraph graph, String digest) {
        // in mapping order: each subject's triples together, which the store's indexes take much faster
        Map<Node, Set<Triple>> graphs = new LinkedHashMap<>();
        java.util.function.Consumer<Quad> add = q -> graphs.computeIfAbsent(q.getGraph(), g -> new LinkedHashSet<>()).add(q.asTriple());
        new GraphMapper(iris, kinds).map(graph, add);
        ontology(add);
        Node meta = iris.metaGraph();
        Node build = iris.build();
        add.accept(Quad.create(meta, build, Dip.inputDigest, NodeFactory.createLiteralString(digest)));
        add.accept(Quad.create(meta, build, Dip.builtAt,
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        add.accept(Quad.create(meta, build, Dip.articleCount,
                NodeFactory.createLiteralDT(Integer.toString(graph.articles().size()), XSDDatatype.XSDnonNegativeInteger)));
        // VoID/DCAT, its counts include itself
        org.diplomacykg.describe.VoidDescription.Description d = new org.diplomacykg.describe.VoidDescription(iris).describe(graphs);
        d.quads().forEach(add);
        return new Mapped(graphs, d.triples());
    }

    private void ontology(java.util.function.Consumer<Quad> out) {
        Node g = iris.ontologyGraph();
        try (InputStream in = GraphBuilder.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ontology resource " + ONTOLOGY_RESOURCE + " missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).toGraph().find().forEachRemaining(t -> out.accept(Quad.create(g, t)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read ontology: " + e.getMessage(), e);
        }
    }

    public BuildReport build(Path inputDir, KgStore store) {
        return build(inputDir, store, false);
    }

    /**
     * Builds the store from {@code inputDir}. With {@code skipBad}, bad article files and records
     * are left out and named in the report; without it, any bad one fails the build before the
     * store is touched.
     */
    public BuildReport build(Path inputDir, KgStore store, boolean skipBad) {
        return build(List.of(inputDir), store, skipBad, BuildProgress.NONE);
    }

    /** As {@link #build(Path, KgStore, boolean)}, from several folders and files of any input format, mixed. */
    public BuildReport build(List<Path> inputs, KgStore store, boolean skipBad) {
        return build(inputs, store, skipBad, BuildProgress.NONE);
    }

    /** As {@link #build(List, KgStore, boolean)}, telling {@code progress} each phase as it starts and each article as it is done. */
    public BuildReport build(List<Path> inputs, KgStore store, boolean skipBad, BuildProgress progress) {
        long t0 = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        progress.phase("read");
        List<Path> files = InputSet.list(inputs);
        String digest = BuildDigest.of(files, formats.describe());
        clock.lap("read");
        boolean modelsLoaded = CoreNlp.loaded();
        Map<String, Long> componentsBefore = pipeline.nanos();
        // a feed, a JSON Lines file or a crawl holds an unknown number of articles: then no total, no ETA
        boolean onePerFile = files.stream().map(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT))
                .allMatch(n -> n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm"));
        progress.phase("extract", "articles", onePerFile ? files.size() : -1);
        ParallelExtraction.Result extracted = extraction.run(files, new FactsCache(store.dir(), BuildDigest.builderStamp(disabled)), skipBad,
                () -> progress.advance(1));
        List<ArticleFacts> facts = extracted.facts();
        clock.lap("extract");
        Map<String, Long> componentMillis = new LinkedHashMap<>();
        pipeline.nanos().forEach((name, ns) -> componentMillis.put(name, (ns - componentsBefore.get(name)) / 1_000_000));
        // the models load once per process: a build reports their load time only if it did the loading
        long modelMillis = !modelsLoaded && CoreNlp.loaded() ? CoreNlp.shared().loadMillis() : -1;
        NlpStats nlp = new NlpStats(modelMillis, extracted.annotateMillis(), extracted.sentences());
        progress.phase("reconcile");
        ReconciledGraph graph = reconciler.reconcile(facts);
        clock.lap("reconcile");
        progress.phase("map");
        Mapped mapped = graphs(graph, digest);
        Map<Node, Set<Triple>> graphs = mapped.graphs();
        clock.lap("map");
        progress.phase("store", "quads", graphs.values().stream().mapToLong(Set::size).sum());
        // SHACL check on the in-memory graphs, alongside the write: on violations nothing is committed
        Runnable check = org.diplomacykg.validate.ValidatedSync.timedCheck(graphs, ms -> clock.record("validate", ms));
        KgStore.SyncResult sync = store.sync(graphs, alongside(check, progress), progress::advance);
        clock.lap("store");
        progress.done();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Integer> counts = new LinkedHashMap<>();
        kinds.forEach(kind -> counts.put(kind.plural(), graph.facts(kind).size()));
        return new BuildReport(graph.articles().size(), extracted.extracted(), extracted.reused(),
                (int) graph.entities().stream().filter(e -> e.ref().kind() == org.diplomacykg.facts.EntityKind.PERSON).count(),
                counts, sync.quads(), mapped.triples(), sync.added(), sync.removed(), ms, digest, extracted.skipped(), extracted.notes(), clock.millis(),
                componentMillis, disabled, nlp);
    }

    /** The validation, shown as running beside the store's phase while it runs (it starts and ends in its own thread). */
    private static Runnable alongside(Runnable check, BuildProgress progress) {
        return () -> {
            progress.alongside("validating");
            try {
                check.run();
            } finally {
                progress.alongside(null);
            }
        };
    }

    public Iris iris() {
        return iris;
    }
}
