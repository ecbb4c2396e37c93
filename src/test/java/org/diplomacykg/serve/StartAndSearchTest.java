package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The start page and label search, over real HTTP. */
class StartAndSearchTest {
    @Test
    void startPageSummarisesAndLinksEverywhere() throws Exception {
        String page = SiteFixture.get("/", "text/html").body();
        for (String link : new String[] {"/ui/#/dataset/kg/query", "/queries", "/dumps/", "/ontology", "/search"}) {
            assertTrue(page.contains("\"" + link + "\""), "links to " + link);
        }
        assertTrue(page.contains("What the dataset holds"));
        assertTrue(page.contains("href=\"/ontology#Person\""), "counts by class name the classes");
        assertTrue(page.contains("<ol class=\"timeline\">") && page.contains("Japan-ASEAN summit"), "events on a timeline");
        assertTrue(page.contains("href=\"/id/person/fumio-kishida\""), "people");
        assertTrue(page.contains("href=\"/id/country/MY\""), "countries");
        assertTrue(page.contains("href=\"/id/" + SiteFixture.malaysiaDeal() + "\""), "agreements");
        assertEquals(404, SiteFixture.get("/no-such-page", "text/html").statusCode());
    }

    @Test
    void searchFindsAPersonByPartOfTheName() throws Exception {
        HttpResponse<String> r = SiteFixture.get("/search?q=kishi", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/id/person/fumio-kishida\""), r.body());
        String deal = SiteFixture.get("/search?q=Malaysia", "text/html").body();
        assertTrue(deal.indexOf("/id/country/MY") < deal.indexOf("/id/" + SiteFixture.malaysiaDeal() + ""),
                "the exact match comes before labels that only contain the word");
    }

    @Test
    void everyPageCarriesTheSearchBox() throws Exception {
        for (String path : new String[] {"/", "/id/country/JP", "/queries", "/search?q=x"}) {
            assertTrue(SiteFixture.get(path, "text/html").body().contains("<form action=\"/search\""), path);
        }
    }

    @Test
    void theQueryEditorIsServedAndItsServerDescriptionAnswers() throws Exception {
        HttpResponse<String> ui = SiteFixture.get("/ui/", null);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("/ui/static/") && ui.body().contains("<script src=\"/scripts/editor-address.js\">"), ui.body());
        assertTrue(SiteFixture.get("/scripts/editor-address.js", null).body().contains("history.replaceState"));
        String asset = ui.body().replaceFirst("(?s).*src=\"(/ui/static/[^\"]+)\".*", "$1");
        HttpResponse<String> entry = SiteFixture.get(asset, null);
        assertEquals(200, entry.statusCode());
        // the editor asks the public description, not the administrator's /$/server and /$/stats
        assertTrue(entry.body().contains("\"/ui/server\"") && entry.body().contains("`/ui/stats/"), "addresses rewritten");
        assertTrue(!entry.body().contains("\"/$/server\"") && !entry.body().contains("`/$/stats/"), "no admin addresses left");
        HttpResponse<String> status = SiteFixture.get("/ui/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\"") && status.body().contains("\"sparql\""), status.body());
        assertEquals(200, SiteFixture.get("/ui/stats/kg", "application/json").statusCode());
    }
}
