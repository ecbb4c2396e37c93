package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every article's provenance where people read it, over real HTTP from a real TDB2 store: a page
 * with Open Graph and JSON-LD metadata and a canonical URL, a JSON Lines export (one record with
 * URL, title and published date; one republished record whose published date its text
 * contradicts), an RSS feed (one item with only a summary) and a plain text article whose printed
 * date its text contradicts. The article page,
 * fact pages, the start page, search and every saved query that lists articles show title,
 * publisher, date and the link to the original page; a contradicted date is never the date shown.
 * The last test checks the rendered pages in headless Chromium.
 */
class ProvenancePagesTest {
    static final String MACRON_TITLE = "Macron and Ruto meet in Nairobi for trade talks";
    /** Printed 1 July 2025, but the events it reports are dated 9 March 2023 by its own text. */
    static final String REPRINT = """
            Ghana and Kenya sign trade accord in Accra
            Published: July 1, 2025
            ACCRA, Ghana (AP) — Ghanaian President Nana Akufo-Addo and Kenyan President William Ruto signed a trade agreement in Accra on Thursday, March 9, 2023, the two governments said.
            The accord cuts tariffs on tea and cocoa, officials said.
            "This accord opens our markets to each other's farmers," Ruto told reporters in Accra.
            """;
    static final String ARCHIVE_URL = "https://api.example.com/archive/ruto-akufo-addo";
    /** Line 2 of the export: published in 2025 about a visit its text dates 10 November 2023; a "|" in its title. */
    static final String ARCHIVE = "{\"url\": \"" + ARCHIVE_URL + "?utm_source=x\", \"title\": \"From the archive: Ruto hosts Akufo-Addo | Example Archive\","
            + " \"published\": \"2025-06-01T09:00:00Z\", \"source\": \"Example Archive\", \"text\": \"NAIROBI (Reuters) — Kenyan President"
            + " William Ruto hosted Ghanaian President Nana Akufo-Addo in Nairobi on Friday, November 10, 2023, officials said.\"}";
    static final String REL = "rel=\"noopener noreferrer nofollow\"";

    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    /** Each article's row of /queries/articles, by the input file and its record ("export.jsonl line 2"). */
    static Map<String, Map<String, String>> articles;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("macron-ruto.html"), NewsFixtures.macronPage("2024-02-13T10:30:00+03:00"));
        String trudeau = NewsFixtures.JSONL.lines().filter(l -> l.contains(NewsFixtures.TRUDEAU_URL)).findFirst().orElseThrow();
        Files.writeString(in.resolve("export.jsonl"), trudeau + "\n" + ARCHIVE + "\n");
        Files.writeString(in.resolve("ghana-kenya.txt"), REPRINT);
        Files.writeString(in.resolve("wire.rss"), NewsFixtures.RSS);
        store = KgStore.open(dir.resolve("store"));
        new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(in, store);
        server = KgServer.start(store.dataset(), SiteFixture.options(0));
        articles = new HashMap<>();
        for (Map<String, String> row : csv(get("/queries/articles?format=csv").body())) {
            String file = row.get("file");
            articles.put(file + (file.endsWith(".jsonl") || file.endsWith(".rss") ? " " + row.get("headline").split(" ")[0] : ""), row);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    static List<Map<String, String>> csv(String body) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(body))) {
            rows.add(new LinkedHashMap<>(r.toMap()));
        }
        return rows;
    }

    static String pathOf(String key) {
        Map<String, String> row = articles.get(key);
        assertNotNull(row, key + " is not among " + articles.keySet());
        return "/id/" + row.get("article").substring(Iris.DEFAULT_BASE.length());
    }

    static String macron() {
        return pathOf("macron-ruto.html");
    }

    static String trudeau() {
        return pathOf("export.jsonl Trudeau");
    }

    static String archive() {
        return pathOf("export.jsonl From");
    }

    static String modi() {
        return pathOf("wire.rss Modi");
    }

    static String reprint() {
        return pathOf("ghana-kenya.txt");
    }

    /** A row of the article page's source box: its cell after the named one. */
    static String field(String page, String name) {
        Matcher m = Pattern.compile("<tr><td class=\"prop\">" + Pattern.quote(name) + "</td><td>(.*?)</td></tr>").matcher(page);
        assertTrue(m.find(), "no row '" + name + "' in\n" + page);
        return m.group(1);
    }

    /** The page without the table rows labelled "contradicted by the text": where a contradicted date may still appear. */
    static String withoutContradictedRows(String page) {
        return page.replaceAll("<tr>(?:(?!</tr>).)*contradicted by the text(?:(?!</tr>).)*</tr>", "");
    }

    @Test
    void thePagesArticlePageShowsTitlePublisherAuthorPublishedDateAndTheLinkToThePage() throws Exception {
        String page = page(macron());
        assertTrue(page.contains("<h1>" + MACRON_TITLE + "</h1>"), page);
        assertEquals(MACRON_TITLE, field(page, "Title"));
        assertEquals("Example Times", field(page, "Publisher"));
        assertEquals("Jane Doe", field(page, "Author"));
        assertEquals("<time datetime=\"2024-02-13\">13 February 2024</time> <span class=\"muted\">(published date)</span>", field(page, "Date"));
        assertEquals("<a class=\"source\" href=\"" + NewsFixtures.MACRON_URL + "\" " + REL + ">" + NewsFixtures.MACRON_URL + "</a>",
                field(page, "Original page"), "the canonical URL, without its campaign parameters and fragment");
        assertEquals("macron-ruto.html", field(page, "Input file"));
        assertEquals("html", field(page, "Input format"));
    }

    @Test
    void anExportRecordsPageNamesItsFileAndLine() throws Exception {
        String page = page(trudeau());
        assertEquals("Trudeau visits Mexico City", field(page, "Title"));
        assertEquals("Example Press", field(page, "Publisher"));
        assertEquals("Marie Tremblay, Luis Ortega", field(page, "Author"));
        assertTrue(field(page, "Date").startsWith("<time datetime=\"2023-01-12\">12 January 2023</time>"), field(page, "Date"));
        assertTrue(field(page, "Original page").contains("href=\"" + NewsFixtures.TRUDEAU_URL + "\" " + REL));
        assertEquals("export.jsonl", field(page, "Input file"));
        assertEquals("line 1", field(page, "Record"));
        assertEquals("jsonl", field(page, "Input format"));
    }

    @Test
    void aFeedItemWithOnlyASummarySaysSo() throws Exception {
        String page = page(modi());
        assertEquals("Modi meets Sisi in Cairo", field(page, "Title"));
        assertTrue(field(page, "Text").startsWith("Summary only: the feed gave only a summary of this article"), field(page, "Text"));
        assertEquals("item 2 (id wire-1002)", field(page, "Record"));
        assertEquals("rss", field(page, "Input format"));
        assertTrue(field(page, "Original page").contains("href=\"" + NewsFixtures.MODI_URL + "\" " + REL));
        String start = page("/");
        assertTrue(start.contains(">Modi meets Sisi in Cairo</a> <span class=\"muted\">— Example Wire, <time datetime=\"2023-06-26\">26 June 2023</time> · summary only</span>"),
                "listed as a summary on the start page: " + start.replaceFirst("(?s).*(Modi meets.{300}).*", "$1"));
        assertFalse(page(macron()).contains("Summary only"));
    }

    @Test
    void aContradictedPrintedDateIsNeverTheArticlesDate() throws Exception {
        String page = page(reprint());
        assertEquals("Ghana and Kenya sign trade accord in Accra", field(page, "Title"));
        assertEquals("Associated Press", field(page, "Publisher"));
        assertEquals("<time datetime=\"2023-03-09\">9 March 2023</time> <span class=\"muted\">(date inferred from the event dates in the text)</span>",
                field(page, "Date"));
        assertEquals("1 July 2025", field(page, "Printed date (contradicted by the text)"));
        assertTrue(field(page, "Original page").contains("no URL known"));
        assertTrue(page.contains("1 July 2025"));
        String rest = withoutContradictedRows(page);
        assertFalse(rest.contains("1 July 2025") || rest.contains("2025-07-01"),
                "the contradicted printed date appears only labelled as contradicted:\n" + rest);
    }

    @Test
    void aPublishedDateItsTextContradictsIsNotShownEither() throws Exception {
        String page = page(archive());
        assertEquals("From the archive: Ruto hosts Akufo-Addo | Example Archive", field(page, "Title"));
        assertTrue(field(page, "Date").startsWith("<time datetime=\"2023-11-10\">10 November 2023</time>"), field(page, "Date"));
        assertTrue(field(page, "Published date (contradicted by the text)").startsWith("2025-06-01"));
        assertTrue(field(page, "Original page").contains("href=\"" + ARCHIVE_URL + "\""));
        assertFalse(withoutContradictedRows(page).contains("2025-06-01"));
    }

    @Test
    void factPagesStartPageAndSearchListArticlesByTheirCitation() throws Exception {
        // the accord is reported by the reprint alone: its sources list the citation, never the 2025 date
        String accord = "/id/" + articleOf(csv(get("/queries/single-source?format=csv").body()), "ghana-kenya.txt", "Agreement");
        String fact = page(accord);
        assertTrue(fact.contains("Reported by 1 article"), fact);
        assertTrue(fact.contains(">Ghana and Kenya sign trade accord in Accra</a> <span class=\"muted\">— Associated Press, "
                + "<time datetime=\"2023-03-09\">9 March 2023</time> <small>(date inferred from the event dates in the text)</small></span>"), fact);
        assertFalse(fact.contains("2025"), "no 2025 date on the fact page");

        String start = page("/");
        assertTrue(start.contains("<h2>Articles</h2>"));
        assertTrue(start.contains(">" + MACRON_TITLE + "</a> <span class=\"muted\">— Example Times, <time datetime=\"2024-02-13\">13 February 2024</time></span> · "
                + "<a class=\"source\" href=\"" + NewsFixtures.MACRON_URL + "\" " + REL + ">www.example-times.com</a>"), start);
        assertTrue(start.contains("href=\"" + NewsFixtures.TRUDEAU_URL + "\" " + REL));
        assertTrue(start.indexOf(MACRON_TITLE) < start.indexOf("Trudeau visits Mexico City"), "latest first");
        assertFalse(start.contains("2025"), "neither contradicted date is an article's date on the start page");

        String search = page("/search?q=trudeau+visits");
        assertTrue(search.contains(">Trudeau visits Mexico City</a> <span class=\"muted\">— Example Press, <time datetime=\"2023-01-12\">12 January 2023</time></span>"), search);
        assertTrue(search.contains("href=\"" + NewsFixtures.TRUDEAU_URL + "\" " + REL));
        assertTrue(search.contains("<a href=\"/ontology#NewsArticle\">news article</a>"), "an article is of the kind news article");
    }

    /** The fact of {@code type} in the single-source rows from {@code file}, as its path under /id/. */
    static String articleOf(List<Map<String, String>> rows, String file, String type) {
        return rows.stream().filter(r -> r.get("file").equals(file) && r.get("type").equals(type)).findFirst()
                .map(r -> r.get("fact").substring(Iris.DEFAULT_BASE.length()))
                .orElseThrow(() -> new AssertionError("no " + type + " from " + file + " in " + rows));
    }

    @Test
    void theArticlesQueryHasTitleDateBasisAndUrlColumnsFilled() throws Exception {
        Map<String, String> macron = articles.get("macron-ruto.html");
        assertEquals(List.of(MACRON_TITLE, "Example Times", "2024-02-13", "published", NewsFixtures.MACRON_URL),
                List.of(macron.get("title"), macron.get("publisher"), macron.get("date"), macron.get("dateBasis"), macron.get("url")));
        Map<String, String> trudeau = articles.get("export.jsonl Trudeau");
        assertEquals(List.of("Trudeau visits Mexico City", "Example Press", "2023-01-12", "published", NewsFixtures.TRUDEAU_URL),
                List.of(trudeau.get("title"), trudeau.get("publisher"), trudeau.get("date"), trudeau.get("dateBasis"), trudeau.get("url")));
        Map<String, String> reprint = articles.get("ghana-kenya.txt");
        assertEquals(List.of("Ghana and Kenya sign trade accord in Accra", "Associated Press", "2023-03-09",
                        "inferred from the event dates in the text", ""),
                List.of(reprint.get("title"), reprint.get("publisher"), reprint.get("date"), reprint.get("dateBasis"), reprint.get("url")));
        assertEquals("2025-07-01", reprint.get("printedDate"), "the printed date keeps its own column, flagged");
        assertEquals("true", reprint.get("printedDateContradicted"));
        Map<String, String> archive = articles.get("export.jsonl From");
        assertEquals(List.of("2023-11-10", "inferred from the event dates in the text", ARCHIVE_URL),
                List.of(archive.get("date"), archive.get("dateBasis"), archive.get("url")));
        assertEquals(List.of("file", "publisher", "headline", "printedDate", "referenceDate", "printedDateContradicted", "copyOf",
                "rewriteOf", "factsReported", "article", "title", "date", "dateBasis", "url"), new ArrayList<>(macron.keySet()),
                "the new columns come after the old ones");
    }

    @Test
    void queryPagesLinkTheSourceUrls() throws Exception {
        String table = page("/queries/articles");
        assertTrue(table.contains("<td><a class=\"source\" href=\"" + NewsFixtures.MACRON_URL + "\" " + REL + ">" + NewsFixtures.MACRON_URL + "</a></td>"), table);
        assertTrue(table.contains("<td>" + MACRON_TITLE + "</td>") && table.contains("<td>Example Times</td>") && table.contains("<td>2024-02-13</td>"));
        // several articles in one cell: one link per article, a dash for the one without a URL
        String roles = page("/queries/roles-of-person?person=Ruto");
        assertTrue(roles.contains("<td><a class=\"source\" href=\"" + ARCHIVE_URL + "\" " + REL + ">" + ARCHIVE_URL + "</a><br>"
                + "<span class=\"muted\">—</span><br><a class=\"source\" href=\"" + NewsFixtures.MACRON_URL + "\" " + REL + ">"), roles);
    }

    /**
     * The saved queries that list articles, with parameters that make them list something, and for
     * each article they name: the column naming its file, then its title, publisher, date and URL columns.
     */
    record Listing(String query, Map<String, String> params, List<List<String>> groups, boolean joined) {
    }

    static final List<String> ARTICLE = List.of("title", "publisher", "date", "url");
    static final List<String> PREFIXED = List.of("articleTitle", "articlePublisher", "articleDate", "articleUrl");

    static List<Listing> listings(String evidenceFact) {
        return List.of(
                new Listing("articles", Map.of(), List.of(concat("file", ARTICLE)), false),
                new Listing("evidence", Map.of("fact", evidenceFact), List.of(concat("file", ARTICLE)), false),
                new Listing("single-source", Map.of(), List.of(concat("file", PREFIXED)), false),
                new Listing("quotes", Map.of(), List.of(concat("article", PREFIXED)), true),
                new Listing("quotes-by-word", Map.of("word", "a"), List.of(concat("articles", PREFIXED)), true),
                new Listing("conflicts", Map.of(), List.of(concat("articles", PREFIXED)), true),
                new Listing("roles-of-person", Map.of("person", "a"), List.of(concat("articles", PREFIXED)), true),
                new Listing("article-relations", Map.of(), List.of(
                        List.of("copyFile", "copyTitle", "copyPublisher", "copyDate", "copyUrl"),
                        List.of("originalFile", "originalTitle", "originalPublisher", "originalDate", "originalUrl")), false),
                new Listing("gdelt-events", Map.of(), List.of(
                        List.of("firstSource", "firstSourceTitle", "firstSourcePublisher", "firstSourceDate", "firstSourceUrl")), false));
    }

    static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    @Test
    void everySavedQueryThatNamesArticlesIsChecked() {
        Set<String> checked = listings("x").stream().map(Listing::query).collect(Collectors.toSet());
        for (SavedQuery q : new SavedQueries(Path.of("queries")).all()) {
            if (q.text().contains("dip:fileName")) {
                assertTrue(checked.contains(q.name()), q.name() + " names articles: give it the citation columns and check them here");
            }
        }
    }

    @Test
    void everyArticleListingQueryAgreesWithTheArticlePagesHere() throws Exception {
        String accord = Iris.DEFAULT_BASE + articleOf(csv(get("/queries/single-source?format=csv").body()), "ghana-kenya.txt", "Agreement");
        int checked = checkListings(store, server.baseUrl(), accord);
        assertTrue(checked >= 20, "only " + checked + " article citations checked");
    }

    @Test
    void everyArticleListingQueryAgreesWithTheArticlePagesOnTheSeeds() throws Exception {
        // the seeds hold copies, rewrites, conflicts, quotations in several articles and a contradicted printed date
        int checked = checkListings(SiteFixture.store(), SiteFixture.server().baseUrl(),
                Iris.DEFAULT_BASE + SiteFixture.malaysiaDeal());
        assertTrue(checked >= 50, "only " + checked + " article citations checked");
    }

    /** Expected (title as the source gives it, publisher, date, URL) of every article, by file name: the citation the pages show. */
    static Map<String, Set<List<String>>> citations(KgStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            GraphLookup g = new GraphLookup(s.dataset(), new Iris(Iris.DEFAULT_BASE));
            Map<String, Set<List<String>>> out = new HashMap<>();
            for (Node a : g.subjects(org.apache.jena.vocabulary.RDF.type.asNode(), Dip.NewsArticle)) {
                String file = g.string(a, Dip.fileName);
                if (file == null) {
                    continue;
                }
                ArticleCitation c = ArticleCitation.of(g, a);
                String headline = g.string(a, Dip.Schema.headline);
                out.computeIfAbsent(file, f -> new java.util.HashSet<>()).add(List.of(headline == null ? "" : headline,
                        c.publisher() == null ? "" : c.publisher(), c.date() == null ? "" : c.date().iso(), c.url() == null ? "" : c.url()));
            }
            return out;
        });
    }

    /**
     * Runs every article-listing query over HTTP as CSV and checks each article it names: its title,
     * publisher, date and URL are those of its citation (one entry per article in a joined cell, in
     * file-name order). Returns how many citations were checked.
     */
    static int checkListings(KgStore s, String site, String evidenceFact) throws Exception {
        Map<String, Set<List<String>>> expected = citations(s);
        int checked = 0;
        for (Listing l : listings(evidenceFact)) {
            StringBuilder q = new StringBuilder("/queries/" + l.query() + "?format=csv");
            l.params().forEach((k, v) -> q.append('&').append(k).append('=').append(Html.url(v)));
            HttpResponse<String> r = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(site + q)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), q + ": " + r.body());
            List<Map<String, String>> rows = csv(r.body());
            assertFalse(rows.isEmpty(), q + " lists nothing");
            for (Map<String, String> row : rows) {
                for (List<String> group : l.groups()) {
                    for (String column : group) {
                        assertTrue(row.containsKey(column), q + " has no column " + column + ": " + row.keySet());
                    }
                    if (row.get(group.get(0)).isEmpty() && group.stream().allMatch(c -> row.get(c).isEmpty())) {
                        continue; // a role no article states
                    }
                    List<String> files = l.joined() ? List.of(row.get(group.get(0)).split("\\|", -1)) : List.of(row.get(group.get(0)));
                    List<List<String>> values = new ArrayList<>();
                    for (String column : group.subList(1, group.size())) {
                        values.add(l.joined() ? List.of(row.get(column).split("\\|", -1)) : List.of(row.get(column)));
                    }
                    int n = values.get(0).size();
                    values.forEach(v -> assertEquals(n, v.size(), q + ": the article columns line up in " + row));
                    assertTrue(n >= files.size(), q + ": an entry per article in " + row);
                    List<String> seenFiles = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        List<String> got = new ArrayList<>();
                        for (List<String> v : values) {
                            got.add(v.get(i));
                        }
                        String match = null;
                        for (String f : files) {
                            Set<List<String>> candidates = expected.getOrDefault(f, Set.of()).stream()
                                    .map(c -> l.joined() ? List.of(c.get(0).replace("|", "¦"), c.get(1).replace("|", "¦"), c.get(2), c.get(3)) : c)
                                    .collect(Collectors.toSet());
                            if (candidates.contains(got)) {
                                match = f;
                            }
                        }
                        assertNotNull(match, q + ": entry " + i + " " + got + " is the citation of none of " + files + "; expected "
                                + files.stream().map(f -> f + "=" + expected.get(f)).toList());
                        seenFiles.add(match);
                        checked++;
                    }
                    assertEquals(new ArrayList<>(new TreeSet<>(seenFiles)).size(), new TreeSet<>(files).size(), q + ": every article named in " + row);
                    assertEquals(seenFiles.stream().sorted().toList(), seenFiles, q + ": in file-name order in " + row);
                }
            }
        }
        return checked;
    }

    @Test
    void chromiumRendersTheCitationOnTheArticlePageAndInASavedQuery() throws Exception {
        Path chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium != null, "no chromium on this machine");
        try (HeadlessChromium browser = new HeadlessChromium(chromium, Files.createDirectories(dir.resolve("chromium")))) {
            browser.open(server.baseUrl() + macron());
            assertEquals(MACRON_TITLE, browser.eval("document.querySelector('h1').innerText"));
            String box = browser.eval("document.querySelector('section.citation').innerText");
            assertTrue(box.contains("Example Times") && box.contains("Jane Doe") && box.contains("13 February 2024"), box);
            assertEquals(NewsFixtures.MACRON_URL, browser.eval("document.querySelector('section.citation a.source').href"));
            assertEquals("noopener noreferrer nofollow", browser.eval("document.querySelector('section.citation a.source').rel"));

            browser.open(server.baseUrl() + reprint());
            String date = browser.eval("[...document.querySelectorAll('section.citation tr')]"
                    + ".find(tr => tr.cells[0].innerText === 'Date').cells[1].innerText");
            assertEquals("9 March 2023 (date inferred from the event dates in the text)", date);
            assertEquals("", browser.eval("[...document.querySelectorAll('tr')].filter(tr => tr.innerText.includes('2025')"
                    + " && !tr.innerText.includes('contradicted by the text')).map(tr => tr.innerText).join('\\n')"),
                    "a row showing a 2025 date says it is contradicted");

            browser.open(server.baseUrl() + "/queries/articles");
            String row = "[...document.querySelectorAll('main table tr')].find(tr => tr.innerText.includes('" + MACRON_TITLE + "'))";
            String text = browser.eval(row + ".innerText");
            assertTrue(text.contains("Example Times") && text.contains("2024-02-13"), text);
            assertEquals(NewsFixtures.MACRON_URL, browser.eval(row + ".querySelector('a.source').href"));
            String reprintRow = browser.eval("[...document.querySelectorAll('main table tr')].find(tr => tr.innerText.includes('Ghana and Kenya')).innerText");
            assertTrue(reprintRow.contains("2023-03-09") && reprintRow.contains("Associated Press"), reprintRow);

            browser.open(server.baseUrl() + "/");
            assertEquals(NewsFixtures.MACRON_URL, browser.eval("[...document.querySelectorAll('ul.articles li')]"
                    + ".find(li => li.innerText.includes('" + MACRON_TITLE + "')).querySelector('a.source').href"));
        }
    }
}
