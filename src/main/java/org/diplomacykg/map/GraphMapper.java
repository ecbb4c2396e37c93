package org.diplomacykg.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.reconcile.ArticleRelation;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.Conflict;
import org.diplomacykg.reconcile.CanonicalEntity;
import org.diplomacykg.reconcile.ReconciledGraph;
import org.diplomacykg.reconcile.SourceIndependence;

/**
 * Turns reconciled records into quads. What each article states goes into that article's named
 * graph (about the same canonical IRIs, so the union default graph lines up); the canonical
 * facts with their best-supported values, source counts and evidence links go into the
 * reconciled graph. This is the only place RDF is made.
 */
public final class GraphMapper {
    private final Iris iris;

    public GraphMapper(Iris iris) {
        this.iris = iris;
    }

    public void map(ReconciledGraph g, Consumer<Quad> out) {
        Map<String, String> keyOfReport = new HashMap<>();
        g.events().forEach(c -> c.reports().forEach(r -> keyOfReport.put(reportId(r.evidence(), r.localId()), c.key())));
        g.agreements().forEach(c -> c.reports().forEach(r -> keyOfReport.put(reportId(r.evidence(), r.localId()), c.key())));
        g.quotations().forEach(c -> c.reports().forEach(r -> keyOfReport.put(quoteId(r), c.key())));

        for (ArticleFacts a : g.articles()) {
            mapArticle(a, keyOfReport, new QuadSink(out, iris.articleGraph(a.article().id())));
        }
        QuadSink rec = new QuadSink(out, iris.reconciledGraph());
        SourceIndependence independence = new SourceIndependence(g.relations());
        g.entities().forEach(e -> mapEntity(e, rec));
        g.relations().forEach(r -> relation(r, rec));
        for (Canonical<EventFact> c : g.events()) {
            Node fact = iris.fact(c.key());
            mapEvent(fact, c.merged(), rec);
            if (c.merged().partOf() != null) {
                rec.add(fact, Dip.partOf, iris.fact(c.merged().partOf()));
            }
            provenance(fact, c, independence, rec);
        }
        for (Canonical<AgreementFact> c : g.agreements()) {
            Node fact = iris.fact(c.key());
            mapAgreement(fact, c.key(), null, c.merged(), rec);
            if (c.merged().event() != null) {
                rec.add(fact, Dip.outcomeOf, iris.fact(c.merged().event()));
            }
            provenance(fact, c, independence, rec);
        }
        for (Canonical<QuotationFact> c : g.quotations()) {
            Node fact = iris.fact(c.key());
            mapQuotation(fact, c.merged(), rec);
            provenance(fact, c, independence, rec);
        }
    }

    private static String reportId(Evidence e, String localId) {
        return e.articleId() + "/" + localId;
    }

    private static String quoteId(QuotationFact q) {
        return q.evidence().articleId() + "/q" + q.evidence().start() + "/" + q.text().hashCode();
    }

