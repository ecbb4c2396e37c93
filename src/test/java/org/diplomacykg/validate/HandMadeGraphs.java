package org.diplomacykg.validate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.ArticleSource;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.map.GraphMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.reconcile.Reconciler;

/**
 * A small, valid graph made by the real mappers from hand-written facts (two articles reporting
 * one grant, a meeting and a quotation), for tests that then break one thing in it.
 */
final class HandMadeGraphs {
    static final Iris IRIS = new Iris("https://kg.example/id/");
    static final EntityRef CHILE = new EntityRef(EntityKind.COUNTRY, "CL", "Chile");
    static final EntityRef PERU = new EntityRef(EntityKind.COUNTRY, "PE", "Peru");
    static final EntityRef BORIC = new EntityRef(EntityKind.PERSON, "gabriel-boric", "Gabriel Boric");

    private HandMadeGraphs() {
    }

    /** {@code text} may contain characters outside the BMP: evidence offsets are Java (UTF-16) indexes into it. */
    static ArticleFacts article(String id, String text) {
        String sha = (id.repeat(64)).substring(0, 64);
        // a record of a feed, with everything a source can say about it
        ArticleSource source = new ArticleSource("https://news.example/world/" + id, "Ana Rojas", "2024-02-01T09:30:00-03:00",
                "2024-02-01", null, "rss", "item 1 (id urn:" + id + ")", false);
        ArticleInfo info = new ArticleInfo(id, "wire.rss", sha, "Chile pledges aid", "Example Wire", "2024-02-01",
                "SANTIAGO (EW) —", "2024-02-01", false, text, "printed date", source);
        String sentence = "Chile pledged 3 million dollars to Peru on Monday.";
        int start = text.indexOf(sentence);
        Evidence ev = new Evidence(id, "wire.rss", 1, start, start + sentence.length(), sentence);
        String quoted = "We stand with Peru in this hard hour";
        int qs = text.indexOf(quoted);
        Evidence qev = new Evidence(id, "wire.rss", 2, qs, qs + quoted.length(), quoted);
        AgreementFact aid = new AgreementFact("a1", AgreementType.Aid, "flood relief aid", "2024-01-29",
                AgreementStatus.pledged, List.of(CHILE, PERU), CHILE, PERU,
                new MonetaryAmount(new BigDecimal("3000000"), "USD", null, false), List.of("water pumps"), null,
                "flood relief", null, ev);
        EventFact talks = new EventFact("e1", EventType.Talks, "Chile-Peru talks", "2024-01-29", null, null,
                List.of(CHILE, PERU), null, null, null, ev);
        return ArticleFacts.of(info, List.of(CHILE, PERU, BORIC),
                List.of(new PersonFact(BORIC, "President", CHILE, null, qev)), List.of(talks), List.of(aid),
                List.of(new QuotationFact(BORIC, quoted, qev)));
    }

    static final String TEXT = "Floods hit northern Peru.\nChile pledged 3 million dollars to Peru on Monday.\n"
            + "\"We stand with Peru in this hard hour\", President Gabriel Boric said.";

    /** Graph name to triples, as GraphBuilder hands them to the store. */
    static Map<Node, Set<Triple>> graphs(ArticleFacts... articles) {
        Map<Node, Set<Triple>> graphs = new LinkedHashMap<>();
        new GraphMapper(IRIS, FactKinds.ALL).map(new Reconciler(FactKinds.ALL).reconcile(List.of(articles)),
                q -> graphs.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.asTriple()));
        return graphs;
    }

    static Map<Node, Set<Triple>> valid() {
        return graphs(article("aaaa", TEXT), article("bbbb", "Update. " + TEXT));
    }
}
