package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.junit.jupiter.api.Test;

/**
 * Rules added after the third generalisation set, each on sentences written for the test about
 * invented people and groups.
 */
class UnseenArticleRulesTest {
    private static Set<String> parties(AgreementFact a) {
        return a.parties().stream().map(EntityRef::name).collect(Collectors.toSet());
    }

    @Test
    void acronymDefinedInParenthesesIsTheSameOrganisation() {
        assertTrue(Acronyms.initialsFit("Ruritanian People's Liberation Front", "RPLF"));
        assertFalse(Acronyms.initialsFit("Ruritanian People's Liberation Front", "NATO"));
        var f = TestDocs.extract("2021-05-04",
                "The government of Ghana and the rival Volta People's Liberation Front (VPLF) met in Accra on Monday.",
                "The VPLF said the talks were useful.");
        assertTrue(f.mentions().stream().anyMatch(r -> r.name().equals("Volta People's Liberation Front")), f.mentions().toString());
        assertTrue(f.mentions().stream().noneMatch(r -> r.name().equals("VPLF")), f.mentions().toString());
    }

    @Test
    void aSignedCessationOfHostilitiesIsAnAgreementBetweenTheSides() {
        var f = TestDocs.extract("2021-05-04",
                "The Ghanaian government and the Volta Liberation Movement signed a permanent cessation of hostilities in Lome on Wednesday.");
        assertEquals(1, f.agreements().size(), f.agreements().toString());
        Set<String> p = parties(f.agreements().get(0));
        assertTrue(p.contains("Ghana") && p.contains("Volta Liberation Movement"), p.toString());
    }

    @Test
    void aHyphenatedTitleGluedToTheNameIsARoleNotPartOfTheName() {
        var f = TestDocs.extract("2021-05-04",
                "\"The convoy must pass,\" said Red Cross Director-General Marta Quell on Friday.",
                "Secretary-General Halvorsen of the United Nations welcomed the news.");
        Set<String> names = f.people().stream().map(p -> p.person().name()).collect(Collectors.toSet());
        assertTrue(names.contains("Marta Quell"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("General")), names.toString());
    }

    @Test
    void aSigningInANamedCityIsAMeetingOfTheSignatories() {
        var f = TestDocs.extract("2021-05-04",
                "The Ghanaian government and the Volta Liberation Movement signed a ceasefire in Lome on Wednesday.");
        assertEquals(1, f.events().size(), f.events().toString() + f.mentions() + f.agreements());
        var e = f.events().get(0);
        assertEquals("Lome", e.place().name());
        assertTrue(e.participants().stream().anyMatch(r -> r.name().equals("Volta Liberation Movement")), e.participants().toString());
    }

    @Test
    void aSigningWithoutAPlaceIsNoMeeting() {
        var f = TestDocs.extract("2021-05-04",
                "The Ghanaian government and the Volta Liberation Movement signed a ceasefire on Wednesday.");
        assertTrue(f.events().isEmpty(), f.events().toString());
    }

    @Test
    void aHostedVisitTakesTheCityOfTheReception() {
        var f = TestDocs.extract("2021-05-04",
                "Kenyan President Amos Wekesa hosted Ghanaian President Kofi Mensah-Boateng at a state banquet in the capital Nairobi on Monday.");
        assertEquals(1, f.events().size(), f.events().toString());
        assertEquals("Nairobi", f.events().get(0).place().name());
    }

    @Test
    void authoritiesKnownByTheirRegionAreASideNamedByTheRegion() {
        var f = TestDocs.extract("2021-05-04",
                "The Sudanese government and the rebel authorities in Darfur signed a ceasefire agreement in Geneva on Monday.");
        assertEquals(1, f.agreements().size(), f.agreements().toString());
        Set<String> p = parties(f.agreements().get(0));
        assertTrue(p.contains("Sudan") && p.contains("Darfur"), p.toString());
        assertEquals(1, f.events().size(), f.events().toString());
    }

    @Test
    void aChainOfPatronymicsIsKeyedByItsShortForm() {
        assertEquals("Khalid bin Rashid", PatronymicNames.shortForm("Khalid bin Rashid bin Hamad"));
        assertEquals("Khalid bin Rashid", PatronymicNames.shortForm("Khalid bin Rashid Al Mansour"));
        assertEquals("Khalid bin Rashid", PatronymicNames.shortForm("Khalid bin Rashid"));
        assertEquals("Jean de la Fontaine", PatronymicNames.shortForm("Jean de la Fontaine"));
    }

    @Test
    void aRoyalStyleGivesWayToTheOfficeInApposition() {
        var f = TestDocs.extract("2021-05-04",
                "The talks were attended by Prince Khalid bin Rashid bin Hamad, Minister of Energy, and other officials.");
        var p = f.people().stream().filter(x -> x.person().key().equals("khalid-bin-rashid")).findFirst()
                .orElseThrow(() -> new AssertionError(f.people().toString()));
        assertEquals("Minister of Energy", p.title());
    }

    @Test
    void aCountrysOfficeInAppositionGivesTheHolderOfficeAndCountry() {
        var f = TestDocs.extract("2022-07-22",
                "Mykola Petrenko, an adviser to Ukraine's president, Taras Hordiienko, said the deal would hold.",
                "Later, Kenya's foreign minister, Amos Wekesa, met reporters.");
        var taras = f.people().stream().filter(x -> x.person().key().equals("taras-hordiienko")).findFirst().orElseThrow();
        assertEquals("President", taras.title());
        assertEquals("UA", taras.country().key());
        var amos = f.people().stream().filter(x -> x.person().key().equals("amos-wekesa")).findFirst().orElseThrow();
        assertEquals("KE", amos.country().key());
        var mykola = f.people().stream().filter(x -> x.person().key().equals("mykola-petrenko")).findFirst().orElseThrow();
        assertEquals("UA", mykola.country().key(), "an adviser to Ukraine's president serves Ukraine");
    }

    @Test
    void aFieldBetweenCountryAndOfficeKeepsTheCountry() {
        var f = TestDocs.extract("2022-07-22",
                "Kenyan Fisheries Minister Amos Wekesa and Ghana's Infrastructure Minister Kofi Mensah signed the deal.");
        var amos = f.people().stream().filter(x -> x.person().key().equals("amos-wekesa")).findFirst().orElseThrow();
        assertEquals("KE", amos.country().key());
        assertEquals("Fisheries Minister", amos.title());
        var kofi = f.people().stream().filter(x -> x.person().key().equals("kofi-mensah")).findFirst().orElseThrow();
        assertEquals("GH", kofi.country().key());
    }
}
