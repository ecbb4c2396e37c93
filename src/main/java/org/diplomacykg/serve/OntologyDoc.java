package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.map.Dip;

/**
 * Renders the ontology as one HTML page for people: every class, property and datatype of the
 * dip: namespace in a section whose id is its local name, so {@code /ontology#Summit} lands on
 * it, with label, comment, domain, range, alignments (super-classes and -properties in other
 * vocabularies, see-also links) and CAMEO codes. Every string is HTML-escaped.
 */
final class OntologyDoc {
    private static final Property CAMEO = org.apache.jena.rdf.model.ResourceFactory.createProperty(Dip.NS + "cameoCode");
    private static final Property DC_TITLE = org.apache.jena.rdf.model.ResourceFactory.createProperty("http://purl.org/dc/terms/title");
    private static final Property DC_DESCRIPTION =
            org.apache.jena.rdf.model.ResourceFactory.createProperty("http://purl.org/dc/terms/description");

    /** Kinds of term in the order the page lists them. */
    private static final Map<String, Resource> KINDS = new java.util.LinkedHashMap<>();

    static {
        KINDS.put("Classes", OWL2.Class);
        KINDS.put("Object properties", OWL2.ObjectProperty);
        KINDS.put("Datatype properties", OWL2.DatatypeProperty);
        KINDS.put("Annotation properties", OWL2.AnnotationProperty);
        KINDS.put("Datatypes", RDFS.Datatype);
    }

    private final Model m;

    OntologyDoc(Model ontology) {
        this.m = ontology;
    }

