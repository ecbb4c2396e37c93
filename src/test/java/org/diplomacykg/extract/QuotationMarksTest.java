package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quotation marks beyond double quotes, on sentences written for the test. */
class QuotationMarksTest {
    @Test
    void singleQuotesMarkAQuotationWhereNoDoubleQuotesAre() {
        String p = "Speaking at the ceremony, Kenyan Foreign Minister Amos Wekesa said, 'Today the two sides chose peace over war. We thank our partners.'";
        var spans = QuotationExtractor.spans(p, 0, p.length());
        assertEquals(1, spans.size());
        assertTrue(p.substring(spans.get(0)[0], spans.get(0)[1]).startsWith("Today the two sides chose peace"));
        String apostrophes = "Kenya's minister met Ghana's envoy at the farmers' market on Monday.";
        assertTrue(QuotationExtractor.spans(apostrophes, 0, apostrophes.length()).isEmpty());
        var q = TestDocs.extract("2021-06-01", p).quotations();
        assertEquals(1, q.size(), q.toString());
        assertEquals("amos-wekesa", q.get(0).speaker().key());
    }

    @Test
    void aClosingMarkTypedAsTheOpeningOneStillOpensTheQuotation() {
        String p = "In a tweet, Ghanaian President Kofi Mensah wrote ,\u201dThis is a great day for West Africa and for our fishermen.\u201d";
        var spans = QuotationExtractor.spans(p, 0, p.length());
        assertEquals(1, spans.size());
        assertTrue(p.substring(spans.get(0)[0], spans.get(0)[1]).startsWith("This is a great day"));
        String closing = "\u201cWe agree,\u201d he said. \u201cThe talks went well.\u201d";
        assertEquals(2, QuotationExtractor.spans(closing, 0, closing.length()).size());
    }
}
