package org.diplomacykg.kind.quotation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.junit.jupiter.api.Test;

/** The word comparison behind merging one quotation's reports (sentences written for the test). */
class QuotationReconcilerTest {
    private static final EntityRef MENSAH = new EntityRef(EntityKind.PERSON, "kofi-mensah", "Kofi Mensah");
    private static final EntityRef STATEMENT = new EntityRef(EntityKind.DOCUMENT, "joint-statement", "joint statement");

    private static QuotationFact q(EntityRef speaker, String text, String article) {
        return new QuotationFact(speaker, text, new Evidence(article, article + ".txt", 0, 0, 10, "sentence"));
    }

    @Test
    void wordsAreFoldedAndUnpunctuated() {
        assertArrayEquals(new String[] {"it", "s", "leader", "to", "leader", "now"}, QuotationReconciler.words("It\u2019s leader-to-leader, now."));
        assertArrayEquals(new String[] {"cafe", "ole"}, QuotationReconciler.words("\u201cCaf\u00e9 ol\u00e9!\u201d"));
    }

    @Test
    void nearlyContainedAllowsAFewWordsChangedButNotScatteredWords() {
        String[] longer = QuotationReconciler.words("Today we said that this grant will further enhance the capacities of our coast guard, which shares common concerns with Japan, and more");
        assertTrue(QuotationReconciler.nearlyContains(longer,
                QuotationReconciler.words("this (agreement) will further enhance the capacities of our coast guard, which shares common interests with Japan")));
        assertFalse(QuotationReconciler.nearlyContains(
                QuotationReconciler.words("we will build the new port and the old road together with our partners"),
                QuotationReconciler.words("we build the port and road with partners")), "the same words spread over a longer stretch");
        assertFalse(QuotationReconciler.nearlyContains(longer,
                QuotationReconciler.words("this loan will never enhance the ships of their navy, which shares no concerns with China")));
    }

    @Test
    void aDocumentAndAPartyQuotingItAreOneQuotationWhenLongEnough() {
        String words = "We oppose any attempt to change the borders in the region by force";
        assertNotNull(QuotationReconciler.sameQuotation(q(STATEMENT, words, "a1"), q(MENSAH, words, "a2")));
        assertNull(QuotationReconciler.sameQuotation(q(STATEMENT, "a new chapter", "a1"), q(MENSAH, "a new chapter", "a2")));
    }

    @Test
    void aSixWordPieceOfALongQuotationIsAFragmentButEightWordsAreAReport() {
        String whole = "We will build the plants together with our partners in the region and we will pay for them ourselves over the next ten years";
        assertNull(QuotationReconciler.sameQuotation(q(MENSAH, whole, "a1"), q(MENSAH, "with our partners in the region", "a2")));
        assertNotNull(QuotationReconciler.sameQuotation(q(MENSAH, whole, "a1"), q(null, "we will pay for them ourselves over the next", "a2")));
    }
}
