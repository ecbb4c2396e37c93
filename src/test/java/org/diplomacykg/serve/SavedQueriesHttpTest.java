package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.junit.jupiter.api.Test;

/** Saved queries over HTTP: the list, the form, runs with bound parameters, formats, bad input. */
class SavedQueriesHttpTest {
    static final String BASE = "https://w3id.org/diplomacy-kg/id/";

    @Test
    void listShowsEveryQueryWithTitleAndParameters() throws Exception {
        String page = SiteFixture.get("/queries", "text/html").body();
        for (SavedQuery q : new SavedQueries(Path.of("queries")).all()) {
            assertTrue(page.contains("href=\"/queries/" + q.name() + "\""), q.name());
            assertTrue(page.contains(Html.esc(q.title())), q.title());
            q.params().forEach(p -> assertTrue(page.contains("<code>" + p.name() + "</code>"), p.name()));
        }
    }

    @Test
    void aQueryWithParametersShowsItsFormFirst() throws Exception {
        HttpResponse<String> r = SiteFixture.get("/queries/evidence", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("name=\"fact\""));
        assertFalse(r.body().contains("<h2>Answer</h2>"));
        assertEquals(404, SiteFixture.get("/queries/no-such-query", "text/html").statusCode());
        int traversal = SiteFixture.get("/queries/..%2Fpom.xml", "text/html").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "a path outside queries/ answered " + traversal);
    }

    @Test
    void runsWithAParameterAsAnHtmlTableWithLinks() throws Exception {
        String page = SiteFixture.get("/queries/evidence?fact=" + Html.url(BASE + SiteFixture.malaysiaDeal()), "text/html").body();
        assertTrue(page.contains("<h2>Answer</h2>"));
        assertTrue(page.contains("5 rows"), "one row per supporting sentence");
        assertTrue(page.contains("href=\"/id/article/068ef50455c9569c\""), "IRIs are linked");
    }

    @Test
    void jsonCsvTsvByFormatOrAccept() throws Exception {
        String q = "/queries/evidence?fact=" + Html.url("<" + BASE + SiteFixture.malaysiaDeal() + ">");
        HttpResponse<String> json = SiteFixture.get(q + "&format=json", null);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("\"bindings\"") && json.body().contains("068ef50455c9569c"));
        HttpResponse<String> csv = SiteFixture.get(q, "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("article,file,publisher,sentence,begin,end"), csv.body());
        assertEquals(6, csv.body().strip().split("\r\n").length);
        HttpResponse<String> tsv = SiteFixture.get(q + "&format=tsv", null);
        assertTrue(tsv.body().startsWith("?article\t?file"), tsv.body());
        assertTrue(SiteFixture.get(q, "application/sparql-results+json").body().contains("\"bindings\""));
    }

    @Test
    void anInjectionAttemptIsBoundAsOneLiteral() throws Exception {
        // were it spliced into the text this would close the pattern and match every evidence of every fact
        String attack = "x\" } ?fact <https://w3id.org/diplomacy-kg/ontology#evidence> ?ev { \"";
        HttpResponse<String> r = SiteFixture.get("/queries/evidence?format=json&fact=" + Html.url(attack), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().replaceAll("\\s", "").contains("\"bindings\":[]"), r.body());
        HttpResponse<String> shown = SiteFixture.get("/queries/evidence?fact=" + Html.url(attack), "text/html");
        assertTrue(shown.body().contains("0 rows"));
        assertTrue(shown.body().contains("value=\"x&quot; } ?fact"), "the value is echoed escaped in the form");
    }

    @Test
    void unknownParameterOrBadFormatIs400WithAClearMessage() throws Exception {
        HttpResponse<String> r = SiteFixture.get("/queries/people?who=x&format=csv", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("unknown parameter 'who' for query 'people'"), r.body());
        HttpResponse<String> html = SiteFixture.get("/queries/people?who=x", "text/html");
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("unknown parameter"));
        assertEquals(400, SiteFixture.get("/queries/people?format=xlsx", null).statusCode());
        HttpResponse<String> notATerm = SiteFixture.get("/queries/evidence?format=csv&fact=" + Html.url("<a> <b>"), null);
        assertEquals(400, notATerm.statusCode());
    }
}
