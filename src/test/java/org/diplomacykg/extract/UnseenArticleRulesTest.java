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
}
