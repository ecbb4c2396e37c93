package org.diplomacykg.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementKind;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.kind.event.EventType;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.kind.quotation.QuotationKind;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    static final EntityRef KOREA = new EntityRef(EntityKind.COUNTRY, "KR", "South Korea");
    static final EntityRef GHANA = new EntityRef(EntityKind.COUNTRY, "GH", "Ghana");
    static final EntityRef KENYA = new EntityRef(EntityKind.COUNTRY, "KE", "Kenya");
    static final EntityRef JAPAN = new EntityRef(EntityKind.COUNTRY, "JP", "Japan");
    static final EntityRef PERU = new EntityRef(EntityKind.COUNTRY, "PE", "Peru");
    static final EntityRef SCHOLZ = new EntityRef(EntityKind.PERSON, "olaf-scholz", "Olaf Scholz");
    static final EntityRef RUTO = new EntityRef(EntityKind.PERSON, "william-ruto", "William Ruto");

    static Evidence ev(String article, int start) {
        return new Evidence(article, article + ".txt", 0, start, start + 10, "sentence");
    }

    static AgreementFact grant(String article, String id, String amount, String currency, String date) {
        MonetaryAmount m = amount == null ? null : new MonetaryAmount(new BigDecimal(amount), currency, null, false);
        return new AgreementFact(id, AgreementType.Grant, "grant for clinics", date, AgreementStatus.signed,
                List.of(KOREA, GHANA), KOREA, GHANA, m, List.of(), null, null, null, ev(article, 0));
    }

    static ArticleFacts article(String id, List<EventFact> events, List<AgreementFact> agreements, List<QuotationFact> quotes) {
        ArticleInfo info = new ArticleInfo(id, id + ".txt", id + "0000", null, null, null, null, null, false, "text");
        return ArticleFacts.of(info, List.of(), List.of(), events, agreements, quotes);
    }

    @Test
    void samGrantFromThreeArticlesIsOneFactWithThreeSources() {
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(
                article("a1", List.of(), List.of(grant("a1", "g", "5000000000", "KRW", "2024-03-02")), List.of()),
                article("a2", List.of(), List.of(grant("a2", "g", "5000000000", "KRW", null)), List.of()),
                article("a3", List.of(), List.of(grant("a3", "g", null, null, null)), List.of())));
        assertEquals(1, g.facts(AgreementKind.INSTANCE).size());
        Canonical<AgreementFact> c = g.facts(AgreementKind.INSTANCE).get(0);
        assertEquals(3, c.articles().size());
        assertEquals("2024-03-02", c.merged().date());
        assertEquals(0, new BigDecimal("5000000000").compareTo(c.merged().amount().value()));
        assertTrue(c.mergedOn().contains("provider"), c.mergedOn().toString());
    }

    @Test
    void twoDifferentGrantsFromTheSameDonorStayApart() {
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(
                article("a1", List.of(), List.of(grant("a1", "g1", "5000000000", "KRW", "2024-03-02"),
                        grant("a1", "g2", "800000000", "KRW", "2024-03-04")), List.of())));
        assertEquals(2, g.facts(AgreementKind.INSTANCE).size());
    }

    @Test
    void conflictingValuesAreKeptWithTheirArticles() {
        AgreementFact pledged = grant("a2", "g", "5000000000", "KRW", "2024-03-02");
        pledged = new AgreementFact(pledged.localId(), pledged.type(), pledged.name(), pledged.date(), AgreementStatus.pledged,
                pledged.parties(), pledged.provider(), pledged.recipient(), pledged.amount(), pledged.items(), null, null, null,
                pledged.evidence());
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(
                article("a1", List.of(), List.of(grant("a1", "g", "5000000000", "KRW", "2024-03-02")), List.of()),
                article("a2", List.of(), List.of(pledged), List.of()),
                article("a3", List.of(), List.of(grant("a3", "g", "5000000000", "KRW", "2024-03-02")), List.of())));
        assertEquals(1, g.facts(AgreementKind.INSTANCE).size());
        Canonical<AgreementFact> c = g.facts(AgreementKind.INSTANCE).get(0);
        assertEquals(AgreementStatus.signed, c.merged().status());
        Conflict status = c.conflicts().stream().filter(x -> x.attribute().equals("status")).findFirst().orElseThrow();
        assertEquals(List.of("a2"), status.valuesByArticle().get("pledged"));
        assertEquals(List.of("a1", "a3"), status.valuesByArticle().get("signed"));
        assertEquals("signed", status.chosen());
    }

    @Test
    void differentDaysAreDifferentGrants() {
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(
                article("a1", List.of(), List.of(grant("a1", "g", "5000000000", "KRW", "2024-03-02")), List.of()),
                article("a2", List.of(), List.of(grant("a2", "g", "5000000000", "KRW", "2024-03-09")), List.of())));
        assertEquals(2, g.facts(AgreementKind.INSTANCE).size());
    }

    @Test
    void meetingsOfTheSameLeadersOnDifferentDaysStayApart() {
        EventFact d1 = new EventFact("m", EventType.BilateralMeeting, null, "2024-05-03", null, null,
                List.of(SCHOLZ, RUTO), null, null, null, ev("a1", 0));
        EventFact d2 = new EventFact("m", EventType.BilateralMeeting, null, "2024-06-10", null, null,
                List.of(SCHOLZ, RUTO), null, null, null, ev("a2", 0));
        EventFact vague = new EventFact("m", EventType.Talks, null, null, null, null,
                List.of(RUTO, SCHOLZ), null, null, null, ev("a3", 0));
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(article("a1", List.of(d1), List.of(), List.of()),
                article("a2", List.of(d2), List.of(), List.of()), article("a3", List.of(vague), List.of(), List.of())));
        assertEquals(2, g.facts(EventKind.INSTANCE).size());
        assertEquals(3, g.facts(EventKind.INSTANCE).stream().mapToInt(c -> c.articles().size()).sum());
    }

    @Test
    void aSummitNamedByNoOneJoinsOnlyTheOneInTheSamePlace() {
        EntityRef lima = new EntityRef(EntityKind.PLACE, "lima", "Lima");
        EntityRef quito = new EntityRef(EntityKind.PLACE, "quito", "Quito");
        EventFact full = new EventFact("s", EventType.Summit, "Andean summit", "2024-05-03", null, lima,
                List.of(KENYA, GHANA), null, null, null, ev("a1", 0));
        EventFact elsewhere = new EventFact("s", EventType.Summit, "Pacific summit", "2024-05-03", null, quito,
                List.of(KOREA), null, null, null, ev("a3", 0));
        EventFact vague = new EventFact("s", EventType.Summit, "summit", null, null, lima, List.of(), null, null, null, ev("a2", 0));
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(article("a1", List.of(full), List.of(), List.of()),
                article("a2", List.of(vague), List.of(), List.of()), article("a3", List.of(elsewhere), List.of(), List.of())));
        assertEquals(2, g.facts(EventKind.INSTANCE).size());
        var lima2 = g.facts(EventKind.INSTANCE).stream().filter(c -> lima.equals(c.merged().place())).findFirst().orElseThrow();
        assertEquals(2, lima2.articles().size());
    }

    @Test
    void aSummitToldWithFewerOfItsSidesJoinsItInTheSamePlaceButNotElsewhere() {
        EntityRef lima = new EntityRef(EntityKind.PLACE, "lima", "Lima");
        EntityRef quito = new EntityRef(EntityKind.PLACE, "quito", "Quito");
        EventFact fiveWay = new EventFact("s", EventType.Summit, "five-way summit", "2024-05-03", null, lima,
                List.of(KENYA, GHANA, KOREA, JAPAN, PERU), null, null, null, ev("a1", 0));
        EventFact twoOfThem = new EventFact("s", EventType.Summit, "Kenya-Ghana summit", null, null, lima,
                List.of(KENYA, GHANA), null, null, null, ev("a2", 0));
        EventFact elsewhere = new EventFact("s", EventType.Summit, "Kenya-Ghana summit", null, null, quito,
                List.of(KENYA, GHANA), null, null, null, ev("a3", 0));
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(article("a1", List.of(fiveWay), List.of(), List.of()),
                article("a2", List.of(twoOfThem), List.of(), List.of()), article("a3", List.of(elsewhere), List.of(), List.of())));
        assertEquals(2, g.facts(EventKind.INSTANCE).size(), g.facts(EventKind.INSTANCE)::toString);
        var inLima = g.facts(EventKind.INSTANCE).stream().filter(c -> lima.equals(c.merged().place())).findFirst().orElseThrow();
        assertEquals(2, inLima.articles().size());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<ArticleFacts> in = new ArrayList<>(List.of(
                article("a1", List.of(), List.of(grant("a1", "g", "5000000000", "KRW", "2024-03-02")), List.of()),
                article("a2", List.of(), List.of(grant("a2", "g", null, null, null)), List.of()),
                article("a3", List.of(), List.of(grant("a3", "x", "700", "USD", null)), List.of())));
        var first = new Reconciler(FactKinds.ALL).reconcile(in);
        Collections.reverse(in);
        var second = new Reconciler(FactKinds.ALL).reconcile(in);
        assertEquals(first.facts(AgreementKind.INSTANCE).stream().map(Canonical::key).toList(),
                second.facts(AgreementKind.INSTANCE).stream().map(Canonical::key).toList());
    }

    @Test
    void quotationCarriedByTwoOutletsIsOneWithTwoArticles() {
        QuotationFact q1 = new QuotationFact(RUTO, "We will build the plants together with our partners", ev("a1", 5));
        QuotationFact q2 = new QuotationFact(null, "we will build the plants together", ev("a2", 9));
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(article("a1", List.of(), List.of(), List.of(q1)),
                article("a2", List.of(), List.of(), List.of(q2))));
        assertEquals(1, g.facts(QuotationKind.INSTANCE).size());
        assertEquals(RUTO, g.facts(QuotationKind.INSTANCE).get(0).merged().speaker());
        assertEquals(2, g.facts(QuotationKind.INSTANCE).get(0).articles().size());
    }

    @Test
    void theSameShortQuotationInTwoOutletsIsOne() {
        QuotationFact q1 = new QuotationFact(RUTO, "a new chapter", ev("a1", 5));
        QuotationFact q2 = new QuotationFact(RUTO, "A new chapter.", ev("a2", 9));
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(article("a1", List.of(), List.of(), List.of(q1)),
                article("a2", List.of(), List.of(), List.of(q2))));
        assertEquals(1, g.facts(QuotationKind.INSTANCE).size());
        assertEquals(2, g.facts(QuotationKind.INSTANCE).get(0).articles().size());
    }

    @Test
    void aQuotedFragmentIsNotTheWholeQuotation() {
        QuotationFact whole = new QuotationFact(RUTO, "We will build the plants together with our partners in the region", ev("a1", 5));
        QuotationFact fragment = new QuotationFact(null, "partners in the region", ev("a2", 9));
        var g = new Reconciler(FactKinds.ALL).reconcile(List.of(article("a1", List.of(), List.of(), List.of(whole)),
                article("a2", List.of(), List.of(), List.of(fragment))));
        assertEquals(2, g.facts(QuotationKind.INSTANCE).size());
    }

    private static List<Canonical<QuotationFact>> quotations(QuotationFact... reports) {
        List<ArticleFacts> in = new ArrayList<>();
        for (QuotationFact q : reports) {
            in.add(article(q.evidence().articleId(), List.of(), List.of(), List.of(q)));
        }
        return new Reconciler(FactKinds.ALL).reconcile(in).facts(QuotationKind.INSTANCE);
    }

    @Test
    void curlyOrStraightQuotesAndTheClosingFullStopDoNotCount() {
        var facts = quotations(
                new QuotationFact(RUTO, "It\u2019s going to save lives in every county", ev("a1", 5)),
                new QuotationFact(RUTO, "It's going to save lives in every county.", ev("a2", 9)));
        assertEquals(1, facts.size());
        assertEquals(2, facts.get(0).articles().size());
    }

    @Test
    void anOutletQuotingLessIsTheSameQuotationWithTheLongerText() {
        String whole = "We will build the plants together with our partners in the region. The money is there, the land is there, "
                + "and the workers are ready to start on the first day of next year without any further delay";
        var facts = quotations(
                new QuotationFact(RUTO, whole, ev("a1", 5)),
                new QuotationFact(RUTO, "the money is there, the land is there, and the workers are ready", ev("a2", 9)),
                new QuotationFact(null, "We will build the plants together with our partners in the region", ev("a3", 2)));
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(3, facts.get(0).articles().size());
        assertEquals(whole, facts.get(0).merged().text());
        assertEquals(RUTO, facts.get(0).merged().speaker());
    }

    @Test
    void aWordChangedByOneOutletIsStillTheSameQuotation() {
        var facts = quotations(
                new QuotationFact(RUTO, "This grant will further enhance the capacities of our coast guard, which shares common concerns with Japan", ev("a1", 5)),
                new QuotationFact(RUTO, "This (agreement) will further enhance the capacities of our coast guard, which shares common interests with Japan", ev("a2", 9)));
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(2, facts.get(0).articles().size());
    }

    @Test
    void theSameLongQuotationWithAWrongSpeakerInOneOutletIsOneQuotationOfTheMajoritysSpeaker() {
        String words = "Kenya is a key partner for us in Africa and on green energy";
        var facts = quotations(
                new QuotationFact(SCHOLZ, words, ev("a1", 5)),
                new QuotationFact(SCHOLZ, words + ".", ev("a2", 9)),
                new QuotationFact(RUTO, words, ev("a3", 2)));
        assertEquals(1, facts.size(), facts::toString);
        assertEquals(3, facts.get(0).articles().size());
        assertEquals(SCHOLZ, facts.get(0).merged().speaker());
    }

    @Test
    void shortWordsSaidByTwoPeopleStayTwoQuotations() {
        var facts = quotations(
                new QuotationFact(RUTO, "a new chapter in our ties", ev("a1", 5)),
                new QuotationFact(SCHOLZ, "a new chapter in our ties", ev("a2", 9)));
        assertEquals(2, facts.size());
    }

    @Test
    void twoQuotationsSharingAStockPhraseStayApart() {
        var facts = quotations(
                new QuotationFact(RUTO, "We would like to strengthen our cooperation with Japan to maintain a free and open international order based on the rule of law", ev("a1", 5)),
                new QuotationFact(RUTO, "Through concrete cooperation we want to secure a world protected by a free and open international order based on the rule of law", ev("a2", 9)),
                new QuotationFact(RUTO, "a free and open international order", ev("a3", 9)));
        assertEquals(3, facts.size(), facts::toString);
    }

    @Test
    void wordsChangedTooOftenToShareASixWordPhraseStillMeetThroughTheSpeakersShorterPhrases() {
        var facts = quotations(
                new QuotationFact(RUTO, "Kenya and Denmark will together open a port in Mombasa and then build roads to Nairobi", ev("a1", 5)),
                new QuotationFact(null, "Kenya and Denmark will also open a port in Mombasa so then build roads to Nairobi", ev("a2", 9)));
        assertEquals(1, facts.size(), facts::toString);
        facts = quotations(
                new QuotationFact(RUTO, "Kenya and Denmark will together open a port in Mombasa and then build roads to Nairobi", ev("a1", 5)),
                new QuotationFact(RUTO, "Kenya and Denmark will also open a port in Mombasa so then build roads to Nairobi", ev("a2", 9)));
        assertEquals(1, facts.size(), facts::toString);
    }

    @Test
    void aQuotationCarriedByManyOutletsAndStockPhrasesSaidByManyPeople() {
        List<QuotationFact> reports = new ArrayList<>();
        String copied = "The new railway will carry our goods from the coast to the lakes in half the time";
        for (int i = 0; i < 100; i++) {
            reports.add(new QuotationFact(i % 10 == 0 ? null : RUTO, copied, ev("c" + i, 5)));
        }
        for (int i = 0; i < 80; i++) {
            EntityRef who = new EntityRef(EntityKind.PERSON, "speaker-" + i, "Speaker " + i);
            String own = "In district number " + i + " we will keep a free and open international order based on the rule of law";
            reports.add(new QuotationFact(who, own, ev("s" + i, 5)));
            if (i == 7) {
                reports.add(new QuotationFact(null, own + ".", ev("t" + i, 5)));
            }
        }
        var facts = quotations(reports.toArray(QuotationFact[]::new));
        assertEquals(81, facts.size());
        assertEquals(100, facts.stream().filter(f -> f.merged().text().equals(copied)).findFirst().orElseThrow().articles().size());
        assertEquals(2, facts.stream().filter(f -> f.merged().text().contains("number 7 ")).findFirst().orElseThrow().articles().size());
    }
}