    private void mapArticle(ArticleFacts a, Map<String, String> keyOfReport, QuadSink out) {
        ArticleInfo info = a.article();
        Node article = iris.article(info.id());
        out.type(article, Dip.NewsArticle);
        out.label(article, info.title() != null ? info.title() : info.fileName());
        out.text(article, Dip.fileName, info.fileName());
        out.text(article, Dip.sha256, info.sha256());
        out.text(article, Dip.publisher, info.publisher());
        out.date(article, Dip.printedDate, info.printedDate());
        out.date(article, Dip.referenceDate, info.referenceDate());
        out.text(article, Dip.dateline, info.dateline());
        out.bool(article, Dip.printedDateContradicted, info.printedDateContradicted());
        out.type(article, Dip.Nif.Context);
        out.text(article, Dip.Nif.isString, info.cleanedText());
        for (EntityRef m : a.mentions()) {
            out.add(article, Dip.mentions, iris.entity(m));
        }
        for (PersonFact p : a.people()) {
            Node person = iris.entity(p.person());
            out.type(person, classOf(p.person().kind()));
            out.label(person, p.person().name());
            if (p.title() != null && !p.title().isBlank()) {
                EntityRef forWhom = p.organization() != null ? p.organization() : p.country();
                Node role = iris.role(p.person(), p.title(), forWhom);
                out.add(person, Dip.holdsRole, role);
                out.type(role, Dip.Role);
                out.text(role, Dip.title, p.title());
                if (forWhom != null) {
                    out.add(role, Dip.roleFor, iris.entity(forWhom));
                }
                evidence(role, p.evidence(), out);
            }
        }
        for (EventFact e : a.events()) {
            String key = keyOfReport.get(reportId(e.evidence(), e.localId()));
            Node fact = iris.fact(key);
            mapEvent(fact, e, out);
            out.add(fact, Dip.reportedIn, article);
            evidence(fact, e.evidence(), out);
        }
        for (AgreementFact g : a.agreements()) {
            String key = keyOfReport.get(reportId(g.evidence(), g.localId()));
            Node fact = iris.fact(key);
            mapAgreement(fact, key, info.id(), g, out);
            out.add(fact, Dip.reportedIn, article);
            evidence(fact, g.evidence(), out);
        }
        for (QuotationFact q : a.quotations()) {
            Node fact = iris.fact(keyOfReport.get(quoteId(q)));
            mapQuotation(fact, q, out);
            out.add(fact, Dip.reportedIn, article);
            evidence(fact, q.evidence(), out);
        }
    }

    private void evidence(Node fact, Evidence e, QuadSink out) {
        Node ev = iris.evidence(e.articleId(), e.start(), e.end());
        out.add(fact, Dip.evidence, ev);
        out.type(ev, Dip.Evidence);
        out.type(ev, Dip.Nif.OffsetBasedString);
        out.add(ev, Dip.inArticle, iris.article(e.articleId()));
        out.add(ev, Dip.Nif.referenceContext, iris.article(e.articleId()));
        out.integer(ev, Dip.sentenceIndex, e.sentenceIndex());
        out.integer(ev, Dip.Nif.beginIndex, e.start());
        out.integer(ev, Dip.Nif.endIndex, e.end());
        out.text(ev, Dip.Nif.anchorOf, e.text());
    }

    private <F> void provenance(Node fact, Canonical<F> c, SourceIndependence independence, QuadSink out) {
        for (Evidence e : c.evidence()) {
            out.add(fact, Dip.evidence, iris.evidence(e.articleId(), e.start(), e.end()));
        }
        for (String article : c.articles()) {
            out.add(fact, Dip.reportedIn, iris.article(article));
        }
        out.integer(fact, Dip.sourceCount, c.articles().size());
        out.integer(fact, Dip.independentSourceCount, independence.count(c.articles()));
        for (String key : c.mergedOn()) {
            out.text(fact, Dip.mergedOn, key);
        }
        for (Conflict conflict : c.conflicts()) {
            Node node = iris.of(c.key() + "/conflict/" + conflict.attribute());
            out.add(fact, Dip.hasConflict, node);
            out.type(node, Dip.Conflict);
            out.text(node, Dip.attribute, conflict.attribute());
            out.text(node, Dip.chosenValue, conflict.chosen());
            int n = 0;
            for (var value : conflict.valuesByArticle().entrySet()) {
                Node claim = iris.of(c.key() + "/conflict/" + conflict.attribute() + "/" + (++n));
                out.add(node, Dip.claim, claim);
                out.type(claim, Dip.Claim);
                out.text(claim, Dip.claimedValue, value.getKey());
                for (String article : value.getValue()) {
                    out.add(claim, Dip.claimedIn, iris.article(article));
                }
            }
        }
    }

    private void relation(ArticleRelation r, QuadSink out) {
        Node copy = iris.article(r.copy());
        Node original = iris.article(r.original());
        boolean isCopy = r.kind() == ArticleRelation.Kind.COPY;
        out.add(copy, isCopy ? Dip.copyOf : Dip.rewriteOf, original);
        Node node = iris.of("relation/" + r.copy() + "-" + r.original());
        out.type(node, Dip.ArticleRelation);
        out.add(node, Dip.relatedArticle, copy);
        out.add(node, Dip.originalArticle, original);
        out.text(node, Dip.relationType, isCopy ? "copy" : "rewrite");
        out.decimal(node, Dip.similarity, java.math.BigDecimal.valueOf(r.similarity()));
    }

