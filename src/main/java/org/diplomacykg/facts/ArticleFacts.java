package org.diplomacykg.facts;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementKind;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.kind.quotation.QuotationKind;

/**
 * Everything extracted from one article: the hand-off from extract to reconcile. The facts of
 * each kind are filed under the kind's {@link FactKind#name()}; {@link #facts(FactKind)} reads
 * them, {@link #with(FactKind, List)} adds them.
 */
public record ArticleFacts(ArticleInfo article, List<EntityRef> mentions, List<PersonFact> people,
                           Map<String, List<Fact>> factsByKind) implements Serializable {
    public ArticleFacts {
        mentions = List.copyOf(mentions);
        people = List.copyOf(people);
        Map<String, List<Fact>> copy = new LinkedHashMap<>();
        factsByKind.forEach((kind, facts) -> copy.put(kind, List.copyOf(facts)));
        factsByKind = Collections.unmodifiableMap(copy);
    }

    /** An article's facts of the three kinds the rule extractor finds. */
    public static ArticleFacts of(ArticleInfo article, List<EntityRef> mentions, List<PersonFact> people,
                                  List<EventFact> events, List<AgreementFact> agreements, List<QuotationFact> quotations) {
        return new ArticleFacts(article, mentions, people, Map.of())
                .with(EventKind.INSTANCE, events)
                .with(AgreementKind.INSTANCE, agreements)
                .with(QuotationKind.INSTANCE, quotations);
    }

    /** The facts of one kind (none when the extractor found none or does not know the kind). */
    public <F extends Fact> List<F> facts(FactKind<F> kind) {
        List<Fact> facts = factsByKind.getOrDefault(kind.name(), List.of());
        facts.forEach(kind.factClass()::cast); // a record of another kind filed under this name fails here, not later
        @SuppressWarnings("unchecked")
        List<F> typed = (List<F>) (List<?>) facts;
        return typed;
    }

    /** These facts with {@code facts} as the facts of {@code kind}. */
    public <F extends Fact> ArticleFacts with(FactKind<F> kind, List<F> facts) {
        Map<String, List<Fact>> byKind = new LinkedHashMap<>(factsByKind);
        byKind.put(kind.name(), List.copyOf(facts));
        return new ArticleFacts(article, mentions, people, byKind);
    }

    /** These facts about {@code info} instead (the same article, its record found elsewhere in its file). */
    public ArticleFacts withArticle(ArticleInfo info) {
        return new ArticleFacts(info, mentions, people, factsByKind);
    }

    // Conveniences for the extractor's tests and tools; reconcile and map go through facts(kind).

    public List<EventFact> events() {
        return facts(EventKind.INSTANCE);
    }

    public List<AgreementFact> agreements() {
        return facts(AgreementKind.INSTANCE);
    }

    public List<QuotationFact> quotations() {
        return facts(QuotationKind.INSTANCE);
    }
}
