package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.diplomacykg.map.Dip;
import org.junit.jupiter.api.Test;

/** SHACL on hand-made graphs: the mappers' output conforms, and each kind of damage is caught and named. */
class ShapesTest {
    static final GraphValidator VALIDATOR = GraphValidator.shipped();

    /** Applies {@code change} to every triple of every graph (null drops the triple). */
    static Map<Node, Set<Triple>> edit(Map<Node, Set<Triple>> graphs, Function<Triple, Triple> change) {
        graphs.replaceAll((g, ts) -> {
            Set<Triple> out = new HashSet<>();
            for (Triple t : ts) {
                Triple c = change.apply(t);
                if (c != null) {
                    out.add(c);
                }
            }
            return out;
        });
        return graphs;
    }

    static Triple withObject(Triple t, Node o) {
        return Triple.create(t.getSubject(), t.getPredicate(), o);
    }

    /** The violations, asserting there is at least one and that one line names {@code focus}, {@code rule} and {@code words}. */
    static List<Violation> assertCaught(Map<Node, Set<Triple>> graphs, String focus, String rule, String words) {
        List<Violation> vs = VALIDATOR.validate(graphs);
        String all = vs.stream().map(Violation::toString).collect(Collectors.joining("\n"));
        assertFalse(vs.isEmpty(), "expected a violation for " + focus);
        assertTrue(vs.stream().anyMatch(v -> v.focus().contains(focus) && v.rule().equals(rule)
                && v.toString().contains(words)), "no violation naming " + focus + " / " + rule + " / " + words + " in:\n" + all);
        return vs;
    }

    static String subjectOf(Map<Node, Set<Triple>> graphs, Node predicate) {
        return graphs.values().stream().flatMap(Set::stream).filter(t -> t.getPredicate().equals(predicate))
                .findFirst().orElseThrow().getSubject().getURI();
    }

    @Test
    void mappedHandMadeGraphConforms() {
        List<Violation> vs = VALIDATOR.validate(HandMadeGraphs.valid());
        assertEquals(List.of(), vs);
    }

    @Test
    void negativeAmountIsCaught() {
        var g = HandMadeGraphs.valid();
        String amount = subjectOf(g, Dip.value);
        edit(g, t -> t.getPredicate().equals(Dip.value)
                ? withObject(t, NodeFactory.createLiteralDT("-5", XSDDatatype.XSDdecimal)) : t);
        assertCaught(g, amount, "sh:MinInclusiveConstraintComponent", "dip:value");
    }

    @Test
    void factWithoutEvidenceIsCaught() {
        var g = HandMadeGraphs.valid();
        Node quote = g.values().stream().flatMap(Set::stream)
                .filter(t -> t.getObject().equals(Dip.Quotation)).findFirst().orElseThrow().getSubject();
        edit(g, t -> t.getSubject().equals(quote) && t.getPredicate().equals(Dip.evidence) ? null : t);
        List<Violation> vs = assertCaught(g, quote.getURI(), "sh:MinCountConstraintComponent", "at least one dip:evidence");
        assertTrue(vs.get(0).toString().contains("dip:evidence"), vs.get(0).toString());
    }

    @Test
    void currencyYenIsCaught() {
        var g = HandMadeGraphs.valid();
        String amount = subjectOf(g, Dip.currency);
        edit(g, t -> t.getPredicate().equals(Dip.currency) ? withObject(t, NodeFactory.createLiteralString("YEN")) : t);
        assertCaught(g, amount, "sh:InConstraintComponent", "ISO 4217");
    }

    @Test
    void realCurrencyCodesPass() {
        var g = HandMadeGraphs.valid();
        edit(g, t -> t.getPredicate().equals(Dip.currency) ? withObject(t, NodeFactory.createLiteralString("JPY")) : t);
        assertEquals(List.of(), VALIDATOR.validate(g));
    }

    @Test
    void evidenceSpanPastTheEndOfTheTextIsCaught() {
        var g = HandMadeGraphs.valid();
        Node ev = g.values().stream().flatMap(Set::stream).filter(t -> t.getPredicate().equals(Dip.Nif.endIndex))
                .findFirst().orElseThrow().getSubject();
        int past = HandMadeGraphs.TEXT.length() + 40;
        edit(g, t -> t.getSubject().equals(ev) && t.getPredicate().equals(Dip.Nif.endIndex)
                ? withObject(t, NodeFactory.createLiteralDT(Integer.toString(past), XSDDatatype.XSDnonNegativeInteger)) : t);
        assertCaught(g, ev.getURI(), "sh:SPARQLConstraintComponent", "≤ the length of its article's nif:isString");
    }