    private void mapEntity(CanonicalEntity e, QuadSink out) {
        Node node = iris.entity(e.ref());
        out.type(node, classOf(e.ref().kind()));
        out.label(node, e.ref().name());
        out.integer(node, Dip.sourceCount, e.articles().size());
        for (String alt : e.altNames()) {
            out.text(node, Dip.altName, alt);
        }
        if (e.ref().kind() == EntityKind.COUNTRY) {
            out.text(node, Dip.isoCode, e.ref().key());
            DbpediaCountries.get().resource(e.ref().key()).ifPresent(db -> out.add(node, OWL2.sameAs.asNode(), db));
        }
        for (CanonicalEntity.RoleClaim r : e.roles()) {
            Node role = iris.role(e.ref(), r.title(), r.forWhom());
            out.add(node, Dip.holdsRole, role);
            out.type(role, Dip.Role);
            out.text(role, Dip.title, r.title());
            if (r.forWhom() != null) {
                out.add(role, Dip.roleFor, iris.entity(r.forWhom()));
            }
            for (String article : r.articles()) {
                out.add(role, Dip.reportedIn, iris.article(article));
            }
        }
    }

    private void mapEvent(Node fact, EventFact e, QuadSink out) {
        out.type(fact, Dip.term(e.type().name()));
        out.label(fact, e.name());
        out.date(fact, Dip.startDate, e.startDate());
        out.date(fact, Dip.endDate, e.endDate());
        if (e.place() != null) {
            out.add(fact, Dip.place, iris.entity(e.place()));
        }
        if (e.host() != null) {
            out.add(fact, Dip.host, iris.entity(e.host()));
        }
        out.text(fact, Dip.occasion, e.occasion());
        participants(fact, Dip.participant, e.participants(), out);
    }

    private void mapAgreement(Node fact, String key, String articleId, AgreementFact g, QuadSink out) {
        out.type(fact, Dip.term(g.type().name()));
        out.label(fact, g.name());
        out.date(fact, Dip.date, g.date());
        if (g.status() != null) {
            out.text(fact, Dip.status, g.status().name());
        }
        participants(fact, Dip.party, g.parties(), out);
        if (g.provider() != null) {
            out.add(fact, Dip.provider, iris.entity(g.provider()));
        }
        if (g.recipient() != null) {
            out.add(fact, Dip.recipient, iris.entity(g.recipient()));
        }
        MonetaryAmount m = g.amount();
        if (m != null) {
            Node amount = iris.amount(key, articleId);
            out.add(fact, Dip.amount, amount);
            out.type(amount, Dip.MonetaryAmount);
            out.decimal(amount, Dip.value, m.value());
            out.text(amount, Dip.currency, m.currency());
            out.decimal(amount, Dip.usdValue, m.usd());
            if (m.upTo()) {
                out.bool(amount, Dip.upTo, true);
            }
        }
        for (String item : g.items()) {
            out.text(fact, Dip.item, item);
        }
        out.text(fact, Dip.programme, g.programme());
        out.text(fact, Dip.purpose, g.purpose());
    }

    private void mapQuotation(Node fact, QuotationFact q, QuadSink out) {
        out.type(fact, Dip.Quotation);
        out.text(fact, Dip.text, q.text());
        if (q.speaker() != null) {
            out.add(fact, Dip.speaker, iris.entity(q.speaker()));
        }
    }

    private void participants(Node fact, Node property, List<EntityRef> refs, QuadSink out) {
        for (EntityRef r : refs) {
            out.add(fact, property, iris.entity(r));
        }
    }

    static Node classOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> Dip.Person;
            case COUNTRY -> Dip.Country;
            case INTERNATIONAL_ORGANIZATION -> Dip.InternationalOrganization;
            case ORGANIZATION -> Dip.Organization;
            case PLACE -> Dip.Place;
            case DOCUMENT -> Dip.Document;
        };
    }
}
