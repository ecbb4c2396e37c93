package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A record becomes an article: what its file says comes first, the page's canonical URL is its identity, else its content is. */
class RecordCleanerTest {
    static final RecordCleaner CLEANER = new RecordCleaner(new ArticleCleaner());
    static final String SHA = "0123456789abcdef".repeat(4);
    static final String PAGE = "<html><head><meta property=\"og:title\" content=\"Page headline\">"
            + "<link rel=\"canonical\" href=\"https://news.example.org/lima-talks\"></head><body><article>"
            + "<p>LIMA (AP) — Peruvian and Chilean leaders met in Lima on Monday, officials said.</p>"
            + "<p>Officials said the draft used the tag &lt;script&gt; in its annex, which nobody could explain.</p></article></body></html>";

    static SourceRecord record(boolean html, String content, Metadata given) {
        return new SourceRecord(Path.of("/in/export.jsonl"), "jsonl", "line 4", SHA, html, content, given);
    }

    @Test
    void theFilesValuesComeFirstAndThePagesCanonicalUrlIsTheIdentity() {
        Metadata given = new Metadata("https://news.example.org/lima-talks?ref=api", "Export headline", "Example Press", null,
                "2024-03-05", null, null, false);
        Article a = CLEANER.clean(record(true, PAGE, given));
        assertEquals("Export headline", a.title());
        assertEquals("Example Press", a.publisher());
        assertEquals("https://news.example.org/lima-talks", a.origin().url());
        assertEquals(RecordCleaner.idOf("https://news.example.org/lima-talks"), a.id());
        assertEquals("jsonl", a.origin().format());
        assertEquals("line 4", a.origin().locator());
        assertEquals("export.jsonl", a.fileName());
        // no printed date in the text: the published date is what its days are read against
        assertEquals("2024-03-05", a.anchorDate());
        assertEquals("published date", a.anchorReason());
    }

    @Test
    void markupQuotedInAStoryStaysText() {
        Article a = CLEANER.clean(record(true, PAGE, Metadata.NONE));
        assertEquals("Page headline", a.title());
        assertTrue(a.text().contains("used the tag <script> in its annex"), a.text());
    }

    @Test
    void withoutAUrlTheContentIsTheIdentityAsForAPlainFile() {
        String text = "Talks in Lima\n\nLIMA (AP) — Peruvian and Chilean leaders met in Lima on Monday, officials said.";
        Article a = CLEANER.clean(record(false, text, Metadata.NONE));
        assertEquals(SHA.substring(0, 16), a.id());
        assertEquals(new ArticleCleaner().clean("export.jsonl", SHA, text).text(), a.text());
        assertNotEquals(RecordCleaner.idOf("https://news.example.org/lima-talks"), a.id());
    }
}
