package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.map.Iris;

/**
 * Reads around one resource with the graph API, inside the caller's read transaction. The
 * "canonical" view of a resource is what the reconciled graph says about it when it says
 * anything (one best-supported value per fact); otherwise the union of all graphs.
 */
final class GraphLookup {
    private final Graph union;
    private final Graph reconciled;
    private final Graph ontology;
    private final Map<Node, String> labels = new HashMap<>();

    GraphLookup(DatasetGraph dsg, Iris iris) {
        this.union = dsg.getUnionGraph();
        this.reconciled = dsg.getGraph(iris.reconciledGraph());
        this.ontology = dsg.getGraph(iris.ontologyGraph());
    }

    Graph union() {
        return union;
    }

    boolean exists(Node n) {
        return union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, n);
    }

    /**
     * The graph whose statements describe {@code n}: the reconciled graph when it describes it (gives
     * it a type), else the union. An article only gets copy links there, so it is read from the union.
     */
    Graph view(Node n) {
        return isCanonical(n) ? reconciled : union;
    }

    boolean isCanonical(Node n) {
        return reconciled.contains(n, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY);
    }

    List<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return new ArrayList<>(out);
    }

    List<Node> objects(Node s, Node p) {
        return objects(union, s, p);
    }

    List<Node> subjects(Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        union.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return new ArrayList<>(out);
    }

    Node first(Node s, Node p) {
        List<Node> all = objects(view(s), s, p);
        if (all.isEmpty()) {
            all = objects(union, s, p);
        }
        return all.isEmpty() ? null : all.stream().min(Comparator.comparing(Node::toString)).orElseThrow();
    }

    String string(Node s, Node p) {
        Node n = first(s, p);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    Long number(Node s, Node p) {
        String v = string(s, p);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reconciled label first (the best-supported one), then the ontology's, then any; a quotation's
     * words; else the IRI's last segment.
     */
    String label(Node n) {
        if (n == null) {
            return "";
        }
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        return labels.computeIfAbsent(n, x -> {
            for (Graph g : List.of(reconciled, ontology, union)) {
                List<Node> ls = objects(g, x, RDFS.label.asNode());
                if (!ls.isEmpty()) {
                    return ls.stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst().orElse("");
                }
            }
            // quotations have no label: their words are the best name
            String said = objects(view(x), x, org.diplomacykg.map.Dip.text).stream().filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
            if (said != null) {
                return "“" + (said.length() > 90 ? said.substring(0, 87) + "…" : said) + "”";
            }
            return x.getURI().startsWith(org.diplomacykg.map.Dip.NS) ? Links.termName(x.getURI()) : Links.localName(x.getURI());
        });
    }
}
