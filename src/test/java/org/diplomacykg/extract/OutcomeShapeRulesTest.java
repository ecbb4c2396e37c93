package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;
import org.junit.jupiter.api.Test;

/**
 * Rules for the shape of outcomes and events: one outcome per document adopted, the named
 * agreement that talks are started on, a framework's sum carried by its transfer, a purpose
 * that is not an outcome, a party leader who stands for the country, a background month that
 * stays in its sentence. Sentences written for the test.
 */
class OutcomeShapeRulesTest {
    private static Set<String> keys(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::key).collect(Collectors.toSet());
    }

    private static List<AgreementFact> agreements(ArticleFacts f) {
        return f.agreements();
    }

    @Test
    void twoDocumentsAdoptedTogetherAreTwoOutcomes() {
        var f = TestDocs.extract("2022-05-02",
                "The leaders of Chile and Argentina met in Santiago on Monday.",
                "At the meeting, the leaders adopted a joint declaration and an action plan.");
        Set<AgreementType> types = agreements(f).stream().map(AgreementFact::type).collect(Collectors.toSet());
        assertTrue(types.contains(AgreementType.JointStatement), f.agreements()::toString);
        assertTrue(types.contains(AgreementType.Plan), f.agreements()::toString);
    }

    @Test
    void talksStartedOnANamedAgreementAreThatAgreementUnderNegotiation() {
        var f = TestDocs.extract("2022-05-02",
                "Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago on Monday.",
                "The two leaders confirmed that they will begin talks to finalize a Mutual Logistics Agreement.");
        List<AgreementFact> named = agreements(f).stream().filter(a -> a.name().contains("Mutual Logistics")).toList();
        assertEquals(1, named.size(), f.agreements()::toString);
        assertEquals(AgreementType.NegotiationAgreement, named.get(0).type());
        assertEquals(AgreementStatus.under_negotiation, named.get(0).status());
        assertTrue(agreements(f).stream().noneMatch(a -> a.name().startsWith("begin")), f.agreements()::toString);
    }

    @Test
    void aPurposeNamingOneSideIsNotAnOutcome() {
        var f = TestDocs.extract("2022-05-02",
                "At their meeting in Suva, Japanese Prime Minister Fumio Kishida and Fijian Prime Minister Sitiveni Rabuka confirmed that they will begin negotiations on a new defence treaty, known as a status of forces agreement, to strengthen security ties.");
        assertEquals(1, agreements(f).size(), f.agreements()::toString);
        AgreementFact treaty = agreements(f).get(0);
        assertEquals(AgreementType.NegotiationAgreement, treaty.type());
        assertEquals(Set.of("JP", "FJ"), keys(treaty.parties()));
    }

    @Test
    void aSumUnderAFrameworkBelongsToTheTransferOfTheSentence() {
        var f = TestDocs.extract("2022-05-02",
                "Japan and Fiji exchanged notes on a $5 million grant under the Blue Pacific security agreement to provide patrol boats for the Fijian navy.");
        AgreementFact transfer = agreements(f).stream().filter(a -> a.type().isTransfer()).findFirst()
                .orElseThrow(() -> new AssertionError(f.agreements().toString()));
        assertEquals(0, transfer.amount().value().compareTo(new java.math.BigDecimal("5000000")), transfer::toString);
        assertTrue(agreements(f).stream().filter(a -> !a.type().isTransfer()).allMatch(a -> a.amount() == null), f.agreements()::toString);
    }

    @Test
    void aPartyLeaderStandsForHisCountry() {
        var f = TestDocs.extract("2022-05-02",
                "Chilean President Gabriel Boric and Argentina's ruling Justicialist Party chief signed a trade agreement in Santiago on Monday.");
        AgreementFact deal = agreements(f).stream().filter(a -> a.name().contains("trade")).findFirst()
                .orElseThrow(() -> new AssertionError(f.agreements().toString()));
        assertEquals(Set.of("CL", "AR"), keys(deal.parties()));
    }

    @Test
    void aBackgroundMonthDoesNotDateTheNextSentence() {
        var f = TestDocs.extract("2022-05-02",
                "In late March, Chile and Bolivia traded accusations over the Silala river.",
                "During his talks with Bolivian President Luis Arce, Chilean President Gabriel Boric promised to provide Bolivia with water monitoring equipment.");
        AgreementFact promise = agreements(f).stream().filter(a -> keys(a.parties()).contains("BO")).findFirst()
                .orElseThrow(() -> new AssertionError(f.agreements().toString()));
        assertTrue(promise.date() == null || !promise.date().startsWith("2022-03"), promise::toString);
    }

    @Test
    void aSummitPlannedForALaterDayIsAnEventOfItsOwn() {
        var f = TestDocs.extract("2022-05-02",
                "The leaders of Chile and Argentina met at a special summit in Santiago on Monday.",
                "Chile also hopes to push forward mining cooperation with Argentina at a summit for the Andean Lithium initiative planned for Wednesday.");
        List<EventFact> summits = f.events().stream().filter(e -> e.type() == EventType.Summit).toList();
        EventFact lithium = summits.stream().filter(e -> e.name().contains("Lithium")).findFirst()
                .orElseThrow(() -> new AssertionError(f.events().toString()));
        assertEquals("2022-05-04", lithium.startDate());
        assertTrue(summits.stream().anyMatch(e -> e != lithium && "2022-05-02".equals(e.startDate())), f.events()::toString);
    }

    @Test
    void aSummitIsNamedForTheBodyWhoseLeadersAttendIt() {
        var f = TestDocs.extract("2022-05-02",
                "The leaders of Chile and Argentina met at a summit in Santiago on Monday.",
                "On Friday, the meeting concludes with a summit attended by the Blue Ocean Alliance leaders.");
        assertTrue(f.events().stream().anyMatch(e -> e.name().equals("Blue Ocean Alliance summit")), f.events()::toString);
        assertNull(f.events().stream().filter(e -> e.name().equals("Blue Ocean Alliance summit")).findFirst().orElseThrow().place());
    }

    @Test
    void aDescribedVenueIsNoPlaceNameButTheCityIs() {
        var f = TestDocs.extract("2021-06-16",
                "Chilean President Gabriel Boric and Argentine President Alberto Fernandez met at a Swiss mansion in Geneva on Wednesday.");
        EventFact meeting = f.events().get(0);
        assertEquals("Geneva", meeting.place().name(), meeting::toString);
    }

    @Test
    void anInvitationToVisitIsNoVisit() {
        var f = TestDocs.extract("2025-07-09",
                "Indian Prime Minister Narendra Modi thanked his hosts and invited Brazilian President Luiz Inacio Lula da Silva to visit India.");
        assertTrue(f.events().stream().noneMatch(e -> e.type() == EventType.Visit), f.events()::toString);
    }

    @Test
    void theMainEventIsDatedByItsLeadNotByTheDateline() {
        var f = TestDocs.extract("2025-07-09",
                "India and Brazil on Tuesday set a target of doubling their trade as Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva held talks.",
                "Modi travelled to Brasilia for the bilateral meeting with Lula after attending a summit in Rio de Janeiro.");
        EventFact main = f.events().stream().filter(e -> e.participants().stream().anyMatch(p -> p.key().equals("BR"))).findFirst()
                .orElseThrow(() -> new AssertionError(f.events().toString()));
        assertEquals("2025-07-08", main.startDate(), main::toString);
    }

    @Test
    void aStatementIssuedAfterASummitIsThatSummitsSides() {
        var f = TestDocs.extract("2021-06-14",
                "On Sunday, following a summit between Kenyan President Uhuru Kenyatta and Tanzanian President Samia Suluhu Hassan, a lengthy statement said both sides would remove trade barriers.");
        AgreementFact statement = agreements(f).stream().filter(a -> a.type() == AgreementType.JointStatement).findFirst()
                .orElseThrow(() -> new AssertionError(f.agreements().toString()));
        assertEquals(Set.of("KE", "TZ"), keys(statement.parties()));
    }

    @Test
    void aDealSealedDuringAVisitIsNotTheVisitorsAndHosts() {
        var f = TestDocs.extract("2021-06-14",
                "Deals sealed during the Kenyan president's visit to Tanzania include a $300 million contract between Kenya Airways and a Dar es Salaam logistics firm.");
        assertTrue(agreements(f).stream().noneMatch(a -> keys(a.parties()).equals(Set.of("KE", "TZ"))), f.agreements()::toString);
    }

    @Test
    void aDocumentProvidingForASupplyIsThatTransferAndTakesTheGiverOfTheRun() {
        var f = TestDocs.extract("2021-06-14",
                "Norwegian Prime Minister Erna Solberg pledged to give Ghana two patrol boats on Monday.",
                "She also promised Togo a coastal radar.",
                "That followed a protocol stipulating the delivery of surveillance drones to Benin.");
        AgreementFact benin = agreements(f).stream().filter(a -> a.recipient() != null && a.recipient().key().equals("BJ")).findFirst()
                .orElseThrow(() -> new AssertionError(f.agreements().toString()));
        assertTrue(benin.type().isTransfer(), benin::toString);
        assertEquals("NO", benin.provider().key(), benin::toString);
    }

    @Test
    void aTransferWithNoGiverOutsideARunOfTransfersIsNotReported() {
        var f = TestDocs.extract("2021-06-14",
                "Norwegian Prime Minister Erna Solberg met Ghanaian President Nana Akufo-Addo in Accra on Monday.",
                "The two leaders discussed fisheries and climate finance at length.",
                "Officials said trade between the two countries had doubled since 2015.",
                "That followed a protocol stipulating the delivery of surveillance drones to Benin.");
        assertTrue(agreements(f).stream().noneMatch(a -> a.recipient() != null && a.recipient().key().equals("BJ")), f.agreements()::toString);
    }

    @Test
    void aDeadlineDoesNotDateTheAgreement() {
        var f = TestDocs.extract("2021-06-14",
                "The presidents of Sudan and South Sudan agreed on Monday in Juba to reopen all border crossings by the end of 2021.",
                "Their defence ministers agreed to withdraw troops from the frontier before 2022.");
        assertTrue(agreements(f).size() >= 1, f.agreements()::toString);
        for (AgreementFact a : agreements(f)) {
            assertTrue(a.date() == null || a.date().equals("2021-06-14"), a::toString);
        }
    }
}
