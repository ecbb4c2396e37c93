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
}
