package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.PersonFact;
import org.junit.jupiter.api.Test;

/**
 * People from the statistical recogniser's person spans, and the roles of officials and party
 * leaders. Sentences are written for the tests; real leaders appear only where a rule reads
 * leaders.tsv.
 */
class PersonRecognitionTest {
    private static Map<String, PersonFact> people(ArticleFacts f) {
        return f.people().stream().collect(Collectors.toMap(p -> p.person().key(), Function.identity()));
    }

    /** The people of each sentence, as the people component resolves them (names as written). */
    private static List<List<String>> mentions(String date, String... paragraphs) {
        Gazetteers g = new Gazetteers(org.diplomacykg.lexicon.Lexicon.standard());
        ArticleDoc d = new ArticleDoc(TestDocs.annotate(date, null, paragraphs));
        new EntityComponent(g).process(d);
        new PeopleComponent(g).process(d);
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            out.add(d.people.mentions(i).stream().map(m -> m.ref().key() + "@" + d.article.text().substring(m.start(), m.end())).toList());
        }
        return out;
    }

    // --- names the recogniser finds ---

    @Test
    void namesWithDiacriticsAndNoTitleArePeopleFromTheRecogniser() {
        var p = people(TestDocs.extract("2024-05-02",
                "The delegation was led by Đặng Thị Hoa and Trần Quốc Bảo, who arrived in Hanoi on Monday."));
        assertNotNull(p.get("dang-thi-hoa"), p::toString);
        assertEquals("Đặng Thị Hoa", p.get("dang-thi-hoa").person().name());
        assertNotNull(p.get("tran-quoc-bao"), p::toString);
    }

    @Test
    void aNameTheRulesCutShortIsWidenedToTheRecognisersSpanAndKeepsItsTitle() {
        var p = people(TestDocs.extract("2024-05-02",
                "Irish Foreign Minister Siobhan O'Connell met Egyptian Interior Minister Karim al-Haddad in Cairo on Monday."));
        PersonFact oc = p.get("siobhan-oconnell");
        assertNotNull(oc, p::toString);
        assertEquals("Foreign Minister", oc.title());
        assertEquals("IE", oc.country().key());
        PersonFact kh = p.get("karim-al-haddad");
        assertNotNull(kh, p::toString);
        assertEquals("Interior Minister", kh.title());
        assertNull(p.get("siobhan"), p::toString);
        assertNull(p.get("karim"), p::toString);
    }

    @Test
    void aNameThatStartsWithAVenueNounIsAPersonNotAPlace() {
        var p = people(TestDocs.extract(null,
                "Park Min-jun, a senior fellow at the Sejong Institute for Strategy, said the talks went well."));
        PersonFact park = p.get("park-min-jun");
        assertNotNull(park, p::toString);
        assertEquals("senior fellow", park.title());
        assertEquals("Sejong Institute for Strategy", park.organization().name());
    }

    @Test
    void thingsNamedAfterPeopleAndPhotoCreditsAreNoPeople() {
        var p = people(TestDocs.extract(null,
                "Cyclone Freddy destroyed roads near the Maria Okoye Memorial in Blantyre.",
                "Kenyan President Amani Odhiambo visited the area on Tuesday.",
                "CAPTION: President Amani Odhiambo waves in Blantyre. Peter Kamau/Reuters"));
        assertNotNull(p.get("amani-odhiambo"), p::toString);
        assertEquals(1, p.size(), p::toString);
    }

    @Test
    void twoLetterFamilyNamesResolveToThePersonAlreadyNamed() {
        var m = mentions("2024-05-02",
                "Chinese Vice Premier Wu Haoran arrived in Canberra on Monday.",
                "Talks between Wu and the delegation lasted two hours.");
        assertTrue(m.get(1).contains("wu-haoran@Wu"), m.toString());
    }

    @Test
    void twoLetterWordsNobodyIsCalledStayUnresolved() {
        var m = mentions("2024-05-02",
                "Chinese Vice Premier Wu Haoran arrived in Canberra on Monday.",
                "Talks between Li and the delegation lasted two hours.");
        assertTrue(m.get(1).isEmpty(), m.toString());
    }

    @Test
    void aDayOfTheWeekIsNoLeadersFamilyName() {
        // leaders.tsv lists a prime minister whose family name is Friday; the story has no date
        var p = people(TestDocs.extract(null, "Ruritanian Prime Minister Anna Berg on Friday denounced the missile launch."));
        assertNull(p.get("godwin-friday"), p::toString);
        assertEquals(1, p.size(), p::toString);
    }

    @Test
    void aLeadersNameOneLetterOffIsThatLeaderWhenTheOfficeFits() {
        // leaders.tsv: Pham Minh Chinh, Prime Minister of Vietnam from 2021
        var p = people(TestDocs.extract("2023-09-11",
                "The US president met prime minister Pham Minh Chin in Hanoi on Monday."));
        PersonFact chinh = p.get("pham-minh-chinh");
        assertNotNull(chinh, p::toString);
        assertEquals("VN", chinh.country().key());
        assertNull(p.get("pham-minh-chin"), p::toString);
    }

    @Test
    void aNameOneLetterOffALeaderWithoutTheOfficeStaysAsWritten() {
        var p = people(TestDocs.extract("2023-09-11", "Foreign Minister Pham Minh Chin met reporters in Hanoi on Monday."));
        assertNotNull(p.get("pham-minh-chin"), p::toString);
        assertNull(p.get("pham-minh-chinh"), p::toString);
    }

    @Test
    void aFullNameWithMiddleNamesAndSuffixIsThePersonNamedShorter() {
        var m = mentions("2024-05-02",
                "Ambassador Robert Lane arrived in Oslo on Monday.",
                "Robert Emmett Lane III said the embassy would reopen.");
        assertEquals(List.of("robert-lane@Robert Emmett Lane III"), m.get(1), m::toString);
    }

    @Test
    void sameGivenAndFamilyNameNeedsBothAndADifferentLength() {
        assertTrue(PersonResolver.sameGivenAndFamilyName(List.of("John", "Roe"), new String[] {"John", "Quincy", "Roe", "III"}));
        assertFalse(PersonResolver.sameGivenAndFamilyName(List.of("John", "Roe"), new String[] {"Jane", "Quincy", "Roe"}));
        assertFalse(PersonResolver.sameGivenAndFamilyName(List.of("John", "Roe"), new String[] {"John", "Roe"}));
    }

    // --- roles of officials and party leaders ---

    @Test
    void generalSecretaryOfAPartyInApposition() {
        var p = people(TestDocs.extract("2024-05-02",
                "Lê Văn Toàn, general secretary of the Communist Party of Vietnam, received the delegation.",
                "Somsak Vongsa, the General Secretary of the ruling People's Revolutionary Party, said the visit was historic."));
        PersonFact le = p.get("le-van-toan");
        assertNotNull(le, p::toString);
        assertEquals("General Secretary", le.title());
        assertEquals("VN", le.country().key());
        PersonFact so = p.get("somsak-vongsa");
        assertNotNull(so, p::toString);
        assertEquals("General Secretary", so.title());
        assertNotNull(so.organization(), so::toString);
        assertTrue(so.organization().name().contains("Revolutionary Party"), so::toString);
    }

    @Test
    void anOfPhraseThatNamesNothingGivesNoOffice() {
        var p = people(TestDocs.extract(null, "Maria Keller, the secretary of the tennis club, said the talks had ended."));
        PersonFact mk = p.get("maria-keller");
        assertNotNull(mk, p::toString);
        assertNull(mk.title(), mk::toString);
    }

    @Test
    void anOfficeFollowedByANameIsThatNamesTitleNotAnApposition() {
        var p = people(TestDocs.extract("2024-05-02",
                "Prime Minister Aiko Tanaka, U.S. President Mark Hill and South Korean President Min Ho-seok held a summit on Friday."));
        PersonFact tanaka = p.get("aiko-tanaka");
        assertEquals("Prime Minister", tanaka.title());
        assertTrue(tanaka.country() == null || !tanaka.country().key().equals("US"), tanaka::toString);
        assertEquals("US", p.get("mark-hill").country().key());
    }

    @Test
    void partyChiefAndSenatorAbbreviationAndPhilippineSecretary() {
        var p = people(TestDocs.extract("2024-05-02",
                "Communist Party chief Bui Van Long met the late Sen. Thomas Reed's widow in Hanoi.",
                "The deal was signed by Foreign Affairs Secretary Ramon Dizon and Defense Secretary Ana Cruz."));
        assertEquals("chief", p.get("bui-van-long").title());
        assertEquals("Senator", p.get("thomas-reed").title());
        assertEquals("Foreign Affairs Secretary", p.get("ramon-dizon").title());
        assertEquals("Defense Secretary", p.get("ana-cruz").title());
    }

    @Test
    void aDescriptorGivesTheCountryAndYieldsToAnOffice() {
        var p = people(TestDocs.extract("2024-05-02",
                "Laotian leader Somsak Vongsa arrived in Hanoi on Monday.",
                "President Somsak Vongsa then met business leaders."));
        PersonFact s = p.get("somsak-vongsa");
        assertEquals("President", s.title());
        assertEquals("LA", s.country().key());
        var q = people(TestDocs.extract("2024-05-02", "Laotian leader Somsak Vongsa arrived in Hanoi on Monday."));
        assertEquals("leader", q.get("somsak-vongsa").title());
        assertEquals("LA", q.get("somsak-vongsa").country().key());
    }

    @Test
    void topDiplomatInApposition() {
        var p = people(TestDocs.extract("2024-05-02", "Wang Lin, China's top diplomat, said the talks were candid."));
        assertEquals("top diplomat", p.get("wang-lin").title());
        assertEquals("CN", p.get("wang-lin").country().key());
    }

    @Test
    void aCountryWrittenAsCapitalsBeforeAnOfficeDescribesItsHolder() {
        // "The UK prime minister" is Rishi Sunak on this date (leaders.tsv); his counterpart holds the same office
        var p = people(TestDocs.extract("2023-03-01", "The UK prime minister met his Irish counterpart Sean Walsh in London."));
        PersonFact w = p.get("sean-walsh");
        assertNotNull(w, p::toString);
        assertEquals("Prime Minister", w.title());
        assertEquals("IE", w.country().key());
    }

    @Test
    void aLeadersOfficeIsCompletedOnlyForAKnownDate() {
        // leaders.tsv: Nguyen Phu Trong, President of Vietnam 2018-2021
        var dated = people(TestDocs.extract("2019-06-01", "Nguyen Phu Trong arrived in Hanoi on Monday."));
        assertEquals("President", dated.get("nguyen-phu-trong").title());
        var undated = people(TestDocs.extract(null, "Nguyen Phu Trong arrived in Hanoi on Monday."));
        assertNull(undated.get("nguyen-phu-trong").title());
        assertEquals("VN", undated.get("nguyen-phu-trong").country().key());
    }

    @Test
    void foldingKeepsOffsetsForLettersWithoutDecomposition() {
        assertEquals("Kilicdaroglu", Text.fold("Kılıçdaroğlu"));
        assertEquals("Kılıçdaroğlu".length(), Text.fold("Kılıçdaroğlu").length());
    }
}
