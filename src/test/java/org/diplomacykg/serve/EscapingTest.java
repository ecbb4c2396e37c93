package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile text from an article, a literal or a request is shown as text, never run as markup. */
class EscapingTest {
    static void assertInert(String page) {
        assertFalse(page.contains("<script>alert"), "no live script tag");
        assertFalse(page.contains("<img src=x"), "no live img tag");
        assertFalse(page.contains("<b>pact</b>"), "no live markup from the article");
    }

    static String hostileArticlePath() throws Exception {
        String search = SiteFixture.get("/search?q=energy+pact", "text/html").body();
        Matcher m = Pattern.compile("href=\"(/id/article/[0-9a-f]+)\"").matcher(search);
        assertTrue(m.find(), "the hostile article is found by its title: " + search);
        return m.group(1);
    }

    @Test
    void aHostileArticleFileRendersAsText() throws Exception {
        var r = SiteFixture.get(hostileArticlePath(), "text/html");
        assertEquals(200, r.statusCode());
        assertInert(r.body());
        // ingest keeps the attribute breakout characters as text: they must come out escaped
        assertTrue(r.body().contains("energy agreement &quot;&gt;"), r.body());
    }

    @Test
    void markupInLiteralsRendersAsTextInTitleTextAndEvidence() throws Exception {
        var r = SiteFixture.get("/id/article/hostile", "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertInert(page);
        assertTrue(page.contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</h1>"));
        assertTrue(page.contains("<mark>Officials said &quot;&gt;&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; then left.</mark>"));
        assertTrue(page.contains("<title>&lt;script&gt;"), "the title element too");
        String search = SiteFixture.get("/search?q=" + Html.url("<script>"), "text/html").body();
        assertInert(search);
        assertTrue(search.contains("href=\"/id/article/hostile\""), "found by its hostile label, shown as text");
    }

    @Test
    void requestValuesAreEscapedWherever_they_are_echoed() throws Exception {
        String attack = "\"><img src=x onerror=alert(1)><script>alert(1)</script>";
        String enc = Html.url(attack);
        assertInert(SiteFixture.get("/search?q=" + enc, "text/html").body());
        assertInert(SiteFixture.get("/id/" + enc, "text/html").body());
        assertInert(SiteFixture.get("/queries/evidence?fact=" + enc, "text/html").body());
        assertInert(SiteFixture.get("/queries/" + enc, "text/html").body());
        assertInert(SiteFixture.get("/queries/people?" + enc + "=1", "text/html").body());
        String search = SiteFixture.get("/search?q=" + enc, "text/html").body();
        assertTrue(search.contains("value=\"&quot;&gt;&lt;img src=x"), "echoed in the search box as text");
    }

    @Test
    void escapingCoversAttributesToo() {
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.esc("\"><img src=x onerror=alert(1)>"));
        assertEquals("&#39; onmouseover=&#39;x", Html.esc("' onmouseover='x"));
        assertEquals(null, new Links("https://w3id.org/diplomacy-kg/id/").href("javascript:alert(1)"), "no javascript: links");
        // a link to an article's original page: escaped, no referrer, no opener, no endorsement; only http(s)
        assertEquals("<a class=\"source\" href=\"https://x.example/a?b=1&amp;c=&quot;&gt;&lt;script&gt;\" rel=\"noopener noreferrer nofollow\">"
                + "&lt;b&gt;x&lt;/b&gt;</a>", Html.external("https://x.example/a?b=1&c=\"><script>", "<b>x</b>", "source"));
        assertEquals("&lt;b&gt;x&lt;/b&gt;", Html.external("javascript:alert(1)", "<b>x</b>", "source"));
        assertEquals("x", Html.external(" JavaScript:alert(1)", "x", null));
    }
}
