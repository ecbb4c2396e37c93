package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String PAGE = String.join("\n",
            "Home > World > Africa",
            "Listen Live",
            "0:00 1:30",
            "Kenya and Germany sign green hydrogen pact during chancellor's visit",
            "Posted: 2024-05-04 10:12",
            "",
            "NAIROBI (Reuters) — German Chancellor Olaf Scholz and Kenyan President William Ruto signed a green hydrogen partnership in Nairobi on Friday, officials said.",
            "",
            "German Chancellor Olaf Scholz, left, shakes hands with Kenyan President William Ruto at State House in Nairobi, May 3, 2024.",
            "Jane Doe",
            "German Chancellor Olaf Scholz, left, shakes hands with Kenyan President William Ruto at State House in Nairobi, May 3, 2024.",
            "",
            "The deal covers 50 million euros of investment in electrolysers over five years, according to the statement.",
            "Read more: Ten things to know about the royal wedding this summer in Spain.",
            "Copyright 2024 Reuters. All rights reserved.",
            "Related",
            "- Pop star cancels tour dates after injury",
            "Football club names new coach ahead of season opener",
            "Most read",
            "Celebrity couple announce surprise engagement on social media");

    @Test
    void combiningAccentsAreComposedSoNamesReadWhole() {
        // "Phạm Minh Chính" written with combining marks, as some pages and editors store it
        String decomposed = "Prime Minister Pha\u0323m Minh Chi\u0301nh met reporters in Hanoi on Monday.";
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", "Title of the story\n\n" + decomposed);
        assertTrue(a.text().contains("Ph\u1ea1m Minh Ch\u00ednh"), a.text());
        assertFalse(a.text().contains("\u0323"), a.text());
    }

    @Test
    void keepsTheStoryAndDropsBoilerplate() {
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", PAGE);
        assertEquals("Kenya and Germany sign green hydrogen pact during chancellor's visit", a.title());
        assertEquals("2024-05-04", a.printedDate());
        assertEquals("Nairobi", a.datelinePlace());
        assertEquals("Reuters", a.publisher());
        assertEquals(2, a.body().size());
        assertTrue(a.text().startsWith("German Chancellor Olaf Scholz and Kenyan President"), a.text());
        for (String gone : new String[] {"Pop star", "Football club", "Celebrity couple", "royal wedding", "Copyright",
                "Listen Live", "Home >", "Jane Doe", "0:00"}) {
            assertFalse(a.text().contains(gone), gone + " leaked: " + a.text());
        }
    }

    @Test
    void keepsARepeatedPhotoCaptionOnceAndApartFromTheStory() {
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", PAGE);
        long captions = a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.CAPTION).count();
        assertEquals(1, captions);
        Paragraph caption = a.paragraphs().get(a.paragraphs().size() - 1);
        assertEquals(Paragraph.Kind.CAPTION, caption.kind());
        assertTrue(a.text().substring(caption.start(), caption.end()).contains("shakes hands"));
    }

    @Test
    void paragraphOffsetsPointIntoTheCleanedText() {
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", PAGE);
        for (Paragraph p : a.paragraphs()) {
            String s = a.text().substring(p.start(), p.end());
            assertEquals(s.strip(), s);
            assertFalse(s.contains("\n"));
        }
    }

    @Test
    void stripsHtmlAndScripts() {
        String html = "<html><head><script>alert('x')</script><style>p{}</style></head><body>"
                + "<h1>Leaders meet in Lima for regional trade talks this week</h1>"
                + "<p>Peruvian President Dina Boluarte hosted the talks in Lima on Monday &amp; said they were useful.</p>"
                + "<p>\"><img src=x onerror=alert(1)> is not a sentence at all</p></body></html>";
        Article a = cleaner.clean("p.html", "0123456789abcdef0123", html);
        assertFalse(a.text().contains("alert"), a.text());
        assertFalse(a.text().contains("<"), a.text());
        assertTrue(a.text().contains("hosted the talks in Lima on Monday & said"), a.text());
    }

    @Test
    void wireDatelinesAndMenus() {
        String[][] cases = {
                {"PARIS, March 10 (Reuters) - France and Morocco signed a water agreement on Friday, officials said.", "Paris", "Reuters", null},
                {"BEIJING, April 14 (Xinhua) -- Chinese and Brazilian leaders held talks in Beijing on Friday, state media said.", "Beijing", "Xinhua News Agency", null},
                {"SEOUL, March 17, 2023 — South Korea and Japan agreed to resume regular summit talks on Thursday.", "Seoul", null, "2023-03-17"},
                {"NAIROBI, Kenya (AP) — Kenyan and German leaders met in Nairobi on Friday to discuss energy cooperation.", "Nairobi", "Associated Press", null}};
        for (String[] c : cases) {
            Article a = cleaner.clean("d.txt", "0123456789abcdef0123", "Top Stories | Markets | Politics | Sign in\n" + c[0]);
            assertEquals(c[1], a.datelinePlace(), c[0]);
            assertEquals(c[2], a.publisher(), c[0]);
            assertEquals(c[3], a.printedDate(), c[0]);
            assertNull(a.title(), "a menu is not a title");
            assertFalse(a.text().contains("(") || a.text().startsWith(c[1].toUpperCase()), a.text());
        }
        Article hyphen = cleaner.clean("h.txt", "0123456789abcdef0123",
                "UN - The assembly voted on Friday to adopt the resolution after a long debate in New York.");
        assertNull(hyphen.dateline(), "a bare hyphen after a capitalised word is not a dateline");
    }

    @Test
    void consentBannersAndNewsletterPromptsAreNotTheStory() {
        Article a = cleaner.clean("c.txt", "0123456789abcdef0123", String.join("\n",
                "We use cookies to give you the best experience. By using this site you agree to our cookie policy. Accept all | Manage preferences",
                "Sign up for our Asia newsletter and get the top stories every morning.",
                "Chile and Peru agree to reopen their border crossings",
                "Chilean and Peruvian officials agreed on Monday to reopen two border crossings closed since the pandemic, officials said."));
        assertEquals("Chile and Peru agree to reopen their border crossings", a.title());
        assertFalse(a.text().contains("cookie") || a.text().contains("newsletter"), a.text());
    }

    @Test
    void printedDateLinesInManyStyles() {
        String story = "Officials from both governments met in the capital on Thursday to discuss fishing rights and port access.";
        String[][] cases = {
                {"Published: Friday, May 12, 2023", "2023-05-12"},
                {"Updated: Monday, February 19, 2024 08:15 IST", "2024-02-19"},
                {"Lima | Published March 3, 2022", "2022-03-03"},
                {"Quito, 2 February 2023 (EFE)", "2023-02-02"},
                {"Dakar - 25/04/2023 (APS)", "2023-04-25"},
                {"2021-07-09", "2021-07-09"}};
        for (String[] c : cases) {
            Article a = cleaner.clean("p.txt", "0123456789abcdef0123", "Fishing talks end with a deal on port access\n" + c[0] + "\n" + story);
            assertEquals(c[1], a.printedDate(), c[0]);
            assertEquals(story, a.text(), c[0]);
        }
    }

    @Test
    void articleWithoutTitleOrDate() {
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123",
                "The two foreign ministers discussed fisheries and maritime law for three hours on Tuesday.");
        assertNull(a.title());
        assertNull(a.printedDate());
        assertEquals(1, a.body().size());
    }

    @Test
    void aPageLongerThanAnyArticleIsKeptUpToASentenceEndNearTheCap() {
        String sentence = "Officials from both countries discussed trade and security at length on Monday. ";
        String first = sentence.repeat(ArticleCleaner.MAX_TEXT_CHARS / sentence.length() + 500).strip();
        String second = "A second paragraph that comes after the cap and is left out entirely.";
        String page = "Title of a very long page indeed\n\n" + first + "\n" + second;
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", page);
        assertTrue(a.text().length() <= ArticleCleaner.MAX_TEXT_CHARS && a.text().length() > ArticleCleaner.MAX_TEXT_CHARS - sentence.length(),
                "kept " + a.text().length());
        assertTrue(a.text().endsWith("on Monday."), a.text().substring(a.text().length() - 40));
        assertEquals(1, a.paragraphs().size());
        assertEquals(first.length() - a.text().length() + second.length(), a.omittedChars());
        assertEquals(0, cleaner.clean("x.txt", "0123456789abcdef0123", PAGE).omittedChars());
    }

    @Test
    void aCutWithoutASentenceEndStopsAtAWord() {
        assertEquals("alpha beta", ArticleCleaner.cut("alpha beta gamma", 12));
        assertEquals("alpha beta.", ArticleCleaner.cut("alpha beta. gamma delta", 20));
        assertEquals("abcdef", ArticleCleaner.cut("abcdefghij", 6));
        assertEquals("", ArticleCleaner.cut("abc", 0));
    }

    @Test
    void aLeadEndingInAPhotoCreditIsStillStory() {
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123",
                "India and Brazil on Tuesday set a target of doubling their trade over the next five years as the two leaders held talks in Brasilia."
                        + " The two leaders during a welcome ceremony at Alvorada Palace. (AFP)\n\nThe talks covered defence and trade in some detail, officials said later.");
        assertTrue(a.text().startsWith("India and Brazil on Tuesday"), a.text());
    }

    @Test
    void photoCreditsImageAddressesTimeStampsAndRightsNoticesStayOut() {
        String page = String.join("\n",
                "Tuesday March 2nd, 2021 09:41PM",
                "https://cdn.example-news.com/img/2021/03/leaders-meet-in-lusaka-ahead-of-talks.jpg",
                "Zambia and Malawi agree to reopen their border posts after talks",
                "",
                "Zambian President Edgar Lungu and Malawian President Lazarus Chakwera agreed on Tuesday in Lusaka to reopen the border posts closed last year.",
                "",
                "President Edgar Lungu greets President Lazarus Chakwera at State House in Lusaka.PHOTO: XINHUA",
                "",
                "The two leaders also discussed trade in maize and fertiliser, according to a statement from the presidency.",
                "Article (c) Lusaka Daily Wire – All Rights Reserved.");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", page);
        assertEquals("Zambia and Malawi agree to reopen their border posts after talks", a.title());
        for (String junk : new String[] {"PHOTO", "XINHUA", "09:41PM", "cdn.example-news.com", "All Rights Reserved", "Lusaka Daily Wire"}) {
            assertFalse(a.text().contains(junk), junk + " in:\n" + a.text());
        }
        assertTrue(a.text().contains("greets President Lazarus Chakwera at State House in Lusaka."), a.text());
        assertTrue(a.text().contains("discussed trade in maize"), a.text());
    }

    @Test
    void aSentenceThatMentionsATimeIsStillProse() {
        String page = String.join("\n", "Leaders meet in Lusaka for border talks on Tuesday",
                "",
                "The talks between the two presidents began on Tuesday at State House and ended at 10:30.",
                "",
                "Officials from both countries said a joint commission would meet again in April to review progress.");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", page);
        assertTrue(a.text().contains("ended at 10:30."), a.text());
    }

    @Test
    void aLeadPrintedTwiceAsSummaryAndFirstParagraphIsTheLeadOnce() {
        String lead = "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki agreed on Sunday to reopen embassies in each other's capitals, according to a joint statement.";
        String page = String.join("\n", "Ethiopia and Eritrea agree to reopen embassies",
                "",
                lead,
                "",
                "But the two leaders did not agree on a timetable for the border commission",
                "",
                "Prime Minister Abiy Ahmed, right, and President Isaias Afwerki, left, in Asmara on Sunday. (Reuters)",
                "",
                lead,
                "",
                "The two countries fought a border war from 1998 to 2000 and had no diplomatic relations for two decades.");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", page);
        assertTrue(a.text().substring(a.body().get(0).start(), a.body().get(0).end()).startsWith("Ethiopian Prime Minister Abiy Ahmed"), a.text());
        assertEquals(a.text().indexOf("agreed on Sunday"), a.text().lastIndexOf("agreed on Sunday"), a.text());
        assertTrue(a.text().contains("border war from 1998"), a.text());
    }

    @Test
    void aLastParagraphCutOffInMidSentenceKeepsItsWholeSentences() {
        String raw = String.join("\n",
                "Ministers meet in Accra",
                "",
                "ACCRA (Reuters) - The trade ministers of Ghana and Togo met in Accra on Monday to discuss a customs union.",
                "The talks ran late into the night. Officials from both sides said a draft text was ready. Negotiators from the two countries will now take the draft to their cabi");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", raw);
        assertTrue(a.text().contains("a draft text was ready."), a.text());
        assertFalse(a.text().contains("cabi"), a.text());
    }

    @Test
    void anUnterminatedLineBeforeTheLastIsStillNoStory() {
        String raw = String.join("\n",
                "Ministers meet in Accra",
                "",
                "More stories. Click here for the latest news on Ghana and Togo and the region and more",
                "ACCRA (Reuters) - The trade ministers of Ghana and Togo met in Accra on Monday to discuss a customs union.");
        Article a = cleaner.clean("x.txt", "0123456789abcdef0123", raw);
        assertFalse(a.text().contains("More stories"), a.text());
    }
}
