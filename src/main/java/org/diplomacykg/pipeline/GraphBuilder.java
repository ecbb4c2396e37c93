package org.diplomacykg.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.extract.RuleExtractor;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.GraphMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.nlp.Annotator;
import org.diplomacykg.nlp.OpenNlpAnnotator;
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
    private final ArticleFileReader reader = new ArticleFileReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final Annotator annotator;
    private final Extractor extractor;
    private final Reconciler reconciler = new Reconciler();

    public GraphBuilder(Iris iris) {
        this.iris = iris;
        this.annotator = new OpenNlpAnnotator();
        this.extractor = new RuleExtractor();
    }

    /** Reads and extracts every article; all bad files are reported together, by name. */
    public List<ArticleFacts> extractAll(List<Path> files) {
        List<ArticleFacts> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            try {
                ArticleFileReader.RawArticle raw = reader.read(f);
                if (!seen.add(raw.sha256())) {
                    continue; // the very same bytes under another name add nothing
                }
                Article article = cleaner.clean(f.getFileName().toString(), raw.sha256(), raw.text());
                if (article.paragraphs().isEmpty()) {
                    throw new BadInputException(f, "no article text found (no paragraph of prose after cleaning)");
                }
                out.add(extractor.extract(annotator.annotate(article)));
            } catch (BadInputException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(files.get(0).getParent(),
                    errors.size() + " bad article file(s):\n  " + String.join("\n  ", errors));
        }
        return out;
    }

    public List<Quad> quads(ReconciledGraph graph, String digest) {
        List<Quad> quads = new ArrayList<>();
        new GraphMapper(iris).map(graph, quads::add);
        ontology(quads::add);
        Node meta = iris.metaGraph();
        Node build = iris.build();
        quads.add(Quad.create(meta, build, Dip.inputDigest, NodeFactory.createLiteralString(digest)));
        quads.add(Quad.create(meta, build, Dip.builtAt,
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        quads.add(Quad.create(meta, build, Dip.articleCount,
                NodeFactory.createLiteralDT(Integer.toString(graph.articles().size()), XSDDatatype.XSDnonNegativeInteger)));
        return quads;
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
        long t0 = System.nanoTime();
        List<Path> files = InputSet.list(inputDir);
        String digest = BuildDigest.of(files);
        List<ArticleFacts> facts = extractAll(files);
        ReconciledGraph graph = reconciler.reconcile(facts);
        List<Quad> quads = quads(graph, digest);
        long stored = store.replaceAll(quads.iterator());
        Set<Triple> distinct = new HashSet<>();
        quads.forEach(q -> distinct.add(q.asTriple()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new BuildReport(graph.articles().size(),
                (int) graph.entities().stream().filter(e -> e.ref().kind() == org.diplomacykg.facts.EntityKind.PERSON).count(),
                graph.events().size(), graph.agreements().size(), graph.quotations().size(),
                stored, distinct.size(), ms, digest);
    }

    public Iris iris() {
        return iris;
    }
}
