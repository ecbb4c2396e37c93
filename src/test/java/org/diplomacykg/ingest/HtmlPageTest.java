package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.Test;

/** HTML pages read with jsoup: metadata by precedence, site names off headlines, the story without the page around it. */
class HtmlPageTest {
    static final String STORY = "<p>NAIROBI (AP) — Kenyan and French leaders met in Nairobi on Monday to discuss energy, officials said.</p>";

    static HtmlPage page(String head, String body) {
        return HtmlPage.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", null);
    }

    @Test
    void openGraphMetaTagsAndCanonicalLink() {
        Metadata m = HtmlPage.parse(NewsFixtures.macronPage("2024-02-13T10:30:00+03:00"), null).metadata();
        assertEquals("Macron and Ruto meet in Nairobi for trade talks", m.title());
        // campaign parameters and the fragment are not part of the page's identity
        assertEquals(NewsFixtures.MACRON_URL, m.url());
        assertEquals("Example Times", m.publisher());
        assertEquals("Jane Doe", m.author());
        assertEquals("2024-02-13T08:00:00+03:00", m.published());
        assertEquals("2024-02-13T10:30:00+03:00", m.modified());
        assertNull(m.captured());
    }

    @Test
    void storyIsTheArticleWithoutMenusBannersAsidesSharingOrFooter() {
        String text = HtmlPage.parse(NewsFixtures.macronPage("2024-02-13T10:30:00+03:00"), null).bodyText();
        assertTrue(text.contains("French President Emmanuel Macron met Kenyan President William Ruto in Nairobi on Monday."), text);
        assertTrue(text.contains("\nThe two leaders discussed trade"), "one line per paragraph: " + text);
        for (String gone : new String[] {"cookies", "Accept all", "Kishida", "Share this story", "Copyright", "Business", "dataLayer", "font-family"}) {
            assertFalse(text.contains(gone), gone + " in " + text);
        }
    }

    @Test
    void titleTagLosesTheSiteNameWhereverItIsKnownFrom() {
        // from og:site_name
        assertEquals("Kenya and France sign an energy deal",
                page("<title>Kenya and France sign an energy deal - BBC News</title><meta property=\"og:site_name\" content=\"BBC News\">", STORY)
                        .metadata().title());
        // from the host of the canonical URL
        assertEquals("Kenya and France sign an energy deal",
                page("<title>Kenya and France sign an energy deal | Reuters</title>"
                        + "<link rel=\"canonical\" href=\"https://www.reuters.com/world/africa/kenya-france\">", STORY).metadata().title());
        // a site name before the headline, and a section after it
        assertEquals("Kenya and France sign an energy deal",
                page("<title>Example Post | Kenya and France sign an energy deal</title><meta property=\"og:site_name\" content=\"Example Post\">",
                        STORY).metadata().title());
        assertEquals("Kenya and France sign an energy deal",
                page("<title>Kenya and France sign an energy deal | World News | Example Post</title>"
                        + "<meta property=\"og:site_name\" content=\"Example Post\">", STORY).metadata().title());
    }

    @Test
    void aHeadlineFieldKeepsItsOwnDashes() {
        // og:title is a headline: only a segment naming the site goes, not one that merely looks short
        assertEquals("Japan and Malaysia sign a pact - A First For Asia",
                page("<meta property=\"og:title\" content=\"Japan and Malaysia sign a pact - A First For Asia\">", STORY).metadata().title());
    }

    @Test
    void headlinePrecedenceOpenGraphThenJsonLdThenH1ThenTitle() {
        String ld = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"page\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"From JSON-LD\",\"datePublished\":\"2023-03-01\"}]}</script>";
        String h1 = "<article><h1>From the h1</h1>" + STORY + "</article>";
        assertEquals("From Open Graph", page("<meta property=\"og:title\" content=\"From Open Graph\">" + ld + "<title>From title</title>", h1)
                .metadata().title());
        assertEquals("From JSON-LD", page(ld + "<title>From title</title>", h1).metadata().title());
        assertEquals("2023-03-01", page(ld, h1).metadata().published());
        assertEquals("From the h1", page("<title>From title</title>", h1).metadata().title());
        assertEquals("From title", page("<title>From title</title>", STORY).metadata().title());
    }

    @Test
    void brokenJsonLdIsIgnoredNotFatal() {
        HtmlPage p = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"og:title\" content=\"Still read\">", STORY);
        assertEquals("Still read", p.metadata().title());
        assertTrue(p.bodyText().contains("Kenyan and French leaders met"), p.bodyText());
    }

    @Test
    void relativeCanonicalLinksResolveAgainstWhereThePageWasFetched() {
        HtmlPage p = HtmlPage.parse("<html><head><link rel=\"canonical\" href=\"/world/story-1?utm_medium=x&id=7\"></head><body>"
                + STORY + "</body></html>", "https://News.Example.org:443/feed/item?id=7");
        assertEquals("https://news.example.org/world/story-1?id=7", p.metadata().url());
    }

    @Test
    void withoutArticleOrMainTheStoryIsTheLargestBlockOfParagraphs() {
        HtmlPage p = page("", "<div class=\"top\"><p>Short teaser line here.</p></div>"
                + "<div class=\"body\">" + STORY + "<p>The two countries agreed to meet again next year in Paris, a spokesman said.</p></div>"
                + "<div id=\"newsletter-box\"><p>Sign up to our newsletter to receive the biggest stories of the day.</p></div>");
        assertTrue(p.bodyText().startsWith("NAIROBI (AP)"), p.bodyText());
        assertFalse(p.bodyText().contains("teaser") || p.bodyText().contains("newsletter"), p.bodyText());
    }

    @Test
    void anArticleWhoseClassNamesSharingIsStillTheStory() {
        HtmlPage p = page("", "<article class=\"story share-enabled\">" + STORY + "</article><aside>Most read today</aside>");
        assertTrue(p.bodyText().contains("Kenyan and French leaders met"), p.bodyText());
        assertFalse(p.bodyText().contains("Most read"), p.bodyText());
    }

    @Test
    void aFormAroundTheWholePageIsNotBoilerplate() {
        HtmlPage p = page("", "<form id=\"aspnetForm\"><nav><a href=\"/\">Home</a></nav><div class=\"story\">" + STORY
                + "<p>The two countries agreed to meet again next year in Paris, a spokesman said.</p></div>"
                + "<form class=\"search\"><p>Search this site</p><input name=\"q\"></form></form>");
        assertTrue(p.bodyText().contains("Kenyan and French leaders met") && p.bodyText().contains("meet again next year"), p.bodyText());
        assertFalse(p.bodyText().contains("Home") || p.bodyText().contains("Search"), p.bodyText());
    }

    @Test
    void timeElementDatesAPageWithoutDateMetadata() {
        Metadata m = page("", "<article><time datetime=\"2023-12-05T06:00:00+01:00\">5 December 2023</time>" + STORY + "</article>").metadata();
        assertEquals("2023-12-05T06:00:00+01:00", m.published());
    }
}
