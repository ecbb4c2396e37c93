package org.diplomacykg.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena terms to RDF4J values, one at a time (nothing is cached, so memory stays flat). */
final class Rdf4jTerms {
    private final ValueFactory vf = SimpleValueFactory.getInstance();

    /** A statement for {@code q}; {@code keepGraph} false drops the graph name (triple formats). */
    Statement statement(Quad q, boolean keepGraph) {
        Resource g = !keepGraph || q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
        return vf.createStatement((Resource) value(q.getSubject()), (IRI) value(q.getPredicate()), value(q.getObject()), g);
    }

    Value value(Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return bnode(n.getBlankNodeLabel());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot write node " + n);
    }

    /**
     * Jena's labels may hold characters N-Triples and RDF/XML labels cannot; escaping them as
     * {@code _hex_} keeps the mapping one-to-one, so two blank nodes never merge in a dump.
     */
    private BNode bnode(String label) {
        StringBuilder b = new StringBuilder("b");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return vf.createBNode(b.toString());
    }
}
