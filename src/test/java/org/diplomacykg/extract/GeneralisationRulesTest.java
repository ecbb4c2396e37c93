package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * The rules added so that the extractor reads articles beyond the seeds: each with sentences
 * written for the test, about invented people unless a rule needs leaders.tsv.
 */
class GeneralisationRulesTest {
    private static PersonFact person(ArticleFacts f, String key) {
        return f.people().stream().filter(p -> p.person().key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + f.people()));
    }

    private static Set<String> keys(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::key).collect(Collectors.toSet());
    }

    // --- people -------------------------------------------------------------------------

    @Test
    void sentenceCutAfterAnOpeningAbbreviationIsJoined() {
        String text = "U.S. Envoy Dana Reyes arrived.";
        Sentence a = new Sentence(0, 0, 4, "U.S.", List.of(new Token("U.S.", 0, 4, "PROPN")), 0, false);
        Sentence b = new Sentence(1, 5, text.length(), text.substring(5), List.of(new Token("Envoy", 5, 10, "PROPN")), 0, false);
        List<Sentence> out = SentenceRepair.repair(List.of(a, b), text);
        assertEquals(1, out.size());
        assertEquals(text, out.get(0).text());
        assertEquals(0, out.get(0).index());
        assertEquals(2, out.get(0).tokens().size());
    }

    @Test
    void leaderNameWrittenDifferentlyMatchesByFamilyNameInitialAndDate() {
        var f = TestDocs.extract("2023-02-01", "South African President Cyril Ramaphosa opened a trade fair in Durban on Tuesday.");
        PersonFact p = person(f, "matamela-cyril-ramaphosa");
        assertEquals("Cyril Ramaphosa", p.person().name());
        assertEquals("ZA", p.country().key());
    }

    @Test
    void leadersFileCapitalsAndTerritoriesAreNormalised() {
        assertEquals("Xi Jinping", LeaderDirectory.normalizeCase("XI Jinping"));
        assertEquals("Charles III", LeaderDirectory.normalizeCase("Charles III"));
        LeaderDirectory leaders = new LeaderDirectory();
        // listed again for French Polynesia and others, and filed under ME in the reference copy
        assertEquals("FR", leaders.leader("Emmanuel Macron", "2023-06-01").iso());
    }

    @Test
    void particleInsideANameBelongsToIt() {
        var f = TestDocs.extract("2022-03-03",
                "Portuguese Foreign Minister Rui dos Santos Moreira met Spanish officials in Madrid.",
                "Moreira said the talks went well.");
        PersonFact p = person(f, "rui-dos-santos-moreira");
        assertEquals("PT", p.country().key());
        assertEquals(1, f.people().size());
    }

    @Test
    void seatOfGovernmentIsAnOrganisationNotAPerson() {
        var f = TestDocs.extract("2022-03-03",
                "\"We will respond in kind,\" the Kremlin said on Friday.",
                "Downing Street said the sanctions would stay.");
        assertTrue(f.people().isEmpty(), f.people().toString());
        assertEquals(EntityKind.ORGANIZATION, f.quotations().get(0).speaker().kind());
    }

    @Test
    void partyNameEndsAtItsHeadAndLendsItsCountryToTheOffice() {
        var f = TestDocs.extract("2022-03-03",
                "Laotian People's Revolutionary Party General Secretary Somsak Vongsa met Thai officials in Bangkok.");
        PersonFact p = person(f, "somsak-vongsa");
        assertEquals("General Secretary", p.title());
        assertEquals("LA", p.country().key());
    }

    // --- events -------------------------------------------------------------------------

    @Test
    void summitNamedForAForumIsThatForumsSummitAndNotPlacedAtTheDateline() {
        var a = TestDocs.annotate("2021-10-30", "ROME",
                "Canadian Prime Minister Claire Dubois met Mexican President Luis Ortega on the sidelines of the Group of 20 summit.");
        var f = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of()).extract(a);
        EventFact summit = f.events().stream().filter(e -> e.type() == EventType.Summit).findFirst().orElseThrow();
        assertEquals("Group of 20 summit", summit.name());
        assertTrue(keys(summit.participants()).contains("g20"));
        assertNull(summit.place());
    }

    @Test
    void summitOfTheTwoSidesOfAMeetingIsOneEvent() {
        var f = TestDocs.extract("2022-04-06",
                "Norwegian Prime Minister Ola Berg and Danish Prime Minister Mette Holm held a summit in Oslo on Tuesday.");
        assertEquals(1, f.events().size(), f.events().toString());
        EventFact e = f.events().get(0);
        assertEquals(EventType.Summit, e.type());
        assertTrue(keys(e.participants()).containsAll(Set.of("NO", "DK", "ola-berg", "mette-holm")), e.participants().toString());
        assertEquals("2022-04-05", e.startDate());
    }

    @Test
    void aTopicRaisedDuringASummitIsNoPartyToIt() {
        var f = TestDocs.extract("2024-03-05",
                "Kenyan President Amani Odhiambo and Tanzanian President Neema Mrisho held a summit in Arusha on Monday.",
                "The question of Somalia was also raised during the summit.");
        for (EventFact e : f.events()) {
            assertFalse(keys(e.participants()).contains("SO"), e.toString());
        }
    }

    // --- agreements ---------------------------------------------------------------------

    @Test
    void agreedToVerbGivesOneCommitmentPerCoordinatedVerb() {
        var all = TestDocs.extract("2022-09-14",
                "Indian Prime Minister Ravi Kumar and Australian Prime Minister Sam Carter agreed on Monday to expand joint naval exercises and to cooperate on critical minerals.").agreements();
        assertEquals(2, all.size(), all.toString());
        assertEquals("expand joint naval exercises", all.get(0).name());
        assertEquals("cooperate on critical minerals", all.get(1).name());
        for (AgreementFact g : all) {
            assertEquals(AgreementStatus.agreed, g.status());
            assertEquals(Set.of("IN", "AU"), keys(g.parties()));
            assertEquals("2022-09-12", g.date());
        }
    }

    @Test
    void oneCountryMayPledgeAlone() {
        var all = TestDocs.extract("2022-09-14",
                "Canada pledged to double its support for clean energy projects in the region.",
                "Officials said the government remained committed to the existing treaty.").agreements();
        assertEquals(1, all.size(), all.toString());
        assertEquals(AgreementStatus.pledged, all.get(0).status());
        assertEquals(Set.of("CA"), keys(all.get(0).parties()));
    }

    @Test
    void theTwoLeadersAreThePairNamedBefore() {
        var all = TestDocs.extract("2022-09-14",
                "Indian Prime Minister Ravi Kumar met Australian Prime Minister Sam Carter in Delhi on Monday.",
                "The two leaders also agreed to relaunch a maritime security dialogue suspended since 2019.").agreements();
        AgreementFact g = all.stream().filter(a -> a.type() == AgreementType.Dialogue).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(Set.of("IN", "AU"), keys(g.parties()));
        assertEquals("2022-09-12", g.date());
    }

    @Test
    void manyDocumentsSignedAtOnceAreOneSignedFactDatedByTheMeeting() {
        var all = TestDocs.extract("2022-05-20",
                "Egyptian President Omar Farid held talks with Greek Prime Minister Nikos Pappas in Athens on Thursday.",
                "After the talks, the two heads of state witnessed the signing of a number of cooperation documents.").agreements();
        assertEquals(1, all.size(), all.toString());
        AgreementFact g = all.get(0);
        assertEquals("cooperation documents", g.name());
        assertEquals(AgreementStatus.signed, g.status());
        assertEquals(Set.of("EG", "GR"), keys(g.parties()));
        assertEquals("2022-05-19", g.date());
    }

    @Test
    void payingIsATransferAndAPurposeNamesNoItems() {
        var all = TestDocs.extract("2022-05-20",
                "Norway will pay Brazil 50 million euros to help stop illegal logging by boats on the Amazon river.").agreements();
        AgreementFact g = all.get(0);
        assertEquals("NO", g.provider().key());
        assertEquals("BR", g.recipient().key());
        assertEquals("EUR", g.amount().currency());
        assertTrue(g.items().isEmpty(), g.items().toString());
    }

    @Test
    void countryNamedOnlyInsideAQuotationIsNoParty() {
        var all = TestDocs.extract("2022-05-20",
                "Chilean President Ana Rojas met Peruvian President Jorge Salas in Lima on Friday.",
                "\"We do not seek to isolate Bolivia,\" Rojas said.",
                "The two countries agreed to build a cross-border rail link.").agreements();
        assertEquals(Set.of("CL", "PE"), keys(all.get(0).parties()));
    }

    @Test
    void designatingAnotherCountryAnAllyIsAPartnershipOfBothAndNoMeeting() {
        var f = TestDocs.extract("2024-05-02", "Kenyan President Amani Odhiambo said on Monday he would designate Tanzania a major strategic ally.");
        AgreementFact a = f.agreements().stream().filter(x -> x.type() == AgreementType.Partnership).findFirst()
                .orElseThrow(() -> new AssertionError(f.agreements()));
        assertTrue(a.name().contains("ally"), a.name());
        assertEquals(Set.of("KE", "TZ"), keys(a.parties()));
        assertTrue(f.events().isEmpty(), f.events().toString());
    }

    @Test
    void reopeningBordersOrAirspaceToAnotherCountryIsAnOutcomeBetweenThem() {
        var f = TestDocs.extract("2024-05-02", "Saudi Arabia reopened its airspace and land borders to Qatar on Monday.");
        AgreementFact a = f.agreements().stream().findFirst().orElseThrow(() -> new AssertionError(f.agreements()));
        assertTrue(a.name().contains("borders") || a.name().contains("airspace"), a.name());
        assertEquals(Set.of("SA", "QA"), keys(a.parties()));
    }

    // --- dates --------------------------------------------------------------------------

    @Test
    void datelineDateIsWhenTheStoryWasFiledNotWhenItHappened() {
        var f = TestDocs.extract(null,
                "SEOUL, June 9, 2022 - Korean Foreign Minister Ji-woo Han and Mongolian Foreign Minister Bat Erdene agreed on Wednesday to expand air links.");
        assertEquals("2022-06-08", f.agreements().get(0).date());
    }

    // --- quotations ---------------------------------------------------------------------

    @Test
    void quotationAfterTheAttributionContinuesTheSpeaker() {
        var qs = TestDocs.extract("2022-05-20",
                "Irish Prime Minister Sean Byrne spoke in Dublin.",
                "\"We made real progress,\" Byrne told reporters. \"We will meet again soon.\"").quotations();
        assertEquals(2, qs.size());
        for (QuotationFact q : qs) {
            assertEquals("sean-byrne", q.speaker().key());
        }
        assertEquals("We will meet again soon", qs.get(1).text());
    }

    @Test
    void speakerNamedWithAnAppositionIsWhomHeRefersTo() {
        var qs = TestDocs.extract("2022-05-20",
                "Tomas Novak, a senior fellow at the Prague Institute of International Relations, said the vote mattered.",
                "\"The region is watching closely,\" he said.").quotations();
        assertEquals("tomas-novak", qs.get(0).speaker().key());
    }

    @Test
    void quotedTextKeepsItsOwnPunctuationButNotTheSentencesFullStop() {
        assertEquals("We will meet again soon", QuotationExtractor.trimEnd("We will meet again soon."));
        assertEquals("Will we meet again?", QuotationExtractor.trimEnd("Will we meet again?"));
        assertEquals("a deal with the U.S.", QuotationExtractor.trimEnd("a deal with the U.S."));
        assertNotNull(QuotationExtractor.trimEnd(""));
        assertFalse(QuotationExtractor.trimEnd("ends here,").endsWith(","));
    }

    // --- rules for the second round of held-out sets (sentences written for these tests) -----

    private static AgreementFact agreementNamed(ArticleFacts f, String word) {
        return f.agreements().stream().filter(a -> a.name() != null && a.name().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not in " + f.agreements()));
    }

    @Test
    void agreedWithPlaceAndDayBeforeToIsACommitmentOfTheMinistersCountries() {
        var f = TestDocs.extract("2024-03-08", "Chilean Foreign Minister Ana Torres and her Peruvian counterpart Luis Vega agreed in Lima on Tuesday to reopen two border crossings.");
        AgreementFact a = agreementNamed(f, "reopen");
        assertEquals(Set.of("CL", "PE"), keys(a.parties()));
    }

    @Test
    void theTwoMinistersSignedTakesThePairNamedBefore() {
        var f = TestDocs.extract("2024-03-08", "Chilean Foreign Minister Ana Torres and her Peruvian counterpart Luis Vega agreed in Lima on Tuesday to reopen two border crossings.",
                "The two ministers also signed a memorandum of understanding on fisheries.");
        AgreementFact a = agreementNamed(f, "fisheries");
        assertEquals(Set.of("CL", "PE"), keys(a.parties()));
    }

    @Test
    void lenderApprovesAGrantToHelpACountryAndASeparateGrantKeepsTheRecipient() {
        var f = TestDocs.extract("2024-03-08", "The World Bank on Monday approved a $40 million grant to help Nepal repair schools.",
                "On Friday, the bank's board approved a separate $15 million grant to train teachers.");
        List<AgreementFact> grants = f.agreements().stream().filter(a -> a.type() == AgreementType.Grant).toList();
        assertEquals(2, grants.size(), grants.toString());
        for (AgreementFact g : grants) {
            assertEquals("NP", g.recipient().key());
            assertEquals("world-bank", g.provider().key());
        }
        assertEquals(Set.of(40000000.0, 15000000.0), grants.stream().map(g -> g.amount().value().doubleValue()).collect(Collectors.toSet()));
    }

    @Test
    void investmentPledgeHasProviderAndRecipient() {
        var f = TestDocs.extract("2024-03-08", "Japan will invest $3 billion in Ghana over the next decade, the trade minister said.");
        AgreementFact a = f.agreements().stream().filter(x -> x.recipient() != null).findFirst().orElseThrow(() -> new AssertionError(f.agreements()));
        assertEquals("JP", a.provider().key());
        assertEquals("GH", a.recipient().key());
    }

    @Test
    void exchangedMemorandaAreSignedDocumentsOfTheTwoGovernments() {
        var f = TestDocs.extract("2024-03-08", "Estonian Prime Minister Mari Kask and Polish President Jan Nowak signed a border treaty in Warsaw on Monday, and the two governments exchanged six memoranda of understanding.");
        AgreementFact a = agreementNamed(f, "memoranda");
        assertEquals(Set.of("EE", "PL"), keys(a.parties()));
    }

    @Test
    void memorandumUnderWhichIsNamedForWhatItCommitsTo() {
        var f = TestDocs.extract("2024-03-08", "Among the documents was an MoU under which Norway will help build a hydropower plant in Nepal, the ministry said.");
        AgreementFact a = agreementNamed(f, "hydropower");
        assertEquals(Set.of("NO", "NP"), keys(a.parties()));
    }

    @Test
    void officeWithoutCountryTakesTheReportingSpeakersCountry() {
        var f = TestDocs.extract("2024-03-08", "Irish Foreign Minister Sean Walsh said Prime Minister Liam Doyle would travel to Berlin next week.");
        assertEquals("IE", person(f, "liam-doyle").country().key());
    }

    @Test
    void nationalOfficeWithoutCountryTakesTheDatelineCountry() {
        var f = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of()).extract(TestDocs.annotate("2024-03-08", "Nairobi", "Finance Minister Grace Wanjiru told lawmakers on Tuesday that spending would rise."));
        assertEquals("KE", person(f, "grace-wanjiru").country().key());
    }

    @Test
    void forPhraseBetweenTitleAndNameAndACityAsAGivenName() {
        var f = TestDocs.extract("2024-03-08", "World Bank Vice President for Western and Central Africa Victoria Osei visited Accra last week and met President Kofi Mensah.");
        PersonFact p = person(f, "victoria-osei");
        assertEquals("Vice President", p.title());
        assertEquals("world-bank", p.organization().key());
        EventFact v = f.events().stream().filter(e -> e.type() == EventType.Visit).findFirst().orElseThrow(() -> new AssertionError(f.events()));
        assertTrue(keys(v.participants()).contains("kofi-mensah"), v.participants().toString());
    }

    @Test
    void longMinistryTitlesWithPortfolioLists() {
        var f = TestDocs.extract("2024-03-08", "Minister of Foreign Affairs, Trade and Portuguese Communities Rui Costa held talks on Monday with Spain's Minister of Foreign Affairs, European Union and Cooperation, Marta Ruiz.");
        assertEquals("PT", person(f, "rui-costa").country().key());
        assertEquals("ES", person(f, "marta-ruiz").country().key());
    }

    @Test
    void sheikhAfterAnOfficeIsAnHonorificNotASecondOffice() {
        var f = TestDocs.extract("2024-03-08", "President His Highness Sheikh Khalid Al Mansour opened the forum.", "Qatar's Emir Sheikh Hamad Al Kuwari attended.");
        assertEquals("President", person(f, "khalid-al-mansour").title());
        assertEquals("Emir", person(f, "hamad-al-kuwari").title());
    }

    @Test
    void aSurnameAsTheArticleSpellsItFindsTheLeaderItWasMatchedTo() {
        // leaders.tsv writes "Zelenskyy"; this article writes "Zelensky" throughout
        var f = TestDocs.extract("2022-03-08", "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Tuesday.",
                "Zelensky called the talks \"a real step toward security for our region.\"");
        QuotationFact q = f.quotations().get(0);
        assertEquals("volodymyr-zelenskyy", q.speaker().key(), f.quotations()::toString);
    }

    @Test
    void otherSpellingsOfSheikhAndARulerAreTitlesNotNames() {
        var f = TestDocs.extract("2024-03-08", "Oman's Sultan Haitham bin Tariq welcomed Qatar's Amir Shaikh Jassim Al Naimi in Muscat.",
                "Dubai's ruler Sheik Rashid Al Falasi also attended.");
        assertEquals("Amir", person(f, "jassim-al-naimi").title());
        assertTrue(person(f, "rashid-al-falasi").title().equalsIgnoreCase("ruler"), person(f, "rashid-al-falasi")::toString);
    }

    @Test
    void surnameStartingWithALowerCaseParticleSpeaks() {
        var f = TestDocs.extract("2024-03-08", "\"We are ready to help,\" van der Berg said.");
        QuotationFact q = f.quotations().get(0);
        assertNotNull(q.speaker());
        assertTrue(q.speaker().name().contains("van der Berg"), q.speaker().toString());
    }

    @Test
    void packageRecipientIsTheCountryNamedRightAfterIt() {
        var f = TestDocs.extract("2024-03-08", "The European Union announced a 2 billion euro investment package for Morocco on Friday as Brussels seeks to counter Russia's influence.");
        AgreementFact a = f.agreements().stream().filter(x -> x.recipient() != null).findFirst().orElseThrow(() -> new AssertionError(f.agreements()));
        assertEquals("MA", a.recipient().key());
        assertEquals("eu", a.provider().key());
        var g = TestDocs.extract("2024-03-08", "The European Union announced a 2 billion euro investment package on Friday as Brussels seeks to counter Russia's influence.");
        assertTrue(g.agreements().stream().noneMatch(x -> x.recipient() != null), g.agreements().toString());
    }

    @Test
    void theTwoCountriesInAStoryAboutExactlyTwoCountries() {
        var f = TestDocs.extract("2024-03-08", "Austria and Slovenia opened a new rail link on Monday.",
                "Earlier this month, the central banks of the two countries agreed to share payment data.");
        AgreementFact a = agreementNamed(f, "share payment data");
        assertEquals(Set.of("AT", "SI"), keys(a.parties()));
    }
}
