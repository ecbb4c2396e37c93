package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg build} reading several inputs of any format, standard input, renamed JSON Lines fields, and bad records. */
class BuildInputsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static synchronized Result kg(byte[] stdin, String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            int code = Main.run(new PrintWriter(err, true), args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }

    static Result kg(String... args) {
        return kg(new byte[0], args);
    }

    @Test
    void foldersAndFilesOfDifferentFormatsInOneBuild() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("macron-ruto.html"), NewsFixtures.macronPage("2024-02-13T10:30:00+03:00"));
        Files.writeString(pages.resolve("news.atom"), NewsFixtures.ATOM);
        Path export = Files.writeString(dir.resolve("export.jsonl"), NewsFixtures.JSONL);
        Path crawl = dir.resolve("crawl.warc.gz");
        NewsFixtures.writeWarc(crawl);
        Path store = dir.resolve("store");
        Result r = kg("build", "--input", pages.toString(), export.toString(), "--input", crawl.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        // the page, the Atom entry, the export's second story (its first is the page's), the crawled page
        assertTrue(r.out().startsWith("built 4 articles"), r.out());

        Result q = kg("query", "events", "--store", store.toString(), "--format", "csv");
        assertEquals(0, q.code(), q.err());
        for (String place : new String[] {"Nairobi", "Seoul", "Mexico City", "Tunis"}) {
            assertTrue(q.out().contains("," + place + ","), place + " missing from\n" + q.out());
        }
    }

    @Test
    void standardInputWithRenamedFields() {
        String export = "{\"link\": \"https://api.example.com/lima\", \"headline\": \"Boluarte and Boric meet in Lima\","
                + " \"publishedAt\": \"2024-03-05\", \"source\": {\"name\": \"Example Press\"}, \"body\": \"LIMA (AP) — Peruvian President"
                + " Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday, officials said.\"}\n";
        Path store = dir.resolve("store");
        Result r = kg(export.getBytes(StandardCharsets.UTF_8), "build", "--input", "-",
                "--jsonl-fields", "url=link,title=headline,published=publishedAt,text=body", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 1 articles"), r.out());
        Path rq = dir.resolve("a.rq");
        try {
            Files.writeString(rq, "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>\nPREFIX schema: <http://schema.org/>\n"
                    + "SELECT ?title ?url ?file ?line ?published WHERE { ?a a dip:NewsArticle ; schema:headline ?title ; schema:url ?url ;"
                    + " dip:fileName ?file ; dip:recordLocator ?line ; schema:datePublished ?published }");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Result q = kg("query", rq.toString(), "--store", store.toString(), "--format", "tsv");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("\"Boluarte and Boric meet in Lima\"\t<https://api.example.com/lima>\t\"stdin\"\t\"line 1\"\t"
                + "\"2024-03-05\"^^<http://www.w3.org/2001/XMLSchema#date>"), q.out());
    }

    @Test
    void aBadRecordOnStandardInputIsNamedStdin() {
        byte[] export = "{\"url\": \"https://x.example/a\", \"text\": \n".getBytes(StandardCharsets.UTF_8);
        Result r = kg(export, "build", "--input", "-", "--store", dir.resolve("store").toString());
        assertEquals(1, r.code());
        assertEquals("kg build: stdin: line 1: malformed JSON (it ends or breaks off where a value should be)", errorLines(r.err()));
    }

    @Test
    void anUnknownJsonLinesFieldIsBadUsage() {
        Result r = kg("build", "--input", "-", "--jsonl-fields", "headline=title", "--store", dir.resolve("store").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown JSON Lines field 'headline'; the fields are url, title, published, modified, author, text, html, source"),
                r.err());
    }

    @Test
    void aBadRecordIsOneLineAndSkipBadBuildsTheRestOfItsFile() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String trudeau = NewsFixtures.JSONL.lines().filter(l -> l.contains("trudeau")).findFirst().orElseThrow();
        Path export = Files.writeString(in.resolve("export.jsonl"), trudeau + "\n{\"url\": \"https://a.example/x\", \"text\": \n");
        Path store = dir.resolve("store");
        Result failed = kg("build", "--input", in.toString(), "--store", store.toString());
        assertEquals(1, failed.code());
        String line = errorLines(failed.err());
        assertTrue(line.startsWith("kg build: " + export + ": line 2: malformed JSON ("), line);
        assertEquals(1, line.lines().count(), "one line: " + failed.err());

        Result skipped = kg("build", "--skip-bad", "--input", in.toString(), "--store", store.toString());
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.err().contains("kg build: skipped " + export + ": line 2: malformed JSON ("), skipped.err());
        assertTrue(skipped.out().startsWith("built 1 articles") && skipped.out().contains("1 bad input(s) skipped"), skipped.out());
    }

    /** Standard error without the progress lines a build prints there too. */
    private static String errorLines(String err) {
        return String.join("\n", err.lines().filter(l -> !l.isBlank() && !l.startsWith("progress: ")).toList());
    }
}
