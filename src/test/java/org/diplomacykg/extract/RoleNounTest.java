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

/**
 * Roles outside the offices of state (role nouns before a name, in apposition after it, in a
 * list after a plural), a country's delegation, and offices joined by "and" or held "of" a
 * country. Sentences and people are invented for the tests.
 */
class RoleNounTest {
    private static Map<String, PersonFact> people(String... paragraphs) {
        ArticleFacts f = TestDocs.extract("2024-05-02", paragraphs);
        return f.people().stream().collect(Collectors.toMap(p -> p.person().key(), Function.identity()));
    }

    private static PersonFact get(Map<String, PersonFact> p, String key) {
        PersonFact f = p.get(key);
        assertNotNull(f, () -> key + " not in " + p);
        return f;
    }

    @Test
    void aPluralRoleNounBeforeAListGivesEveryNameItsRoleAndThePossessorsCountry() {
        var p = people("He arrived in Nairobi with two of Ghana's top footballers, Kwame Mensah and Kofi Boateng, and the country's richest man Yaw Darko.");
        assertEquals("footballer", get(p, "kwame-mensah").title());
        assertEquals("GH", get(p, "kwame-mensah").country().key());
        assertEquals("footballer", get(p, "kofi-boateng").title());
        assertNull(get(p, "yaw-darko").title(), "a role noun stops at the next noun phrase");
    }

    @Test
    void aRoleNounRightBeforeANameIsItsRoleEvenAfterOtherModifiers() {
        var p = people("The claims were first made by the president and his billionaire, Canadian-born ally Peter Lang.");
        assertEquals("ally", get(p, "peter-lang").title());
    }

    @Test
    void aRoleNounInAppositionAfterANameIsItsRole() {
        var p = people("Queues of officials waited to greet him, including Lena Varga, the world's richest woman and close adviser to the president, who wore a suit.",
                "Tomas Keller, the chancellor's son-in-law and senior adviser who brokered the deal, was not present.");
        assertEquals("adviser", get(p, "lena-varga").title());
        assertEquals("son-in-law", get(p, "tomas-keller").title());
    }

    @Test
    void peopleListedInACountrysDelegationAreOfThatCountry() {
        var p = people("The Kenyan delegation, including tennis player Mary Wanjiru and banker Peter Otieno, arrived in Lagos on Monday.");
        assertEquals("tennis player", get(p, "mary-wanjiru").title());
        assertEquals("KE", get(p, "mary-wanjiru").country().key());
        assertEquals("banker", get(p, "peter-otieno").title());
        assertEquals("KE", get(p, "peter-otieno").country().key());
    }

    @Test
    void aRoleNounIsNoRoleOnceAnOfficeIsNamed() {
        var p = people("Foreign Minister Ana Costa of Portugal met reporters in Lisbon on Monday.",
                "Costa, a former banker, said the talks were useful.");
        assertEquals("Foreign Minister", get(p, "ana-costa").title());
    }

    @Test
    void officesJoinedByAndShareTheCountryBeforeTheFirst() {
        var p = people("Portuguese Prime Minister and Foreign Minister Ana Costa said the talks were useful.");
        assertEquals("PT", get(p, "ana-costa").country().key());
    }

    @Test
    void anOfficeOfACountryBeforeANameInCommasIsHeldForThatCountry() {
        var p = people("Attending the talks were the King of Lesotho, Letsie Mohato, and Portuguese Deputy Prime Minister Jan Novak.");
        assertEquals("King", get(p, "letsie-mohato").title());
        assertEquals("LS", get(p, "letsie-mohato").country().key());
        assertEquals("Deputy Prime Minister", get(p, "jan-novak").title());
    }

    @Test
    void aCountrysAbbreviationInBracketsStandsBetweenItAndTheOffice() {
        var p = people("The United Kingdom (UK) Trade Secretary Alan Brook arrived in Accra on Monday.");
        assertEquals("GB", get(p, "alan-brook").country().key());
    }
}
