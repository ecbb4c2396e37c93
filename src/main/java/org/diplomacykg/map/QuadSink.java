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
public final class QuadSink {
    private final Consumer<Quad> out;
    private final Node graph;

    QuadSink(Consumer<Quad> out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    /** Adds the triple unless subject or object is null (a value the fact does not have). */
    public void add(Node s, Node p, Node o) {
        if (s != null && o != null) {
            // canonical lexical forms, as the store keeps them, so a rebuild compares equal and changes nothing
            out.accept(Quad.create(graph, s, p, o.isLiteral() ? CanonicalizeLiteral.get().apply(o) : o));
        }
    }

    public void type(Node s, Node cls) {
        add(s, RDF.type.asNode(), cls);
    }

    public void label(Node s, String label) {
        text(s, RDFS.label.asNode(), label);
    }

    /** A plain string, unless null or blank. */
    public void text(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    public void integer(Node s, Node p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger));
    }

    public void bool(Node s, Node p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    /** An xsd:decimal in its plain form (no exponent, no trailing zeros), unless null. */
    public void decimal(Node s, Node p, BigDecimal value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
        }
    }

    /**
     * A date with its time (as {@code ingest.DateTimes} writes it) as xsd:dateTime, a date alone as
     * xsd:date, unless null or not valid.
     */
    public void dateTime(Node s, Node p, String iso) {
        if (iso == null || iso.isBlank()) {
            return;
        }
        if (iso.length() == 10) {
            date(s, p, iso);
        } else if (XSDDatatype.XSDdateTime.isValid(iso)) {
            add(s, p, NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdateTime));
        }
    }

    /** An IRI, unless null or not one an RDF store takes (a URL with spaces or other stray characters). */
    public void iri(Node s, Node p, String iri) {
        if (iri == null) {
            return;
        }
        org.apache.jena.irix.IRIx parsed;
        try {
            parsed = org.apache.jena.irix.IRIx.create(iri);
        } catch (org.apache.jena.irix.IRIException e) {
            return;
        }
        if (parsed.isAbsolute()) {
            add(s, p, NodeFactory.createURI(iri));
        }
    }

    /** Full dates as xsd:date, partial ones as xsd:gYearMonth or xsd:gYear: a partial date stays partial. */
    public void date(Node s, Node p, String iso) {
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
