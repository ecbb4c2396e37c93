package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One URL, one article: of two versions of a page the newer is kept, whatever the files are
 * called; a page changed at its URL replaces the older version in an incremental build (same IRI,
 * new text and facts, nothing of the old left); cached facts follow a record's metadata and its
 * place in its file.
 */
class SameUrlVersionsTest {
    static final String OLD = "2024-02-13T10:30:00+03:00";
    static final String NEW = "2024-02-14T09:00:00+03:00";
    static final String NEW_PARAGRAPH = "The two leaders also signed an agreement on geothermal energy, officials said.";

    @TempDir
    Path dir;

    final GraphBuilder builder = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));

    static Map<String, String> theArticle(KgStore s) {
        List<Map<String, String>> rows = MixedInputBuildTest.select(s, "SELECT ?a ?file ?modified ?text WHERE { ?a schema:url <"
                + NewsFixtures.MACRON_URL + "> ; dip:fileName ?file ; schema:dateModified ?modified ; nif:isString ?text }");
        assertEquals(1, rows.size(), "one article for the URL: " + rows);
        return rows.get(0);
    }

    @Test
    void theNewerVersionWinsWhateverTheFilesAreCalled() throws IOException {
        for (String[] names : new String[][] {{"a-old.html", "b-new.html"}, {"b-old.html", "a-new.html"}}) {
            Path in = Files.createDirectories(dir.resolve("in-" + names[0]));
            Files.writeString(in.resolve(names[0]), NewsFixtures.macronPage(OLD));
            Files.writeString(in.resolve(names[1]), NewsFixtures.macronPage(NEW, NEW_PARAGRAPH));
            try (KgStore s = KgStore.open(dir.resolve("store-" + names[0]))) {
                BuildReport r = builder.build(in, s, false);
                assertEquals(1, r.articles());
                Map<String, String> a = theArticle(s);
                assertEquals(names[1], a.get("file"));
                assertEquals(NEW + "^^dateTime", a.get("modified"));
                assertTrue(a.get("text").contains("geothermal"), a.get("text"));
            }
        }
    }

    @Test
    void aChangedPageAtItsUrlReplacesTheOlderVersionInAnIncrementalBuild() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("page.html"), NewsFixtures.macronPage(OLD));
        Files.writeString(in.resolve("news.atom"), NewsFixtures.ATOM);
        try (KgStore inc = KgStore.open(dir.resolve("inc")); KgStore full = KgStore.open(dir.resolve("full"))) {
            builder.build(in, inc, false);
            Map<String, String> before = theArticle(inc);
            assertTrue(before.get("text").contains("climate finance"), before.get("text"));

            Files.writeString(in.resolve("page.html"), NewsFixtures.macronPage(NEW, NEW_PARAGRAPH));
            BuildReport r = builder.build(in, inc, false);
            assertEquals(1, r.extracted(), "only the changed page is extracted again");
            assertEquals(1, r.reused());
            assertTrue(r.removed() > 0);
            Map<String, String> after = theArticle(inc);
            assertEquals(before.get("a"), after.get("a"), "the article keeps its IRI");
            assertTrue(after.get("text").contains("geothermal") && !after.get("text").contains("climate finance"), after.get("text"));
            assertTrue(MixedInputBuildTest.select(inc, "SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"climate finance\")) }").isEmpty(),
                    "something of the older version is left");

            builder.build(in, full, false);
            assertTrue(IncrementalBuildTest.content(inc).isIsomorphicWith(IncrementalBuildTest.content(full)),
                    "the incremental build differs from a full build of the new version");
        }
    }

    @Test
    void cachedFactsFollowARecordsMetadataAndItsPlaceInItsFile() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String trudeau = NewsFixtures.JSONL.lines().filter(l -> l.contains("trudeau")).findFirst().orElseThrow();
        Files.writeString(in.resolve("export.jsonl"), trudeau + "\n");
        try (KgStore s = KgStore.open(dir.resolve("store"))) {
            assertEquals(1, builder.build(in, s, false).extracted());
            // a new title is a new record: extracted again, never answered with the old title from the cache
            Files.writeString(in.resolve("export.jsonl"), trudeau.replace("Trudeau visits Mexico City", "Trudeau and Lopez Obrador meet") + "\n");
            BuildReport retitled = builder.build(in, s, false);
            assertEquals(1, retitled.extracted());
            String label = "SELECT ?label ?line WHERE { ?a schema:url <" + NewsFixtures.TRUDEAU_URL + "> ; rdfs:label ?label ; dip:recordLocator ?line }";
            assertEquals("Trudeau and Lopez Obrador meet", MixedInputBuildTest.select(s, label).get(0).get("label"));

            // the same record pushed down a line by a newer one: its facts are reused, its line is today's
            String macron = NewsFixtures.JSONL.lines().filter(l -> l.contains("macron")).findFirst().orElseThrow();
            Files.writeString(in.resolve("export.jsonl"), macron + "\n"
                    + trudeau.replace("Trudeau visits Mexico City", "Trudeau and Lopez Obrador meet") + "\n");
            BuildReport moved = builder.build(in, s, false);
            assertEquals(1, moved.extracted());
            assertEquals(1, moved.reused());
            assertEquals("line 2", MixedInputBuildTest.select(s, label).get(0).get("line"));
            assertFalse(MixedInputBuildTest.select(s, label).get(0).get("label").contains("visits"));
        }
    }
}
