package org.diplomacykg.describe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.dump.DumpFormat;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;

/**
 * A VoID and DCAT description of the built dataset, written into the meta graph at build time so
 * that every dump carries it. The counts describe the whole store <em>including this
 * description</em>: the description is first made with placeholder counts, the store's
 * statistics are taken over the data plus that draft, and the real numbers then replace the
 * placeholders. Replacing a literal changes no triple, subject, class or property, so the
 * numbers stay exact. Access URLs (SPARQL endpoint, dumps) live under the site root the
 * instance base belongs to ({@link #siteRoot}); a server rewrites them to its own address.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ONTOLOGY = "https://w3id.org/diplomacy-kg/ontology";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /** Namespaces of the predicates the description itself uses (listed as vocabularies whatever the data). */
    private static final List<String> OWN_VOCABULARIES = List.of(RDF_NS, VOID, DCAT, DCT, SD, PROV);

    /** Built from a string, not Jena's RDF vocabulary class: this class may be the first to touch Jena. */
    private static final Node RDF_TYPE = NodeFactory.createURI(RDF_NS + "type");

    private final Iris iris;

    public VoidDescription(Iris iris) {
        this.iris = iris;
    }

    /** The dataset's IRI, e.g. {@code https://w3id.org/diplomacy-kg/id/dataset}. */
    public static String datasetIri(String base) {
        return base + "dataset";
    }

    /** Where the site serving instance base {@code base} lives: the base without a final {@code id/}. */
    public static String siteRoot(String base) {
        return base.endsWith("/id/") ? base.substring(0, base.length() - "id/".length()) : base;
    }

    /** The description's quads (in the meta graph), and the number of distinct triples of the union graph they count. */
    public record Description(List<Quad> quads, long triples) {
    }

    /** The description of a dataset made of {@code data} (graph name to its triples, each set distinct). */
    public Description describe(Map<Node, Set<Triple>> data) {
        Iterable<Quad> dataQuads = () -> data.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(t -> Quad.create(e.getKey(), t))).iterator();
        List<Quad> draft = quads(dataQuads, null).stream()
                .filter(q -> !data.getOrDefault(q.getGraph(), Set.of()).contains(q.asTriple())).toList();
        // the data and the draft, each quad once, without copying millions of quads into another set
        Iterable<Quad> all = () -> java.util.stream.Stream.concat(
                java.util.stream.StreamSupport.stream(dataQuads.spliterator(), false), draft.stream()).iterator();
        DatasetStats stats = new DatasetStats(all, iris.base());
        return new Description(quads(dataQuads, stats), stats.triples());
    }

    /** The description; with {@code stats} null every count is a placeholder 0. */
    private List<Quad> quads(Iterable<Quad> data, DatasetStats stats) {
        Writer w = new Writer(iris.metaGraph());
        String root = siteRoot(iris.base());
        Node ds = uri(datasetIri(iris.base()));
        Set<Node> graphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        graphs.add(iris.metaGraph());
        Set<String> vocabularies = new TreeSet<>(OWN_VOCABULARIES);
        List<Node> articles = new ArrayList<>();
        for (Quad q : data) {
            if (!q.isDefaultGraph()) {
                graphs.add(q.getGraph());
            }
            vocabularies.add(namespace(q.getPredicate().getURI()));
            if (q.getPredicate().equals(RDF_TYPE) && q.getObject().equals(Dip.NewsArticle)) {
                articles.add(q.getSubject());
            }
        }
        w.add(ds, RDF_TYPE, uri(VOID + "Dataset"));
        w.add(ds, RDF_TYPE, uri(DCAT + "Dataset"));
        w.add(ds, uri(DCT + "title"), NodeFactory.createLiteralLang("Diplomacy knowledge graph", "en"));
        w.add(ds, uri(DCT + "description"), NodeFactory.createLiteralLang("Who met whom, what was agreed, pledged or "
                + "granted (for how much) and who said what, read from news articles about diplomacy; every fact "
                + "is linked to the articles and sentences that report it. One named graph per article, one "
                + "reconciled graph with each real-world fact once, the ontology and this description.", "en"));
        w.add(ds, uri(DCT + "license"), uri(LICENSE));
        w.add(ds, uri(DCT + "rights"), NodeFactory.createLiteralLang(
                "Quoted sentences and article text remain the copyright of their publishers.", "en"));
        // the build time is the build record's dip:builtAt, reached through this link; it is not copied
        // here, so that an unchanged rebuild renews exactly one triple (the time) and nothing else
        w.add(ds, uri(PROV + "wasGeneratedBy"), iris.build());
        w.add(ds, uri(DCT + "conformsTo"), uri(ONTOLOGY));
        w.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(iris.base()));
        w.add(ds, uri(DCAT + "landingPage"), uri(root));
        w.add(ds, uri(VOID + "sparqlEndpoint"), uri(root + "kg/sparql"));
        for (String v : vocabularies) {
            w.add(ds, uri(VOID + "vocabulary"), uri(v));
        }
        for (Node a : articles) {
            w.add(ds, uri(DCT + "source"), a);
        }
        w.add(ds, uri(VOID + "triples"), count(stats == null ? 0 : stats.triples()));
        w.add(ds, uri(VOID + "entities"), count(stats == null ? 0 : stats.entities.size()));
        w.add(ds, uri(VOID + "classes"), count(stats == null ? 0 : stats.classes.size()));
        w.add(ds, uri(VOID + "properties"), count(stats == null ? 0 : stats.properties.size()));
        w.add(ds, uri(VOID + "distinctSubjects"), count(stats == null ? 0 : stats.subjects.size()));
        for (Node g : graphs) {
            Node sub = uri(datasetIri(iris.base()) + "/" + relative(g.getURI()));
            w.add(ds, uri(VOID + "subset"), sub);
            w.add(sub, RDF_TYPE, uri(VOID + "Dataset"));
            w.add(sub, uri(SD + "name"), g);
            w.add(sub, uri(VOID + "triples"), count(stats == null ? 0 : stats.triples(g)));
            w.add(sub, uri(VOID + "entities"), count(stats == null ? 0 : stats.entities(g)));
        }
        for (DumpFormat f : DumpFormat.values()) {
            for (boolean gz : new boolean[] {false, true}) {
                distribution(w, ds, root, f, gz);
            }
            w.add(ds, uri(VOID + "feature"), uri(formatIri(f)));
        }
        Node svc = uri(datasetIri(iris.base()) + "/sparql");
        w.add(svc, RDF_TYPE, uri(DCAT + "DataService"));
        w.add(svc, RDF_TYPE, uri(SD + "Service"));
        w.add(svc, uri(DCT + "title"), NodeFactory.createLiteralLang("SPARQL endpoint", "en"));
        w.add(svc, uri(DCAT + "endpointURL"), uri(root + "kg/sparql"));
        w.add(svc, uri(SD + "endpoint"), uri(root + "kg/sparql"));
        w.add(svc, uri(DCAT + "servesDataset"), ds);
        w.add(svc, uri(DCT + "conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        return w.quads;
    }

    private void distribution(Writer w, Node ds, String root, DumpFormat f, boolean gz) {
        Node d = uri(datasetIri(iris.base()) + "/dump/" + f.fileName(gz));
        Node url = uri(root + "dumps/" + f.fileName(gz));
        w.add(ds, uri(DCAT + "distribution"), d);
        w.add(ds, uri(VOID + "dataDump"), url);
        w.add(d, RDF_TYPE, uri(DCAT + "Distribution"));
        w.add(d, uri(DCT + "title"), NodeFactory.createLiteralLang(f.rio().getName() + (gz ? ", gzip-compressed" : ""), "en"));
        w.add(d, uri(DCAT + "downloadURL"), url);
        w.add(d, uri(DCAT + "accessURL"), url);
        w.add(d, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + f.mediaType()));
        w.add(d, uri(DCT + "format"), uri(formatIri(f)));
        w.add(d, uri(DCT + "license"), uri(LICENSE));
        if (gz) {
            w.add(d, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/" + DumpFormat.GZIP_TYPE));
        }
    }

    /** The W3C format IRI (http://www.w3.org/ns/formats/) that RDF4J records for the format. */
    private static String formatIri(DumpFormat f) {
        return f.rio().getStandardURI() != null ? f.rio().getStandardURI().stringValue()
                : "http://www.w3.org/ns/formats/" + f.rio().getName().replace(' ', '_');
    }

    private String relative(String graph) {
        return graph.startsWith(iris.base()) ? graph.substring(iris.base().length())
                : "graph/" + graph.replaceAll("[^A-Za-z0-9._~-]", "-");
    }

    private static String namespace(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, i + 1);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Collects the description's quads in one graph, each once. */
    private static final class Writer {
        private final Node graph;
        private final Set<Quad> seen = new LinkedHashSet<>();
        private final List<Quad> quads = new ArrayList<>();

        Writer(Node graph) {
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                quads.add(q);
            }
        }
    }
}
