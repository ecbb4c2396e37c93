package org.diplomacykg.validate;

import static org.diplomacykg.validate.ShapesTest.edit;
import static org.diplomacykg.validate.ShapesTest.withObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.diplomacykg.map.Dip;
import org.junit.jupiter.api.Test;

/**
 * The shapes' SPARQL constraints, run as one query over the whole graph, report exactly what
 * Jena's SHACL engine reports running them once per focus node, on graphs damaged in every way
 * those constraints look at (and on valid ones).
 */
class WholeGraphConstraintTest {
    static final GraphValidator PER_NODE = new GraphValidator(GraphValidator.loadShapes(), false);
    static final GraphValidator WHOLE_GRAPH = GraphValidator.shipped();

    static Node subject(Map<Node, Set<Triple>> g, Node predicate, int nth) {
        return g.values().stream().flatMap(Set::stream).filter(t -> t.getPredicate().equals(predicate))
                .map(Triple::getSubject).distinct().sorted(java.util.Comparator.comparing(Node::toString)).skip(nth).findFirst().orElseThrow();
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static Map<Node, Set<Triple>> set(Map<Node, Set<Triple>> g, Node subject, Node predicate, Node value) {
        return edit(g, t -> t.getSubject().equals(subject) && t.getPredicate().equals(predicate) ? withObject(t, value) : t);
    }

    void sameResults(Map<Node, Set<Triple>> g, boolean expectViolations) {
        List<Violation> whole = WHOLE_GRAPH.validate(g);
        assertEquals(PER_NODE.validate(g), whole);
        assertEquals(expectViolations, !whole.isEmpty(), whole.toString());
    }

    @Test
    void validGraphsAgree() {
        sameResults(HandMadeGraphs.valid(), false);
        sameResults(HandMadeGraphs.graphs(HandMadeGraphs.article("cccc", "\uD83C\uDF0A " + HandMadeGraphs.TEXT)), false);
    }

    @Test
    void damagedSpansAgree() {
        int len = HandMadeGraphs.TEXT.length();
        List<Function<Map<Node, Set<Triple>>, Map<Node, Set<Triple>>>> damage = List.of(
                g -> set(g, subject(g, Dip.Nif.endIndex, 0), Dip.Nif.endIndex, integer(len + 1)),
                g -> set(g, subject(g, Dip.Nif.endIndex, 1), Dip.Nif.endIndex, integer(len + 400)),
                g -> set(g, subject(g, Dip.Nif.endIndex, 0), Dip.Nif.endIndex, integer(0)),
                g -> set(g, subject(g, Dip.Nif.beginIndex, 2), Dip.Nif.beginIndex, integer(len + 2)),
                // both the begin after the end in one evidence and a span too long in another
                g -> set(set(g, subject(g, Dip.Nif.endIndex, 0), Dip.Nif.endIndex, integer(0)),
                        subject(g, Dip.Nif.endIndex, 1), Dip.Nif.endIndex, integer(len + 3)),
                // the article's text gone: no length to compare with
                g -> edit(g, t -> t.getPredicate().equals(Dip.Nif.isString) ? null : t));
        for (var d : damage) {
            sameResults(d.apply(HandMadeGraphs.valid()), true);
        }
    }

    @Test
    void spanOneUnitPastAnEmojiTextAgrees() {
        String text = "\uD83C\uDF0A " + HandMadeGraphs.TEXT;
        var g = HandMadeGraphs.graphs(HandMadeGraphs.article("cccc", text));
        // the Java length is fine (no violation above); one more is not, though STRLEN counts one less
        sameResults(set(g, subject(g, Dip.Nif.endIndex, 0), Dip.Nif.endIndex, integer(text.length() + 1)), true);
        var ok = HandMadeGraphs.graphs(HandMadeGraphs.article("cccc", text));
        sameResults(set(ok, subject(ok, Dip.Nif.endIndex, 0), Dip.Nif.endIndex, integer(text.length())), false);
    }

    @Test
    void wrongSourceCountsAgree() {
        var g = HandMadeGraphs.valid();
        Node fact = subject(g, Dip.sourceCount, 0);
        sameResults(set(g, fact, Dip.sourceCount, integer(7)), true);
        var two = HandMadeGraphs.valid();
        for (int i = 0; i < 2; i++) {
            Node f = subject(two, Dip.reportedIn, i);
            set(two, f, Dip.sourceCount, integer(3 + i));
            set(two, f, Dip.independentSourceCount, integer(1));
        }
        List<Violation> vs = WHOLE_GRAPH.validate(two);
        assertFalse(vs.stream().noneMatch(v -> v.message().contains("number of distinct articles")), vs.toString());
        sameResults(two, true);
    }

    @Test
    void everyShippedSparqlConstraintRunsOnTheWholeGraph() {
        Graph shapes = GraphValidator.loadShapes();
        long declared = shapes.find(Node.ANY, org.apache.jena.shacl.vocabulary.SHACL.sparql, Node.ANY).toList().size();
        assertEquals(declared, WholeGraphConstraint.of(org.apache.jena.shacl.Shapes.parse(shapes)).size());
    }

    /** $this only inside FILTER NOT EXISTS: unbound it would match nothing, so Jena evaluates it per node. */
    @Test
    void aConstraintThatDoesNotBindThisStaysWithJena() {
        String ttl = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <http://example.org/x/S> a sh:NodeShape ; sh:targetClass <http://example.org/x/C> ;
                  sh:sparql [ a sh:SPARQLConstraint ; sh:message "needs http://example.org/x/p" ;
                    sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this <http://example.org/x/p> ?v } }" ] .
                """;
        Graph shapes = org.apache.jena.riot.RDFParser.fromString(ttl, org.apache.jena.riot.Lang.TURTLE).toGraph();
        assertEquals(List.of(), WholeGraphConstraint.of(org.apache.jena.shacl.Shapes.parse(shapes)));
        Node c = NodeFactory.createURI("http://example.org/x/C");
        Node a = NodeFactory.createURI("http://example.org/x/a");
        Node b = NodeFactory.createURI("http://example.org/x/b");
        Map<Node, Set<Triple>> g = new java.util.HashMap<>(Map.of(NodeFactory.createURI("http://example.org/x/g"), Set.of(
                Triple.create(a, org.apache.jena.vocabulary.RDF.type.asNode(), c),
                Triple.create(b, org.apache.jena.vocabulary.RDF.type.asNode(), c),
                Triple.create(b, NodeFactory.createURI("http://example.org/x/p"), NodeFactory.createLiteralString("v")))));
        List<Violation> whole = new GraphValidator(shapes).validate(g);
        assertEquals(new GraphValidator(shapes, false).validate(g), whole);
        assertEquals(1, whole.size(), whole.toString());
        assertEquals("<http://example.org/x/a>", whole.get(0).focus());
    }
}
