package org.diplomacykg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.reconcile.Reconciler;
import org.junit.jupiter.api.Test;

class GraphMapperTest {
    static final EntityRef CHILE = new EntityRef(EntityKind.COUNTRY, "CL", "Chile");
    static final EntityRef PERU = new EntityRef(EntityKind.COUNTRY, "PE", "Peru");
    static final EntityRef BORIC = new EntityRef(EntityKind.PERSON, "gabriel-boric", "Gabriel Boric");

    static ArticleFacts article(String id, String date) {
        ArticleInfo info = new ArticleInfo(id, id + ".txt", id + "ff", "Chile pledges aid", "Example Wire", "2024-02-01",
                null, "2024-02-01", false, "Chile pledged 3 million dollars to Peru last month.");
        Evidence ev = new Evidence(id, id + ".txt", 0, 0, 51, "Chile pledged 3 million dollars to Peru last month.");
        AgreementFact aid = new AgreementFact("a1", AgreementType.Aid, "flood relief aid", date, AgreementStatus.pledged,
                List.of(CHILE, PERU), CHILE, PERU, new MonetaryAmount(new BigDecimal("3000000"), "USD", null, false),
                List.of(), null, "flood relief", null, ev);
        return ArticleFacts.of(info, List.of(CHILE, PERU), List.of(new PersonFact(BORIC, "President", CHILE, null, ev)),
                List.of(), List.of(aid), List.of());
    }

    static List<Quad> map(ArticleFacts... articles) {
        List<Quad> quads = new ArrayList<>();
        new GraphMapper(new Iris("https://kg.example/id"), FactKinds.ALL).map(new Reconciler(FactKinds.ALL).reconcile(List.of(articles)), quads::add);
        return quads;
    }

    static List<Node> objects(List<Quad> quads, Node graph, Node predicate) {
        return quads.stream().filter(q -> q.getGraph().equals(graph) && q.getPredicate().equals(predicate))
                .map(Quad::getObject).toList();
    }

    @Test
    void reconciledFactCarriesSourceCountEvidenceAndPartialDate() {
        Iris iris = new Iris("https://kg.example/id");
        List<Quad> quads = map(article("aaaa", "2024-01"), article("bbbb", null));
        Node rec = iris.reconciledGraph();
        Node countOfAid = quads.stream()
                .filter(q -> q.getGraph().equals(rec) && q.getPredicate().equals(Dip.sourceCount)
                        && q.getSubject().getURI().contains("/agreement/"))
                .map(Quad::getObject).findFirst().orElseThrow();
        assertEquals("2", countOfAid.getLiteralLexicalForm());
        Node date = objects(quads, rec, Dip.date).get(0);
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), date.getLiteralDatatypeURI());
        assertEquals(2, objects(quads, rec, Dip.evidence).size());
        assertTrue(objects(quads, rec, Dip.isoCode).contains(NodeFactory.createLiteralString("CL")));
    }

    @Test
    void eachArticleStatesItsOwnFactsInItsOwnGraph() {
        Iris iris = new Iris("https://kg.example/id");
        List<Quad> quads = map(article("aaaa", "2024-01"), article("bbbb", null));
        Node graphA = iris.articleGraph("aaaa");
        Node graphB = iris.articleGraph("bbbb");
        assertEquals(1, objects(quads, graphA, Dip.date).size());
        assertTrue(objects(quads, graphB, Dip.date).isEmpty());
        assertFalse(objects(quads, graphA, Dip.Nif.isString).isEmpty());
        // both articles talk about the same canonical fact IRI
        Node factA = quads.stream().filter(q -> q.getGraph().equals(graphA) && q.getPredicate().equals(Dip.reportedIn))
                .map(Quad::getSubject).findFirst().orElseThrow();
        Node factB = quads.stream().filter(q -> q.getGraph().equals(graphB) && q.getPredicate().equals(Dip.reportedIn))
                .map(Quad::getSubject).findFirst().orElseThrow();
        assertEquals(factA, factB);
        assertTrue(factA.getURI().startsWith("https://kg.example/id/agreement/"));
    }

    @Test
    void iriAreStableAcrossRuns() {
        assertEquals(map(article("aaaa", "2024-01"), article("bbbb", null)), map(article("bbbb", null), article("aaaa", "2024-01")));
    }
}
