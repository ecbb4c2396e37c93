package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The saved queries answer the analyst's questions correctly on the seeds. */
class SeedQueriesTest {

    static KgStore store;
    static final SavedQueries saved = new SavedQueries(Path.of("queries"));

    @BeforeAll
    static void build() {
        store = SeedStore.shared();
    }


    static List<String> rows(String name, Map<String, String> params) {
        SavedQuery q = saved.resolve(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(30).run(q, ParamBinder.bind(q, params), store.dataset(), QueryRunner.Format.csv, out);
        return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    static String rowWith(List<String> rows, String... parts) {
        return rows.stream().filter(r -> Arrays.stream(parts).allMatch(r::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + Arrays.toString(parts) + " in\n" + String.join("\n", rows)));
    }

    @Test
    void copiesAndRewritesAreRecognised() {
        List<String> rows = rows("article-relations", Map.of());
        rowWith(rows, "001_e770a2164ca9814a.txt", "copy", "000_51963591d3aebe5c.txt");
        rowWith(rows, "002_e06d7b736a53cea8.txt", "rewrite", "000_51963591d3aebe5c.txt");
        assertEquals(3, rows.size(), String.join("\n", rows));
    }

    @Test
    void independentSourcesLeaveOutCopies() {
        String grant = rowWith(rows("facts-by-sources", Map.of()), "Grant", "Indonesia");
        assertTrue(grant.endsWith(",5,3"), grant);
    }

    @Test
    void conflictsShowEachValueWithItsArticles() {
        List<String> rows = rows("conflicts", Map.of());
        String signed = rowWith(rows, "Indonesia", "status", ",signed,");
        assertTrue(signed.contains("000_51963591d3aebe5c.txt") && signed.contains("001_e770a2164ca9814a.txt"), signed);
        assertTrue(signed.contains(",pledged,signed,"), "best-supported value is shown as chosen: " + signed);
    }

    @Test
    void everyEvidenceOfOneFact() {
        String fact = rowWith(rows("agreements", Map.of()), "Grant", "Indonesia").split(",")[0];
        List<String> rows = rows("evidence", Map.of("fact", fact));
        assertEquals(6, rows.size(), String.join("\n", rows));
        assertTrue(rowWith(rows, "003_235798fc45bac5fe.txt").contains("patrol vessel"));
    }

    @Test
    void singleSourceFacts() {
        rowWith(rows("single-source", Map.of()), "Dialogue", "004_50430fa85317d363.txt");
    }

    @Test
    void repostedArticleHasItsPrintedDateFlagged() {
        SavedQuery q = SavedQueries.parse("flag", "SELECT ?f WHERE { ?a <https://w3id.org/diplomacy-kg/ontology#printedDateContradicted> true ;"
                + " <https://w3id.org/diplomacy-kg/ontology#fileName> ?f }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(30).run(q, ParamBinder.bind(q, Map.of()), store.dataset(), QueryRunner.Format.csv, out);
        assertEquals("f\r\n001_e770a2164ca9814a.txt\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
