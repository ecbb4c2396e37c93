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
}
