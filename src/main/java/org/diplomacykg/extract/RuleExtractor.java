package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Sentence;

/**
 * The rule-based extractor: an ordered pipeline of small rules over one shared
 * {@link ArticleDoc}: organisations and countries, then people, then dates, then events,
 * agreements and quotations. Gazetteers are loaded once by the constructor and never change,
 * and each call builds its own document, so one instance is safe to share between threads.
 */
public final class RuleExtractor implements Extractor {
    private static final java.util.regex.Pattern SUMMIT_SUFFIX = java.util.regex.Pattern.compile("(?i)\\s*summit$");

    private final EntityGazetteer gazetteer;
    private final OrganizationMatcher organizations;
    private final CountryMatcher countries;
    private final PersonMatcher personMatcher;
    private final LeaderDirectory leaders;
    private final DateResolver dateResolver = new DateResolver();
    private final MoneyParser money = new MoneyParser();
    private final EquipmentGazetteer equipment = new EquipmentGazetteer();
    private final QuotationExtractor quotations = new QuotationExtractor();

    public RuleExtractor() {
        this.gazetteer = new EntityGazetteer();
        this.organizations = new OrganizationMatcher(gazetteer);
        this.countries = new CountryMatcher(gazetteer);
        this.leaders = new LeaderDirectory();
        this.personMatcher = new PersonMatcher(new TitleGazetteer(), leaders, gazetteer);
    }

    @Override
    public ArticleFacts extract(AnnotatedArticle a) {
        ArticleDoc d = new ArticleDoc(a);
        findEntities(d);
        // the reference date first (people need it for leaders.tsv), then all dates once people are known
        DateResolver.Reference reference = dateResolver.reference(d.sentences, d.folded, a.article().printedDate());
        findPeople(d, reference.orPrinted());
        d.dates = dateResolver.resolve(d.sentences, d.folded, reference, (i, j) -> sharePerson(d, i, j));

        List<EventFact> events = new EventExtractor(gazetteer).extract(d);
        List<AgreementFact> agreements = new AgreementExtractor(gazetteer, money, equipment).extract(d, events);
        List<QuotationFact> quotes = quotations.extract(d, phrase -> document(phrase, events));

        Article art = a.article();
        ArticleInfo info = new ArticleInfo(art.id(), art.fileName(), art.sha256(), art.title(), art.publisher(),
                art.printedDate(), art.dateline(), d.dates.referenceDate(), d.dates.printedDateContradicted(), art.text());
        return ArticleFacts.of(info, mentions(d, events, agreements, quotes), personFacts(d), events, agreements, quotes);
    }

    private void findEntities(ArticleDoc d) {
        EntityRef lastIgo = null;
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            String f = d.folded.get(i);
            List<Mention> orgs = organizations.find(f, s.start(), lastIgo);
            List<Mention> all = new ArrayList<>(orgs);
            all.addAll(countries.find(f, s.start(), s.tokens(), OrganizationMatcher.spans(orgs)));
            all.sort(java.util.Comparator.comparingInt(Mention::start));
            for (Mention m : all) {
                if (m.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                    lastIgo = m.ref();
                }
            }
            d.entities.add(all);
        }
    }

    private void findPeople(ArticleDoc d, String referenceDate) {
        PersonResolver resolver = new PersonResolver(leaders, referenceDate);
        List<List<PersonMatcher.Candidate>> candidates = new ArrayList<>();
        String text = d.article.text();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            candidates.add(personMatcher.find(d.folded.get(i), s.start(), d.entities.get(i)));
        }
        for (List<PersonMatcher.Candidate> cs : candidates) {
            resolver.preRegister(cs, text);
        }
        for (int i = 0; i < d.size(); i++) {
            resolver.resolveSentence(i, new ArrayList<>(candidates.get(i)), d.sentence(i).tokens(), d.entities.get(i), text);
        }
        resolver.completeFromLeaders(gazetteer);
        String place = d.article.datelinePlace();
        resolver.completeFromContext(place == null ? null : gazetteer.countryOfCapital(place));
        d.people = resolver;
    }

    private static boolean sharePerson(ArticleDoc d, int i, int j) {
        for (Mention a : d.people.mentions(i)) {
            for (Mention b : d.people.mentions(j)) {
                if (a.ref().equals(b.ref())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A document that speaks ("according to the joint statement"): keyed by the summit it came
     * from when the article has one, so statements of different meetings stay apart.
     */
    private static EntityRef document(String phrase, List<EventFact> events) {
        String name = phrase.contains("statement") && !phrase.contains("joint") ? "joint statement" : phrase;
        String prefix = "";
        for (EventFact e : events) {
            if (e.type() == org.diplomacykg.kind.event.EventType.Summit) {
                prefix = SUMMIT_SUFFIX.matcher(e.name()).replaceAll("") + " ";
                break;
            }
        }
        String full = Text.collapse(prefix + name);
        return new EntityRef(EntityKind.DOCUMENT, Text.slug(full), full);
    }

    private static List<PersonFact> personFacts(ArticleDoc d) {
        List<PersonFact> out = new ArrayList<>();
        for (PersonResolver.Person p : d.people.people().values()) {
            boolean mentioned = false;
            int first = -1;
            for (int i = 0; i < d.size() && !mentioned; i++) {
                for (Mention m : d.people.mentions(i)) {
                    if (m.ref().equals(p.ref)) {
                        mentioned = true;
                        first = i;
                        break;
                    }
                }
            }
            if (!mentioned) {
                continue;
            }
            int ev = p.score >= 0 ? p.evidenceSentence : first;
            out.add(new PersonFact(p.ref, p.title, p.country, p.org, d.evidence(ev)));
        }
        return out;
    }

    private static List<EntityRef> mentions(ArticleDoc d, List<EventFact> events, List<AgreementFact> agreements, List<QuotationFact> quotes) {
        Set<EntityRef> out = new LinkedHashSet<>();
        for (int i = 0; i < d.size(); i++) {
            for (Mention m : d.all(i)) {
                out.add(m.ref());
            }
        }
        for (PersonResolver.Person p : d.people.people().values()) {
            if (p.country != null) {
                out.add(p.country);
            }
            if (p.org != null) {
                out.add(p.org);
            }
        }
        for (EventFact e : events) {
            out.addAll(e.participants());
            if (e.place() != null) {
                out.add(e.place());
            }
        }
        for (AgreementFact g : agreements) {
            out.addAll(g.parties());
        }
        for (QuotationFact q : quotes) {
            if (q.speaker() != null) {
                out.add(q.speaker());
            }
        }
        return new ArrayList<>(out);
    }
}
