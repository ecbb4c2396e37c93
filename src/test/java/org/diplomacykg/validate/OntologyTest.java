package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.map.Dip;
import org.junit.jupiter.api.Test;

/** ontology/diplomacy.ttl: parses, documents every term, declares only what the mappers use, carries alignments and CAMEO codes. */
class OntologyTest {
    static final String SCHEMA = "http://schema.org/";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static Graph ontology() {
        // strict parse of the source file (not a copy in target/), so a syntax error fails here
        return RDFParser.source(Path.of("ontology/diplomacy.ttl")).lang(Lang.TURTLE).strict(true).toGraph();
    }

    static Node dip(String local) {
        return NodeFactory.createURI(Dip.NS + local);
    }

    static Set<Node> dipTerms(Graph g) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Dip.NS)) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    @Test
    void parsesAndIsVersioned() {
        Graph g = ontology();
        Node onto = NodeFactory.createURI("https://w3id.org/diplomacy-kg/ontology");
        assertTrue(g.contains(onto, RDF.type.asNode(), OWL2.Ontology.asNode()));
        assertTrue(g.contains(onto, OWL2.versionIRI.asNode(), Node.ANY));
        assertTrue(g.contains(onto, OWL2.versionInfo.asNode(), Node.ANY));
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        Graph g = ontology();
        Set<Node> terms = dipTerms(g);
        assertTrue(terms.size() > 90, "terms: " + terms.size());
        for (Node t : terms) {
            for (Node p : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                assertTrue(g.find(t, p, Node.ANY).toList().stream().anyMatch(x -> "en".equals(x.getObject().getLiteralLanguage())),
                        t + " lacks an English " + p.getLocalName());
            }
        }
    }

    /** Every declared dip: term is one the mappers' vocabulary (Dip) names, or an abstract class, datatype or annotation. */
    @Test
    void declaresNoTermTheMappersDoNotKnow() throws IllegalAccessException {
        Set<Node> vocabulary = new HashSet<>();
        for (Field f : Dip.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                vocabulary.add((Node) f.get(null));
            }
        }
        List<String> kinds = new java.util.ArrayList<>();
        for (Enum<?> e : org.diplomacykg.kind.event.EventType.values()) {
            kinds.add(e.name());
        }
        for (Enum<?> e : org.diplomacykg.kind.agreement.AgreementType.values()) {
            kinds.add(e.name());
        }
        for (String kind : kinds) {
            vocabulary.add(dip(kind)); // written by Dip.term(enum name)
        }
        Set<String> abstractOrSchema = Set.of("Agent", "Event", "Outcome", "Transfer", "DateOrPartialDate", "cameoCode");
        Set<String> stray = new TreeSet<>();
        for (Node t : dipTerms(ontology())) {
            if (!vocabulary.contains(t) && !abstractOrSchema.contains(t.getLocalName())) {
                stray.add(t.getLocalName());
            }
        }
        assertEquals(Set.of(), stray);
        for (String gone : List.of("beginIndex", "endIndex", "sentenceText", "cleanedText")) {
            assertFalse(ontology().contains(dip(gone), Node.ANY, Node.ANY), gone + " is no longer produced");
        }
    }

    @Test
    void alignsWithSchemaOrgProvAndSem() {
        Graph g = ontology();
        Node sub = RDFS.subClassOf.asNode();
        Map<String, String> toSchema = Map.of("Event", "Event", "NewsArticle", "NewsArticle", "MonetaryAmount", "MonetaryAmount",
                "Quotation", "Quotation", "Person", "Person", "Country", "Country", "Organization", "Organization");
        toSchema.forEach((d, s) -> assertTrue(g.contains(dip(d), sub, NodeFactory.createURI(SCHEMA + s)), d));
        assertTrue(g.contains(dip("Event"), sub, NodeFactory.createURI(SEM + "Event")));
        assertTrue(g.contains(dip("Agent"), sub, NodeFactory.createURI(SEM + "Actor")));
        assertTrue(g.contains(dip("Place"), sub, NodeFactory.createURI(SEM + "Place")));
        assertTrue(g.contains(dip("startDate"), RDFS.subPropertyOf.asNode(), NodeFactory.createURI(SEM + "hasBeginTimeStamp")));
        assertTrue(g.contains(dip("Agent"), sub, NodeFactory.createURI(PROV + "Agent")));
        assertTrue(g.contains(dip("Evidence"), sub, NodeFactory.createURI(PROV + "Entity")));
        assertTrue(g.contains(dip("Evidence"), sub, NodeFactory.createURI(Dip.Nif.NS + "OffsetBasedString")));
    }

    @Test
    void eventAndOutcomeKindsCarryTheirCameoCodes() {
        Graph g = ontology();
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("Visit", List.of("042", "043")), Map.entry("Summit", List.of("042", "043", "044")),
                Map.entry("BilateralMeeting", List.of("044")), Map.entry("Talks", List.of("046")),
                Map.entry("Agreement", List.of("057")), Map.entry("Grant", List.of("0331", "071")),
                Map.entry("Aid", List.of("0331", "071")), Map.entry("EquipmentTransfer", List.of("0332", "072")),
                Map.entry("NegotiationAgreement", List.of("036")), Map.entry("Dialogue", List.of("036")),
                Map.entry("Quotation", List.of("010")), Map.entry("JointStatement", List.of("010")));
        expected.forEach((cls, codes) -> {
            for (String code : codes) {
                assertTrue(g.contains(dip(cls), dip("cameoCode"), NodeFactory.createLiteralString(code)), cls + " " + code);
            }
        });
        // 057 only when signed: the Agreement comment must say so
        String comment = g.find(dip("Agreement"), RDFS.comment.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(comment.contains("only when"), comment);
    }

    @Test
    void shapesParseAndTheShippedCopyIsTheSource() {
        Graph fromFile = RDFParser.source(Path.of("ontology/shapes.ttl")).lang(Lang.TURTLE).strict(true).toGraph();
        assertTrue(fromFile.isIsomorphicWith(GraphValidator.loadShapes()), "target/classes/ontology/shapes.ttl is stale");
    }
}
