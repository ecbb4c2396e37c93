package org.diplomacykg.validate;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Dip;

/**
 * Checks a graph against the SHACL shapes in {@code ontology/shapes.ttl} (read from the
 * classpath). A dataset is checked as the union of its graphs, the default graph users query:
 * facts in one graph point at entities and evidence described in another, so checking graphs
 * one by one would report links that are fine in the union.
 */
public final class GraphValidator {
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dip", Dip.NS)
            .setNsPrefix("dipsh", "https://w3id.org/diplomacy-kg/shapes#")
            .setNsPrefix("nif", Dip.Nif.NS)
            .setNsPrefix("sh", SHACL.getURI())
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    /** The shapes without the SPARQL constraints of target node shapes: those are {@link WholeGraphConstraint}s. */
    private final Shapes shapes;
    private final List<WholeGraphConstraint> wholeGraph;
    /** Property shapes are blank nodes: report the named node shape that holds them instead. */
    private final Map<Node, Node> ownerOfPropertyShape = new HashMap<>();

    public GraphValidator(Graph shapesGraph) {
        this(shapesGraph, true);
    }

    /** {@code wholeGraphSparql} false: every constraint as Jena evaluates it, one SPARQL query per focus node (the reference the faster way is tested against). */
    GraphValidator(Graph shapesGraph, boolean wholeGraphSparql) {
        Shapes all = Shapes.parse(shapesGraph);
        this.wholeGraph = wholeGraphSparql ? WholeGraphConstraint.of(all) : List.of();
        Graph rest = GraphFactory.createGraphMem();
        GraphUtil.addInto(rest, shapesGraph);
        wholeGraph.forEach(c -> rest.delete(c.shape().getShapeNode(), SHACL.sparql, c.constraintNode()));
        this.shapes = Shapes.parse(rest);
        shapesGraph.find(Node.ANY, SHACL.property, Node.ANY)
                .forEachRemaining(t -> ownerOfPropertyShape.put(t.getObject(), t.getSubject()));
    }

    /** The validator for the shapes shipped in the jar, parsed once per JVM (it is immutable). */
    public static GraphValidator shipped() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final GraphValidator INSTANCE = new GraphValidator(loadShapes());
    }

    static Graph loadShapes() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes " + SHAPES_RESOURCE + " missing from the build");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHAPES_RESOURCE, e);
        }
    }

    /** Violations in {@code data}, sorted by resource then rule; empty when it conforms. */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(readable(e));
        }
        for (WholeGraphConstraint c : wholeGraph) {
            for (WholeGraphConstraint.Result r : c.results(data)) {
                out.add(new Violation(term(r.focus()), term(c.shape().getShapeNode()), term(SHACL.SPARQLConstraintComponent),
                        "", r.message(), term(r.value())));
            }
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::shape)
                .thenComparing(Violation::path).thenComparing(Violation::message).thenComparing(Violation::value));
        return out;
    }

    /** Checks the union of graphs about to be stored (graph name to its triples). */
    public List<Violation> validate(Map<Node, Set<Triple>> graphs) {
        Graph union = GraphFactory.createGraphMem();
        graphs.values().forEach(ts -> ts.forEach(union::add));
        return validate(union);
    }

    /** Checks the union of all graphs of a stored dataset, copied into memory in one read transaction. */
    public List<Violation> validate(DatasetGraph dsg) {
        Graph union = GraphFactory.createGraphMem();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> union.add(q.asTriple())));
        return validate(union);
    }

    private Violation readable(ReportEntry e) {
        Node shape = e.source();
        while (shape != null && shape.isBlank() && ownerOfPropertyShape.containsKey(shape)) {
            shape = ownerOfPropertyShape.get(shape);
        }
        String message = e.message() == null ? "" : e.message();
        return new Violation(
                term(e.focusNode()),
                shape == null ? "" : term(shape),
                term(e.sourceConstraintComponent()),
                e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES)),
                message,
                e.value() == null ? "" : term(e.value()));
    }

    private static String term(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            String s = PREFIXES.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = "\"" + n.getLiteralLexicalForm() + "\"";
            return dt == null || dt.endsWith("#string") ? lex : lex + "^^" + PREFIXES.shortForm(dt);
        }
        return n.toString();
    }
}
