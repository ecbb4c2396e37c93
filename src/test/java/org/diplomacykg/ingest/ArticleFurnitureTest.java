package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page furniture seen on real pages, on lines written for the test. */
class ArticleFurnitureTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String PAGE = String.join("\n",
            "Ruritania and Borduria sign a fishing accord",
            "Published by Jana Novakova 3 de mayo, 2024",
            "The Ruritanian president greets the Bordurian prime minister at the palace in Zelt, May 2, 2024. WIREPIX/Tomas Berger",
            "STORY: Ruritania and Borduria signed an accord on Thursday to share fishing grounds in the northern sea, officials said.",
            "The accord runs for ten years and can be renewed by either side, the two foreign ministries said in a statement.");

    @Test
    void bylinesScriptMarksAndAgencyPhotoCreditsAreNotStoryText() {
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", PAGE);
        String text = a.text();
        assertFalse(text.contains("Published by"), text);
        assertFalse(text.contains("STORY:"), text);
        assertFalse(text.contains("WIREPIX/Tomas Berger"), text);
        assertTrue(text.contains("Ruritania and Borduria signed an accord on Thursday"), text);
        assertFalse(a.title() != null && a.title().contains("Published by"), a.title());
    }

    @Test
    void theLineAfterThePagesDateIsTheHeadlineNotTheSectionLabelBeforeIt() {
        String page = String.join("\n",
                "Ruritania and its neighbours",
                "Friday, Jun 14, 2024",
                "Ruritanian and Bordurian leaders sign a fishing accord in Zelt",
                "The leaders of Ruritania and Borduria signed an accord on Thursday to share fishing grounds in the northern sea.",
                "The accord runs for ten years and can be renewed by either side, the two foreign ministries said in a statement.");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", page);
        assertTrue(a.title().startsWith("Ruritanian and Bordurian leaders sign"), a.title());
    }

    @Test
    void anAgencyCreditMarksACaptionPrintedOnce() {
        String page = String.join("\n",
                "The Ruritanian president greets the Bordurian prime minister at the palace in Zelt, May 2, 2024. WIREPIX/Tomas Berger",
                "Ruritania and Borduria sign a fishing accord",
                "The leaders of Ruritania and Borduria signed an accord on Thursday to share fishing grounds in the northern sea.",
                "The accord runs for ten years and can be renewed by either side, the two foreign ministries said in a statement.");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", page);
        assertFalse(a.title() != null && a.title().contains("WIREPIX"), a.title());
        assertFalse(a.text().contains("WIREPIX/Tomas Berger"), a.text());
    }
}
