package org.diplomacykg.map;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Writes triples into one named graph of a quad stream, with typed-literal helpers. */
final class QuadSink {
    private final Consumer<Quad> out;
    private final Node graph;

    QuadSink(Consumer<Quad> out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (s != null && o != null) {
            // canonical lexical forms, as the store keeps them, so a rebuild compares equal and changes nothing
            out.accept(Quad.create(graph, s, p, o.isLiteral() ? CanonicalizeLiteral.get().apply(o) : o));
        }
    }

    void type(Node s, Node cls) {
        add(s, RDF.type.asNode(), cls);
    }

    void label(Node s, String label) {
        text(s, RDFS.label.asNode(), label);
    }

    void text(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void integer(Node s, Node p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger));
    }

    void bool(Node s, Node p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    void decimal(Node s, Node p, BigDecimal value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
        }
    }

    /** Full dates as xsd:date, partial ones as xsd:gYearMonth or xsd:gYear: a partial date stays partial. */
    void date(Node s, Node p, String iso) {
        if (iso == null || iso.isBlank()) {
            return;
        }
        XSDDatatype type = switch (iso.length()) {
            case 10 -> XSDDatatype.XSDdate;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 4 -> XSDDatatype.XSDgYear;
            default -> null;
        };
        if (type != null && type.isValid(iso)) {
            add(s, p, NodeFactory.createLiteralDT(iso, type));
        }
    }
}