    String render() {
        StringBuilder b = new StringBuilder(64 * 1024);
        Resource onto = m.listResourcesWithProperty(RDF.type, OWL2.Ontology).nextOptional().orElse(null);
        String title = onto == null ? "Diplomacy ontology" : text(onto, DC_TITLE, text(onto, RDFS.label, "Diplomacy ontology"));
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}"
                        + "section{border-top:1px solid #ccc;padding:.5em 0}dt{font-weight:bold}code{background:#f4f4f4}"
                        + ".kind{color:#666;font-size:.9em}</style></head><body>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        if (onto != null) {
            b.append("<p>").append(esc(text(onto, DC_DESCRIPTION, ""))).append("</p>\n<dl>");
            b.append("<dt>Namespace</dt><dd><code>").append(esc(Dip.NS)).append("</code> (prefix <code>dip:</code>)</dd>");
            b.append("<dt>Ontology IRI</dt><dd><code>").append(esc(onto.getURI())).append("</code></dd>");
            for (Statement s : sorted(onto.listProperties(OWL2.versionIRI).toList())) {
                b.append("<dt>Version IRI</dt><dd><code>").append(esc(s.getObject().toString())).append("</code></dd>");
            }
            b.append("<dt>Version</dt><dd>").append(esc(text(onto, OWL2.versionInfo, ""))).append("</dd></dl>\n");
        }
        b.append("<p>Also as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, "
                + "<a href=\"?format=rdfxml\">RDF/XML</a> and <a href=\"?format=nt\">N-Triples</a> "
                + "(or ask with an <code>Accept</code> header).</p>\n");
        Map<String, List<Resource>> byKind = termsByKind();
        b.append("<nav><h2>Contents</h2>\n");
        byKind.forEach((kind, terms) -> {
            b.append("<p><strong>").append(esc(kind)).append("</strong>: ");
            b.append(terms.stream().map(t -> "<a href=\"#" + esc(t.getLocalName()) + "\">" + esc(t.getLocalName()) + "</a>")
                    .collect(Collectors.joining(", ")));
            b.append("</p>\n");
        });
        b.append("</nav>\n");
        byKind.forEach((kind, terms) -> {
            b.append("<h2>").append(esc(kind)).append("</h2>\n");
            terms.forEach(t -> term(t, kind, b));
        });
        return b.append("</body></html>\n").toString();
    }

    /** dip: terms grouped by kind; a term typed twice (functional datatype property) is listed once, under its first kind. */
    private Map<String, List<Resource>> termsByKind() {
        Map<String, List<Resource>> out = new java.util.LinkedHashMap<>();
        java.util.Set<Resource> seen = new java.util.HashSet<>();
        KINDS.forEach((kind, type) -> {
            List<Resource> terms = m.listResourcesWithProperty(RDF.type, type).toList().stream()
                    .filter(r -> r.isURIResource() && r.getURI().startsWith(Dip.NS) && seen.add(r))
                    .sorted(Comparator.comparing(Resource::getLocalName)).toList();
            if (!terms.isEmpty()) {
                out.put(kind, terms);
            }
        });
        return out;
    }

    private void term(Resource t, String kind, StringBuilder b) {
        String local = t.getLocalName();
        b.append("<section id=\"").append(esc(local)).append("\"><h3>").append(esc(text(t, RDFS.label, local)))
                .append(" <code>dip:").append(esc(local)).append("</code></h3>\n");
        b.append("<p class=\"kind\">").append(esc(kind.equals("Classes") ? "Class" : kind.substring(0, kind.length() - 1))).append(" · <code>")
                .append(esc(t.getURI())).append("</code></p>\n");
        b.append("<p>").append(esc(text(t, RDFS.comment, ""))).append("</p>\n<dl>");
        row(b, "Types", t, RDF.type);
        row(b, "Subclass of", t, RDFS.subClassOf);
        row(b, "Equivalent to", t, OWL2.equivalentClass);
        row(b, "Subproperty of", t, RDFS.subPropertyOf);
        row(b, "Domain", t, RDFS.domain);
        row(b, "Range", t, RDFS.range);
        row(b, "CAMEO codes", t, CAMEO);
        row(b, "See also", t, RDFS.seeAlso);
        if (kind.equals("Classes")) {
            List<RDFNode> props = new ArrayList<>(m.listSubjectsWithProperty(RDFS.domain, t).toList());
            props.sort(Comparator.comparing(RDFNode::toString));
            if (!props.isEmpty()) {
                b.append("<dt>Properties with this domain</dt><dd>")
                        .append(props.stream().map(this::value).collect(Collectors.joining(", "))).append("</dd>");
            }
        }
        b.append("</dl></section>\n");
    }

    private void row(StringBuilder b, String name, Resource t, Property p) {
        List<Statement> values = sorted(t.listProperties(p).toList());
        if (values.isEmpty()) {
            return;
        }
        b.append("<dt>").append(esc(name)).append("</dt><dd>")
                .append(values.stream().map(s -> value(s.getObject())).collect(Collectors.joining(", "))).append("</dd>");
    }

    /** A value as HTML: dip: terms link to their anchor, other IRIs to themselves, unions read "A or B". */
    private String value(RDFNode n) {
        if (n.isLiteral()) {
            return "<code>" + esc(((Literal) n).getLexicalForm()) + "</code>";
        }
        Resource r = n.asResource();
        if (r.isAnon()) {
            Statement union = r.getProperty(OWL2.unionOf);
            if (union != null && union.getObject().canAs(org.apache.jena.rdf.model.RDFList.class)) {
                return union.getObject().as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
                        .map(this::value).collect(Collectors.joining(" or "));
            }
            return "(anonymous)";
        }
        String uri = r.getURI();
        if (uri.startsWith(Dip.NS)) {
            String local = uri.substring(Dip.NS.length());
            return "<a href=\"#" + esc(local) + "\">dip:" + esc(local) + "</a>";
        }
        String shortName = m.shortForm(uri);
        return "<a href=\"" + esc(uri) + "\">" + esc(shortName) + "</a>";
    }

    private static List<Statement> sorted(List<Statement> ss) {
        List<Statement> out = new ArrayList<>(ss);
        out.sort(Comparator.comparing(s -> s.getObject().toString()));
        return out;
    }

    /** The English (or untagged) value of a text property, else {@code fallback}. */
    private static String text(Resource r, Property p, String fallback) {
        Map<String, String> byLang = new TreeMap<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                byLang.put(s.getLiteral().getLanguage(), s.getLiteral().getLexicalForm());
            }
        });
        return byLang.getOrDefault("en", byLang.getOrDefault("", fallback));
    }

    static String esc(String s) {
        return Html.esc(s);
    }
}
