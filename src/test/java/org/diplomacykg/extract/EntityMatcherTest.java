package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Sentence;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
    private static final EntityGazetteer GAZETTEER = new EntityGazetteer();
    private final CountryMatcher countries = new CountryMatcher(GAZETTEER);
    private final OrganizationMatcher organizations = new OrganizationMatcher(GAZETTEER);

    private List<Mention> countriesIn(String text) {
        AnnotatedArticle a = TestDocs.annotate(null, null, text);
        Sentence s = a.sentences().get(0);
        return countries.find(Text.fold(s.text()), s.start(), s.tokens(), List.of());
    }

    private static List<String> ids(List<Mention> ms) {
        return ms.stream().map(m -> m.ref().id() + ":" + m.form()).toList();
    }

    @Test
    void namesAliasesAndDemonymsUseIsoKeys() {
        List<String> got = ids(countriesIn("The U.S. and Viet Nam joined South Korean and Philippine officials in the UK."));
        assertEquals(List.of("country/US:ALIAS", "country/VN:ALIAS", "country/KR:DEMONYM", "country/PH:DEMONYM", "country/GB:ALIAS"), got);
        assertEquals("United States", countriesIn("America spoke.").get(0).ref().name());
    }

    @Test
    void shortAllCapsFormsAreCaseSensitive() {
        assertTrue(countriesIn("Let us meet the press.").isEmpty());
        assertEquals("country/US", countriesIn("The US said no.").get(0).ref().id());
    }

    @Test
    void capitalsAreGovernmentsOnlyWhenTheyAct() {
        List<Mention> acting = countriesIn("Nairobi pledged support, and Berlin's new fund will help.");
        assertEquals(List.of("country/KE:CAPITAL", "country/DE:CAPITAL"), ids(acting));
        List<Mention> place = countriesIn("The talks were held in Nairobi.");
        assertEquals(EntityKind.PLACE, place.get(0).ref().kind());
        assertEquals("place/nairobi", place.get(0).ref().id());
    }

    @Test
    void seasAreNotCountries() {
        List<Mention> got = countriesIn("Ships crossed the South China Sea into the Indian Ocean.");
        assertTrue(got.stream().noneMatch(Mention::isCountry), () -> ids(got).toString());
    }

    @Test
    void organisationsByAcronymHeadNounAndDescription() {
        String text = "Officials of the African Union met staff of the Nairobi Institute for Peace Studies in Mombasa and the Kenyan Foreign Ministry.";
        List<Mention> got = organizations.find(Text.fold(text), 0, null);
        List<String> refs = got.stream().map(m -> m.ref().id()).toList();
        assertTrue(refs.contains("igo/au"), refs::toString);
        assertTrue(refs.contains("org/nairobi-institute-for-peace-studies"), refs::toString);
        assertTrue(refs.contains("org/kenyan-foreign-ministry"), refs::toString);
        List<Mention> bloc = organizations.find("The 55-member bloc agreed.", 0, GAZETTEER.igo("au"));
        assertEquals("igo/au", bloc.get(0).ref().id());
        assertEquals(Mention.Form.DESCRIPTION, bloc.get(0).form());
    }
}
