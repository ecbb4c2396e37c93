package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.PersonFact;
import org.junit.jupiter.api.Test;

/** PersonMatcher and PersonResolver together, through the extractor's people. */
class PersonRulesTest {
    private static Map<String, PersonFact> people(ArticleFacts f) {
        return f.people().stream().collect(Collectors.toMap(p -> p.person().key(), Function.identity()));
    }

    @Test
    void titleWithDemonymOrPossessiveGivesOfficeAndCountry() {
        var p = people(TestDocs.extract("2019-05-02",
                "Kenyan President Amani Odhiambo met Germany's Chancellor Lena Brandt in Berlin."));
        assertEquals("President", p.get("amani-odhiambo").title());
        assertEquals("KE", p.get("amani-odhiambo").country().key());
        assertEquals("Chancellor", p.get("lena-brandt").title());
        assertEquals("DE", p.get("lena-brandt").country().key());
    }

    @Test
    void counterpartHoldsTheSameOfficeInTheDemonymsCountry() {
        var p = people(TestDocs.extract("2019-05-02",
                "Chilean Foreign Minister Rosa Vidal met in Lima on Monday.",
                "Vidal and her Peruvian counterpart, Tomas Quispe, signed a fisheries accord."));
        assertEquals("Foreign Minister", p.get("tomas-quispe").title());
        assertEquals("PE", p.get("tomas-quispe").country().key());
        assertEquals(2, p.size());
    }

    @Test
    void appositionGivesPositionAndOrganisation() {
        var p = people(TestDocs.extract(null,
                "Mariam Okafor, senior lecturer at Lagos State University of Science, said the deal was fair.",
                "Jonas Berg, director of the Arctic Studies Department at the Nordic Institute for Polar Research in Oslo, disagreed."));
        assertEquals("senior lecturer", p.get("mariam-okafor").title());
        assertEquals("Lagos State University of Science", p.get("mariam-okafor").organization().name());
        assertEquals("director of the Arctic Studies Department", p.get("jonas-berg").title());
        assertEquals("Nordic Institute for Polar Research", p.get("jonas-berg").organization().name());
    }

    @Test
    void familyNameFirstAndDiacriticsResolveToOneLeader() {
        // leaders.tsv lists Vietnam's prime minister from 2021 as "Pham Minh Chinh", family name recorded as Chinh
        var p = people(TestDocs.extract("2022-03-01",
                "Phạm Minh Chính arrived in Hanoi.", "Later, Chinh spoke to reporters."));
        PersonFact chinh = p.get("pham-minh-chinh");
        assertNotNull(chinh, p::toString);
        assertEquals(1, p.size(), p::toString);
        assertEquals("VN", chinh.country().key());
        assertEquals("Prime Minister", chinh.title());
    }

    @Test
    void descriptionResolvesToTheOfficeHolderOnTheReferenceDate() {
        var p = people(TestDocs.extract("2023-03-01", "The British prime minister arrived in Paris on Monday."));
        assertNotNull(p.get("rishi-sunak"), p::toString);
        assertEquals("GB", p.get("rishi-sunak").country().key());
    }

    @Test
    void noPersonFromOrganisationsOrPlaces() {
        var p = people(TestDocs.extract(null, "The Kenyan Foreign Ministry said the Hotel Nairobi Serena was booked."));
        assertNull(p.get("kenyan-foreign-ministry"));
        assertEquals(0, p.size(), p::toString);
    }
    @Test
    void namesWithTwoParticlesOrFiveWordsStayWhole() {
        var p = people(TestDocs.extract(null,
                "Dutch Foreign Minister Anna van der Berg met Omani Foreign Minister Khalid bin Rashid Al Mansour in Geneva."));
        assertNotNull(p.get("anna-van-der-berg"), p::toString);
        // keyed by the short form of the Arabic name (PatronymicNames), shown whole
        assertNotNull(p.get("khalid-bin-rashid"), p::toString);
        assertEquals("Khalid bin Rashid Al Mansour", p.get("khalid-bin-rashid").person().name());
        assertEquals("Foreign Minister", p.get("khalid-bin-rashid").title());
        assertEquals("OM", p.get("khalid-bin-rashid").country().key());
        assertEquals("NL", p.get("anna-van-der-berg").country().key());
    }

    @Test
    void ambassadorToACountryThenCommaThenName() {
        var p = people(TestDocs.extract(null,
                "Chile's ambassador to Peru, Marta Solis, attended the ceremony in Lima."));
        PersonFact solis = p.get("marta-solis");
        assertNotNull(solis, p::toString);
        assertEquals("CL", solis.country().key());
        assertEquals("Ambassador to Peru", solis.title());
    }

    @Test
    void saidThenNameIsASpeakingPersonAndOrganisationsPositionAppositionGivesTheOrganisation() {
        var p = people(TestDocs.extract(null,
                "\"The new roads will help farmers,\" said Tomas Lindqvist, the World Bank's country manager for Ruritania."));
        PersonFact tl = p.get("tomas-lindqvist");
        assertNotNull(tl, p::toString);
        assertEquals("world-bank", tl.organization().key());
        assertEquals("country manager for Ruritania", tl.title());
    }

    @Test
    void chairpersonAndExternalAffairsMinisterAreOffices() {
        var p = people(TestDocs.extract(null,
                "African Union Commission Chairperson Amina Diallo met Indian External Affairs Minister Ravi Menon in Addis Ababa."));
        assertEquals("Chairperson", p.get("amina-diallo").title());
        assertEquals("auc", p.get("amina-diallo").organization().key());
        assertEquals("External Affairs Minister", p.get("ravi-menon").title());
        assertEquals("IN", p.get("ravi-menon").country().key());
    }

    @Test
    void aPluralOfficeListGivesEachHolderTheOfficeAndTheirCountry() {
        var p = people(TestDocs.extract("2021-03-04",
                "The pact was signed by the trade ministers of the two countries \u2013 Amani Wekesa of Kenya and Kofi Mensah of Ghana.",
                "Foreign Ministers Rosa Vidal (Chile), Tomas Quispe (Peru) and Ana Costa (Brazil) attended."));
        assertEquals("Trade Minister", p.get("amani-wekesa").title(), p::toString);
        assertEquals("KE", p.get("amani-wekesa").country().key());
        assertEquals("GH", p.get("kofi-mensah").country().key());
        assertEquals("Foreign Minister", p.get("tomas-quispe").title(), p::toString);
        assertEquals("PE", p.get("tomas-quispe").country().key());
        assertEquals("BR", p.get("ana-costa").country().key());
    }

    @Test
    void aCountryAfterATitledNameIsTheOnesTheOfficeIsHeldFor() {
        var p = people(TestDocs.extract("2021-03-04",
                "Prime Minister Lena Brandt of Denmark and President Amani Odhiambo of Kenya met in Nairobi."));
        assertEquals("DK", p.get("lena-brandt").country().key(), p::toString);
        assertEquals("KE", p.get("amani-odhiambo").country().key());
    }
}
