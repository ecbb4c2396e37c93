package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplomacykg.kind.quotation.QuotationFact;
import org.junit.jupiter.api.Test;

/** Speakers of quotations named around them, on sentences written for the test. */
class QuotationSpeakerRulesTest {
    private static String speakerOf(java.util.List<QuotationFact> qs, String start) {
        QuotationFact q = qs.stream().filter(x -> x.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(qs.toString()));
        return q.speaker() == null ? null : q.speaker().key();
    }

    @Test
    void theOfficialAfterTheBodyIsTheSpeaker() {
        var q = TestDocs.extract("2021-06-01",
                "\u201cThe convoy must pass before the rains come,\u201d said Red Cross Director-General Marta Quell.").quotations();
        assertEquals("marta-quell", speakerOf(q, "The convoy must pass"));
    }

    @Test
    void aQuotationOpeningAParagraphGoesOnInTheWordsOfWhoeverSpokeLast() {
        var q = TestDocs.extract("2021-06-01",
                "Kenyan Foreign Minister Amos Wekesa said the deal was made possible by months of patient talks.",
                "\u201cAll of this took patience from both sides and from our partners in the region.\u201d The talks lasted weeks.").quotations();
        assertEquals("amos-wekesa", speakerOf(q, "All of this took patience"));
    }

    @Test
    void aQuotationIntroducedWithAColonRunsOnToItsClosingMark() {
        var q = TestDocs.extract("2021-06-01",
                "Kenyan Foreign Minister Amos Wekesa said: \u201cWe have reached a fair deal for our fishermen, and we thank our partners. "
                        + "The agreement protects the lake for the next generation.\u201d").quotations();
        assertEquals(1, q.size(), q::toString);
        assertEquals("amos-wekesa", speakerOf(q, "We have reached a fair deal"));
        org.junit.jupiter.api.Assertions.assertTrue(q.get(0).text().endsWith("for the next generation"), q::toString);
    }

    @Test
    void aGovernmentBodyOrStatementNamedByItsCountrySpeaksForThatCountry() {
        var q = TestDocs.extract("2021-06-01",
                "\u201cThe deal will create jobs on both sides of the border,\u201d said the Kenyan ministry of foreign affairs in a media note.",
                "\u201cThe lake will be protected for the next generation,\u201d the Ghanaian statement added.").quotations();
        assertEquals("KE", speakerOf(q, "The deal will create jobs"));
        assertEquals("GH", speakerOf(q, "The lake will be protected"));
    }

    @Test
    void whoeverTheTextCitesWithAccordingToIsTheSpeaker() {
        var q = TestDocs.extract("2021-06-01",
                "According to the state broadcaster KBC, \u201cthe two sides will meet again in May to review the fisheries deal\u201d.",
                "According instead to the news agency Reuters, the memorandum states that \u201cboth sides will cut tariffs on fish by half\u201d.").quotations();
        assertEquals("kbc", speakerOf(q, "the two sides will meet again"));
        assertEquals("reuters", speakerOf(q, "both sides will cut tariffs"));
    }
}
