package org.diplomacykg.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.kind.agreement.AgreementKind;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.GraphMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.map.QuadSink;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;
import org.diplomacykg.reconcile.Clusterer;
import org.diplomacykg.reconcile.Keys;
import org.diplomacykg.reconcile.ReconciledGraph;
import org.diplomacykg.reconcile.Reconciler;
import org.diplomacykg.reconcile.Votes;
import org.junit.jupiter.api.Test;

/** A kind the stages have never heard of goes through reconcile and map with nothing but its own code. */
class NewKindTest {
    static final EntityRef EU = new EntityRef(EntityKind.INTERNATIONAL_ORGANIZATION, "EU", "European Union");
    static final EntityRef BELARUS = new EntityRef(EntityKind.COUNTRY, "BY", "Belarus");
    static final Iris IRIS = new Iris("https://kg.example/id/");

    record SanctionFact(String localId, EntityRef imposer, EntityRef target, Evidence evidence) implements Fact {
        @Override
        public List<EntityRef> entities() {
            return List.of(imposer, target);
        }
    }

    /** Sanctions imposed: one per imposer and target. */
    static final class SanctionKind implements FactKind<SanctionFact> {
        static final SanctionKind INSTANCE = new SanctionKind();

        @Override
        public String name() {
            return "sanction";
        }

        @Override
        public Class<SanctionFact> factClass() {
            return SanctionFact.class;
        }

        @Override
        public List<Canonical<SanctionFact>> reconcile(List<SanctionFact> reports, CanonicalKeys earlier) {
            Clusterer<SanctionFact> clusterer = new Clusterer<>(
                    (a, b) -> a.imposer().equals(b.imposer()) && a.target().equals(b.target()) ? List.of("imposer", "target") : null,
                    java.util.Comparator.comparing(s -> s.evidence().articleId()), members -> members.get(0),
                    s -> Clusterer.blockOn(s.entities(), "sanction"));
            List<Canonical<SanctionFact>> out = new ArrayList<>();
            for (Clusterer.Cluster<SanctionFact> c : clusterer.cluster(reports)) {
                Votes<SanctionFact> votes = new Votes<>(c.members());
                SanctionFact first = c.members().get(0);
                String key = "sanction/" + Keys.hash(first.imposer().id() + "|" + first.target().id());
                out.add(Canonical.of(key, first, c.members(), c.mergedOn(), votes.conflicts()));
            }
            return Canonical.withUniqueKeys(out);
        }

        @Override
        public FactMapper<SanctionFact> mapper(Iris iris) {
            return new FactMapper<>() {
                @Override
                public void report(SanctionFact report, String key, String articleId, QuadSink out) {
                    describe(iris.fact(key), report, out);
                }

                @Override
                public void canonical(Canonical<SanctionFact> fact, QuadSink out) {
                    describe(iris.fact(fact.key()), fact.merged(), out);
                }

                private void describe(Node fact, SanctionFact s, QuadSink out) {
                    out.type(fact, Dip.term("Sanction"));
                    out.add(fact, Dip.provider, iris.entity(s.imposer()));
                    out.add(fact, Dip.recipient, iris.entity(s.target()));
                }
            };
        }
    }

    static ArticleFacts article(String id) {
        ArticleInfo info = new ArticleInfo(id, id + ".txt", id + "00", null, null, null, null, null, false, "text");
        Evidence ev = new Evidence(id, id + ".txt", 0, 0, 4, "text");
        return ArticleFacts.of(info, List.of(), List.of(), List.of(), List.of(), List.of())
                .with(SanctionKind.INSTANCE, List.of(new SanctionFact("s1", EU, BELARUS, ev)));
    }

    @Test
    void theRegistryNamesEachKindOnceAndEventsBeforeAgreements() {
        Set<String> names = new HashSet<>();
        FactKinds.ALL.forEach(k -> assertTrue(names.add(k.name()), k.name()));
        assertTrue(FactKinds.ALL.indexOf(EventKind.INSTANCE) < FactKinds.ALL.indexOf(AgreementKind.INSTANCE),
                "agreements resolve their event's key, so events come first");
    }

    @Test
    void aNewKindIsReconciledAndMappedByTheSharedStages() {
        List<FactKind<?>> kinds = new ArrayList<>(FactKinds.ALL);
        kinds.add(SanctionKind.INSTANCE);
        ReconciledGraph g = new Reconciler(kinds).reconcile(List.of(article("a1"), article("a2")));
        assertEquals(1, g.facts(SanctionKind.INSTANCE).size());
        assertEquals(Set.of("a1", "a2"), g.facts(SanctionKind.INSTANCE).get(0).articles());
        assertTrue(g.entities().stream().anyMatch(e -> e.ref().equals(BELARUS)), "its entities are reconciled too");

        List<Quad> quads = new ArrayList<>();
        new GraphMapper(IRIS, kinds).map(g, quads::add);
        Node fact = IRIS.fact(g.facts(SanctionKind.INSTANCE).get(0).key());
        Node reconciled = IRIS.reconciledGraph();
        assertTrue(quads.contains(Quad.create(reconciled, fact, Dip.provider, IRIS.entity(EU))));
        assertTrue(quads.stream().anyMatch(q -> q.getGraph().equals(reconciled) && q.getSubject().equals(fact)
                && q.getPredicate().equals(Dip.sourceCount) && q.getObject().getLiteralLexicalForm().equals("2")));
        for (String article : List.of("a1", "a2")) {
            assertTrue(quads.contains(Quad.create(IRIS.articleGraph(article), fact, Dip.reportedIn, IRIS.article(article))));
            assertTrue(quads.stream().anyMatch(q -> q.getGraph().equals(IRIS.articleGraph(article))
                    && q.getSubject().equals(fact) && q.getPredicate().equals(Dip.evidence)));
        }
    }

    @Test
    void aKindCanReferOnlyToKindsReconciledBeforeIt() {
        List<FactKind<?>> agreementsFirst = List.of(AgreementKind.INSTANCE, EventKind.INSTANCE);
        ArticleInfo info = new ArticleInfo("a1", "a1.txt", "a100", null, null, null, null, null, false, "text");
        Evidence ev = new Evidence("a1", "a1.txt", 0, 0, 4, "text");
        var linked = new org.diplomacykg.kind.agreement.AgreementFact("agreement-1",
                org.diplomacykg.kind.agreement.AgreementType.JointStatement, "joint statement", null, null, List.of(EU),
                null, null, null, List.of(), null, null, "summit-1", ev);
        ArticleFacts a = ArticleFacts.of(info, List.of(), List.of(), List.of(), List.of(linked), List.of());
        assertThrows(IllegalStateException.class, () -> new Reconciler(agreementsFirst).reconcile(List.of(a)));
    }

    @Test
    void factsOfAnyKindSurviveTheFactsCache() throws Exception {
        ArticleFacts facts = article("a1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(facts);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertEquals(facts, assertInstanceOf(ArticleFacts.class, back));
        assertEquals(facts.facts(SanctionKind.INSTANCE), ((ArticleFacts) back).facts(SanctionKind.INSTANCE));
        assertEquals(List.of(), ((ArticleFacts) back).events());
    }

    @Test
    void aRecordFiledUnderAnotherKindsNameIsRefused() {
        ArticleFacts wrong = new ArticleFacts(article("a1").article(), List.of(), List.of(),
                Map.of("event", List.of(article("a1").facts(SanctionKind.INSTANCE).get(0))));
        assertThrows(ClassCastException.class, wrong::events);
    }
}
