package org.diplomacykg.map;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.ArticleSource;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.reconcile.ArticleRelation;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalEntity;
import org.diplomacykg.reconcile.CanonicalKeys;
import org.diplomacykg.reconcile.Conflict;
import org.diplomacykg.reconcile.ReconciledGraph;
import org.diplomacykg.reconcile.SourceIndependence;

/**
 * Turns reconciled records into quads. What each article states goes into that article's named
 * graph (about the same canonical IRIs, so the union default graph lines up); the canonical
 * facts with their best-supported values, source counts and evidence links go into the
 * reconciled graph. This is the only place RDF is made: here what all facts share (articles,
 * entities, evidence, provenance), in each kind's {@link FactMapper} the kind's own statements.
 */
public final class GraphMapper {
    private final Iris iris;
    private final List<KindMapper<?>> kinds;

    /** A mapper for {@code kinds} (the registry's, {@code FactKinds.ALL}), written in this order. */
    public GraphMapper(Iris iris, List<? extends FactKind<?>> kinds) {
        this.iris = iris;
        this.kinds = kinds.stream().<KindMapper<?>>map(k -> KindMapper.of(k, iris)).toList();
    }

    /** A kind with its mapper: keeps the two typed alike. */
    private record KindMapper<F extends Fact>(FactKind<F> kind, FactMapper<F> mapper) {
        static <F extends Fact> KindMapper<F> of(FactKind<F> kind, Iris iris) {
            return new KindMapper<>(kind, kind.mapper(iris));
        }
    }

    public void map(ReconciledGraph g, Consumer<Quad> out) {
        CanonicalKeys keys = CanonicalKeys.of(g);
        for (ArticleFacts a : g.articles()) {
            mapArticle(a, keys, new QuadSink(out, iris.articleGraph(a.article().id())));
        }
        QuadSink rec = new QuadSink(out, iris.reconciledGraph());
        SourceIndependence independence = new SourceIndependence(g.relations());
        g.entities().forEach(e -> mapEntity(e, rec));
        g.relations().forEach(r -> relation(r, rec));
        for (KindMapper<?> k : kinds) {
            canonical(k, g, independence, rec);
        }
    }

    private <F extends Fact> void canonical(KindMapper<F> k, ReconciledGraph g, SourceIndependence independence,
                                            QuadSink out) {
        for (Canonical<F> c : g.facts(k.kind())) {
            k.mapper().canonical(c, out);
            provenance(iris.fact(c.key()), c, independence, out);
        }
    }

    private void mapArticle(ArticleFacts a, CanonicalKeys keys, QuadSink out) {
        ArticleInfo info = a.article();
        Node article = iris.article(info.id());
        ArticleSource src = info.source();
        out.type(article, Dip.NewsArticle);
        out.label(article, info.title() != null ? info.title()
                : src.locator() != null ? info.fileName() + ", " + src.locator() : info.fileName());
        out.text(article, Dip.Schema.headline, info.title());
        out.iri(article, Dip.Schema.url, src.url());
        out.text(article, Dip.fileName, info.fileName());
        out.text(article, Dip.recordLocator, src.locator());
        out.text(article, Dip.inputFormat, src.format());
        out.text(article, Dip.sha256, info.sha256());
        out.text(article, Dip.publisher, info.publisher());
        out.text(article, Dip.Schema.author, src.author());
        out.dateTime(article, Dip.Schema.datePublished, src.published());
        out.dateTime(article, Dip.Schema.dateModified, src.modified());
        out.dateTime(article, Dip.captureDate, src.captured());
        out.date(article, Dip.printedDate, info.printedDate());
        out.date(article, Dip.referenceDate, info.referenceDate());
        if (info.referenceDate() != null) {
            out.text(article, Dip.referenceDateReason, info.referenceReason());
        }
        out.text(article, Dip.dateline, info.dateline());
        out.bool(article, Dip.printedDateContradicted, info.printedDateContradicted());
        out.bool(article, Dip.summaryOnly, src.summaryOnly());
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
        for (KindMapper<?> k : kinds) {
            reports(k, a, keys, article, out);
        }
    }

    private <F extends Fact> void reports(KindMapper<F> k, ArticleFacts a, CanonicalKeys keys, Node article, QuadSink out) {
        for (F report : a.facts(k.kind())) {
            String key = keys.keyOf(k.kind(), report);
            k.mapper().report(report, key, a.article().id(), out);
            Node fact = iris.fact(key);
            out.add(fact, Dip.reportedIn, article);
            evidence(fact, report.evidence(), out);
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

    private void provenance(Node fact, Canonical<?> c, SourceIndependence independence, QuadSink out) {
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
