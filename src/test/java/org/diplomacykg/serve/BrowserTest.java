package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /**
     * The Content-Security-Policy forbids inline script; the start page, a resource page and the
     * Fuseki query editor work under it (the editor loads, finds its endpoint and runs a query)
     * with nothing refused on the console, and an inline script put into a page does not run.
     */
    @Test
    void pagesAndTheQueryEditorWorkUnderTheContentSecurityPolicy() throws Exception {
        Path chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium != null, "no chromium on this machine");
        String site = SiteFixture.server().baseUrl();
        String resource = "/id/" + SiteFixture.malaysiaDeal();
        try (HeadlessChromium browser = new HeadlessChromium(chromium, profile)) {
            // a reloaded editor address reaches the editor through the start page's script, now a file
            browser.navigate(site + "/#/dataset/kg/query");
            browser.waitFor("[...document.querySelectorAll('input')].some(i => i.value === '/kg/sparql')", Duration.ofSeconds(30));
            assertEquals("/", browser.eval("location.pathname"));
            browser.waitFor("!!document.querySelector('.yasqe_queryButton')", Duration.ofSeconds(30));
            browser.eval("document.querySelector('.yasqe_queryButton').click()");
            browser.waitFor("document.querySelectorAll('.yasr table tbody tr').length > 0", Duration.ofSeconds(30));
            assertEquals(List.of(), browser.policyViolations(), "the query editor: " + browser.console());

            for (String page : List.of("/", resource)) {
                browser.clearConsole();
                browser.open(site + page);
                assertTrue(browser.text().contains("Diplomacy knowledge graph"), page);
                assertEquals(List.of(), browser.policyViolations(), page + ": " + browser.console());
            }

            String ran = browser.eval("(() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                    + " document.body.appendChild(s); return String(window.inlineRan === true); })()");
            assertEquals("false", ran, "an inline script ran: no policy forbids it");
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (browser.policyViolations().isEmpty() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals(1, browser.policyViolations().size(), "the refused inline script is reported: " + browser.console());
        }
    }
}
