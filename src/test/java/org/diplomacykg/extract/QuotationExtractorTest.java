package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {
    private static List<QuotationFact> quotes(String... paragraphs) {
        return TestDocs.extract("2021-06-01", paragraphs).quotations();
    }

    private static String speaker(QuotationFact q) {
        return q.speaker() == null ? null : q.speaker().key();
    }

    @Test
    void speakerAfterTheQuoteAndPronounContinuation() {
        var q = quotes(
                "\u201cWe will open our ports to Kenyan farmers,\u201d German Chancellor Lena Brandt said on Monday.",
                "\u201cTrade is the best aid,\u201d she added.",
                "\"Both governments want a quick deal and a fair one.\"");
        assertEquals(3, q.size(), q::toString);
        assertEquals("lena-brandt", speaker(q.get(0)));
        assertEquals("lena-brandt", speaker(q.get(1)));
        assertEquals("lena-brandt", speaker(q.get(2)), "a paragraph that is only a quotation continues the speaker");
    }

    @Test
    void pronounGoesToTheLastPersonWhoSpoke() {
        var q = quotes(
                "Amani Odhiambo, senior fellow at the Nairobi Policy Institute, said ties were improving.",
                "Jonas Berg signed the guest book.",
                "Odhiambo said the deal should \"reward farmers first,\" adding, \"Prices must stay fair for everyone.\"",
                "\"This is only a beginning for both countries,\" and more must follow, he said.");
        assertEquals(3, q.size(), q::toString);
        assertEquals("amani-odhiambo", speaker(q.get(0)));
        assertEquals("amani-odhiambo", speaker(q.get(1)));
        assertEquals("amani-odhiambo", speaker(q.get(2)));
    }

    @Test
    void documentsSpeakAndShortScareQuotesAreSkipped() {
        var q = quotes(
                "\"We support a peaceful settlement of all disputes,\" according to the joint statement.",
                "Officials called the talks \"useful\" and \"very frank\".",
                "A final statement read, \"The ministers will meet again next year.\"");
        assertEquals(2, q.size(), q::toString);
        assertEquals(EntityKind.DOCUMENT, q.get(0).speaker().kind());
        assertEquals(EntityKind.DOCUMENT, q.get(1).speaker().kind());
    }

    @Test
    void speechVerbBeforeAColonAndNestedSingleQuotes() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met reporters.",
                "The Kenyan president told them: \"Our partners call this a 'new chapter' and we agree.\"",
                "\"Nobody said anything about this matter,\" a guard noted.");
        assertEquals("amani-odhiambo", speaker(q.get(0)));
        assertTrue(q.get(0).text().contains("'new chapter'"));
        assertNull(speaker(q.get(1)));
    }
}
