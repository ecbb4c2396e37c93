package org.diplomacykg.describe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;

/**
 * The VoID statistics of a set of distinct quads: triples in the union graph, entities (IRI
 * subjects in the instance namespace), distinct classes, properties and subjects, and the
 * triples and entities of each named graph. Counted the way a SPARQL query over the store counts.
 */
final class DatasetStats {
    private static final Node RDF_TYPE = NodeFactory.createURI(VoidDescription.RDF_NS + "type");

    final Map<Node, Long> graphTriples = new HashMap<>();
    final Map<Node, Set<Node>> graphEntities = new HashMap<>();
    final Set<Triple> union = new HashSet<>();
    final Set<Node> entities = new HashSet<>();
    final Set<Node> subjects = new HashSet<>();
    final Set<Node> classes = new HashSet<>();
    final Set<Node> properties = new HashSet<>();

    DatasetStats(Iterable<Quad> distinctQuads, String uriSpace) {
        for (Quad q : distinctQuads) {
            Node g = q.getGraph();
            Node s = q.getSubject();
            graphTriples.merge(g, 1L, Long::sum);
            union.add(q.asTriple());
            subjects.add(s);
            properties.add(q.getPredicate());
            if (q.getPredicate().equals(RDF_TYPE)) {
                classes.add(q.getObject());
            }
            if (s.isURI() && s.getURI().startsWith(uriSpace)) {
                entities.add(s);
                graphEntities.computeIfAbsent(g, k -> new HashSet<>()).add(s);
            }
        }
    }

    long triples() {
        return union.size();
    }

    long triples(Node graph) {
        return graphTriples.getOrDefault(graph, 0L);
    }

    long entities(Node graph) {
        return graphEntities.getOrDefault(graph, Set.of()).size();
    }
}