    @Test
    void spanEndingBeforeItBeginsIsCaught() {
        var g = HandMadeGraphs.valid();
        Node ev = g.values().stream().flatMap(Set::stream).filter(t -> t.getPredicate().equals(Dip.Nif.beginIndex))
                .findFirst().orElseThrow().getSubject();
        edit(g, t -> t.getSubject().equals(ev) && t.getPredicate().equals(Dip.Nif.endIndex)
                ? withObject(t, NodeFactory.createLiteralDT("0", XSDDatatype.XSDnonNegativeInteger)) : t);
        assertCaught(g, ev.getURI(), "sh:SPARQLConstraintComponent", "span [");
    }

    @Test
    void spansCountUtf16UnitsLikeJavaSoEmojiBeforeTheSentenceIsFine() {
        // the emoji is two Java chars but one SPARQL character; the last span ends exactly at the Java length
        String text = "\uD83C\uDF0A " + HandMadeGraphs.TEXT;
        var g = HandMadeGraphs.graphs(HandMadeGraphs.article("cccc", text));
        assertEquals(List.of(), VALIDATOR.validate(g));
    }

    @Test
    void slashDateIsCaughtAsPlainStringAndAsIllFormedXsdDate() {
        for (Node bad : List.of(NodeFactory.createLiteralString("17/12/2023"),
                NodeFactory.createLiteralDT("17/12/2023", XSDDatatype.XSDdate))) {
            var g = HandMadeGraphs.valid();
            String fact = subjectOf(g, Dip.date);
            edit(g, t -> t.getPredicate().equals(Dip.date) ? withObject(t, bad) : t);
            assertCaught(g, fact, "sh:NodeConstraintComponent", "dip:date must be an xsd:date, xsd:gYearMonth or xsd:gYear");
        }
    }

    @Test
    void partialDatesPass() {
        var g = HandMadeGraphs.valid();
        edit(g, t -> t.getPredicate().equals(Dip.date)
                ? withObject(t, NodeFactory.createLiteralDT("2024-01", XSDDatatype.XSDgYearMonth)) : t);
        edit(g, t -> t.getPredicate().equals(Dip.startDate)
                ? withObject(t, NodeFactory.createLiteralDT("2024", XSDDatatype.XSDgYear)) : t);
        assertEquals(List.of(), VALIDATOR.validate(g));
    }

    @Test
    void evidenceWithoutArticleIsCaught() {
        var g = HandMadeGraphs.valid();
        Node ev = g.values().stream().flatMap(Set::stream).filter(t -> t.getPredicate().equals(Dip.inArticle))
                .findFirst().orElseThrow().getSubject();
        edit(g, t -> t.getSubject().equals(ev) && t.getPredicate().equals(Dip.inArticle) ? null : t);
        assertCaught(g, ev.getURI(), "sh:MinCountConstraintComponent", "dip:inArticle");
    }

    @Test
    void wrongSourceCountIsCaught() {
        var g = HandMadeGraphs.valid();
        Node quote = g.values().stream().flatMap(Set::stream)
                .filter(t -> t.getObject().equals(Dip.Quotation)).findFirst().orElseThrow().getSubject();
        edit(g, t -> t.getSubject().equals(quote) && t.getPredicate().equals(Dip.sourceCount)
                ? withObject(t, NodeFactory.createLiteralDT("7", XSDDatatype.XSDnonNegativeInteger)) : t);
        assertCaught(g, quote.getURI(), "sh:SPARQLConstraintComponent", "number of distinct articles");
    }

    @Test
    void articleProvenanceIsChecked() {
        var g = HandMadeGraphs.valid();
        String article = subjectOf(g, Dip.Schema.url);
        // a reference date with no reason, a URL written as text, a made-up format, a published date that is no date
        edit(g, t -> t.getPredicate().equals(Dip.referenceDateReason) ? null
                : t.getPredicate().equals(Dip.Schema.url) ? withObject(t, NodeFactory.createLiteralString(t.getObject().getURI()))
                : t.getPredicate().equals(Dip.inputFormat) ? withObject(t, NodeFactory.createLiteralString("pdf"))
                : t.getPredicate().equals(Dip.Schema.datePublished) ? withObject(t, NodeFactory.createLiteralString("Thursday")) : t);
        assertCaught(g, article, "sh:OrConstraintComponent", "says why it has that date");
        assertCaught(g, article, "sh:NodeKindConstraintComponent", "schema:url");
        assertCaught(g, article, "sh:InConstraintComponent", "dip:inputFormat");
        assertCaught(g, article, "sh:NodeConstraintComponent", "schema:datePublished");
    }

    @Test
    void violationLineIsReadable() {
        var g = HandMadeGraphs.valid();
        edit(g, t -> t.getPredicate().equals(Dip.currency) ? withObject(t, NodeFactory.createLiteralString("YEN")) : t);
        String line = VALIDATOR.validate(g).get(0).toString();
        assertTrue(line.startsWith("<https://kg.example/id/"), line);
        assertTrue(line.contains("dipsh:MonetaryAmount / sh:InConstraintComponent  dip:currency: "), line);
        assertTrue(line.endsWith("(value: \"YEN\")"), line);
    }
}
