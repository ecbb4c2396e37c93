package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.diplomacykg.map.Iris;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" walk in a real browser: start at /, find Kishida, reach the Malaysia
 * security-assistance deal, see the articles and sentences behind it, open an article, run a
 * saved query with a parameter, and check that the Fuseki query editor answers from /kg/sparql.
 * Needs Chromium (Debian's chromium; .ci/run installs it); skipped where there is none.
 */
class BrowserTest {

    @TempDir
    Path profile;

    @Test
    void aPersonWalksFromTheStartPageToTheSourcesAndRunsAQuery() throws Exception {
        Path chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium != null, "no chromium on this machine");
        String site = SiteFixture.server().baseUrl();
        try (HeadlessChromium browser = new HeadlessChromium(chromium, profile)) {
            browser.open(site + "/");
            assertTrue(browser.text().contains("Diplomacy knowledge graph"));

            browser.eval("(() => { const f = document.querySelector('main form[action=\"/search\"]');"
                    + " f.querySelector('input[name=q]').value = 'Kishida'; f.submit(); })()");
            browser.waitFor("location.pathname === '/search' && document.readyState === 'complete'", Duration.ofSeconds(20));
            browser.click("main a[href='/id/person/fumio-kishida']");
            assertEquals("Fumio Kishida", browser.eval("document.querySelector('h1').innerText"));

            String deal = "/id/" + SiteFixture.malaysiaDeal();
            String meeting = "/id/" + SiteFixture.path("GRAPH ?g { <" + Iris.DEFAULT_BASE + deal.substring(4) + "> dip:outcomeOf ?f }");
            browser.click("a[href='" + meeting + "']");
            browser.click("a[href='" + deal + "']");
            String page = browser.text();
            assertTrue(page.contains("Reported by 5 articles (3 independent)"), page);
            assertEquals("5", browser.eval("String(document.querySelectorAll('.sources blockquote').length)"));
            assertTrue(page.contains("signed a 400 million yen ($2.8 million) deal to bolster Malaysia"));

            String anchor = browser.eval("document.querySelector(\".sources a[href*='#ev-']\").getAttribute('href').replace(/^.*#/, '')");
            browser.click(".sources a[href$='#" + anchor + "']");
            assertTrue(browser.eval("location.pathname").startsWith("/id/article/"));
            assertEquals("true", browser.eval("String(!!document.getElementById('" + anchor + "') && document.querySelectorAll('.text mark').length > 0)"));
            assertTrue(browser.text().contains("Copies and rewrites"));

            browser.open(site + "/queries");
            browser.click("a[href='/queries/evidence']");
            browser.eval("(() => { const f = document.querySelector('form.params');"
                    + " f.querySelector('input[name=fact]').value = '" + Iris.DEFAULT_BASE + deal.substring(4) + "';"
                    + " f.submit(); })()");
            browser.waitFor("location.search.indexOf('fact=') >= 0 && document.readyState === 'complete'", Duration.ofSeconds(20));
            assertEquals("6", browser.eval("String(document.querySelectorAll('main table tr').length)"), "header and five sentences");

            browser.navigate(site + "/ui/");
            browser.waitFor("[...document.querySelectorAll('input')].some(i => i.value === '/kg/sparql')", Duration.ofSeconds(30));
            assertEquals("/", browser.eval("location.pathname"), "the editor talks to the server root");
        }
    }
}
