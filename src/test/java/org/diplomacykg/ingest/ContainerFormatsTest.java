package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds, JSON Lines and WARC crawls read record by record: what each record carries and where it
 * is, and a bad record or a broken file named by one line, file and record, the good records of
 * the same file still read.
 */
class ContainerFormatsTest {
    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void rssItemsWithContentAndWithOnlyASummary() throws IOException {
        Collected c = Collected.read(write("wire.rss", NewsFixtures.RSS));
        assertNull(c.failure);
        assertEquals(List.of(), c.bad);
        assertEquals(2, c.records.size());
        SourceRecord full = c.records.get(0);
        assertEquals("rss", full.format());
        assertEquals("item 1 (id wire-1001)", full.locator());
        assertEquals(NewsFixtures.KISHIDA_URL, full.given().url());
        assertEquals("Kishida and Albanese hold talks in Tokyo", full.given().title());
        assertEquals("Example Wire", full.given().publisher());
        assertEquals("2023-09-06T09:00:00+09:00", full.given().published());
        assertTrue(full.html() && full.content().contains("Fumio Kishida met Australian"), full.content());
        assertFalse(full.given().summaryOnly());
        SourceRecord summary = c.records.get(1);
        assertTrue(summary.given().summaryOnly());
        assertEquals("item 2 (id wire-1002)", summary.locator());
        assertTrue(summary.content().startsWith("Indian Prime Minister Narendra Modi met"), summary.content());
    }

    @Test
    void anItemWithoutTextIsOneBadRecordAndTheOthersAreRead() throws IOException {
        String feed = NewsFixtures.RSS.replace("<description>Indian Prime Minister Narendra Modi met Egyptian President Abdel Fattah el-Sisi"
                + " in Cairo on Sunday, officials said.</description>", "");
        Path f = write("wire.rss", feed);
        Collected c = Collected.read(f);
        assertEquals(1, c.records.size());
        assertEquals(List.of(f + ": item 2 (id wire-1002): no text (the item has neither content nor a description)"), c.bad);
    }

    @Test
    void brokenXmlNamesTheFeedAndTheLine() throws IOException {
        Path f = write("feed.xml", NewsFixtures.RSS.replace("</item>\n<item>", "\n<item>"));
        Collected c = Collected.read(f);
        assertEquals(List.of(), c.records);
        assertTrue(c.failure.startsWith(f + ": line 21: broken XML feed ("), c.failure);
        assertFalse(c.failure.contains("\n"), c.failure);
    }

    @Test
    void aFeedInAnUnknownEncodingOrWithADoctypeIsRefused() throws IOException {
        Path klingon = write("klingon.rss", NewsFixtures.RSS.replace("encoding=\"UTF-8\"", "encoding=\"x-klingon\""));
        assertTrue(Collected.read(klingon).failure.startsWith(klingon + ": the feed declares an unknown encoding"),
                Collected.read(klingon).failure);
        Path xxe = write("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        String failure = Collected.read(xxe).failure;
        assertTrue(failure.startsWith(xxe + ": line 1: broken XML feed (") && failure.contains("DOCTYPE"), failure);
    }

    @Test
    void atomEntriesKeepTheirDatesAsWritten() throws IOException {
        Collected c = Collected.read(write("news.atom", NewsFixtures.ATOM));
        SourceRecord e = c.records.get(0);
        assertEquals("atom", e.format());
        assertEquals("item 1 (id urn:example:atom:77)", e.locator());
        assertEquals("2023-05-08T06:00:00+09:00", e.given().published());
        assertEquals("2023-05-08T07:00:00+09:00", e.given().modified());
        assertEquals("Min-ji Park", e.given().author());
    }

    @Test
    void jsonLinesRecordsByLineWithTheirFields() throws IOException {
        Collected c = Collected.read(write("export.jsonl", NewsFixtures.JSONL));
        assertEquals(List.of(), c.bad);
        assertEquals(2, c.records.size());
        assertEquals("line 1", c.records.get(0).locator());
        SourceRecord r = c.records.get(1);
        assertEquals("line 3", r.locator());
        assertEquals(NewsFixtures.TRUDEAU_URL, r.given().url());
        assertEquals("Example Press", r.given().publisher());
        assertEquals("Marie Tremblay, Luis Ortega", r.given().author());
        assertEquals("2023-01-12", r.given().published());
        assertFalse(r.html());
    }

    @Test
    void jsonLinesFieldsCanBeRenamedAndReachIntoObjects() throws IOException {
        Path f = write("api.jsonl", "{\"link\": \"https://api.example.com/a\", \"headline\": \"Talks in Lima\", \"body\": {\"html\":"
                + " \"<p>Peruvian and Chilean leaders met in Lima on Monday, officials said.</p>\"}, \"publishedAt\": \"2024-03-04\"}\n");
        JsonlFields fields = JsonlFields.of(Map.of("url", "link", "title", "headline", "html", "body.html", "published", "publishedAt"));
        Collected c = Collected.read(f, InputFormats.standard(fields));
        assertEquals(List.of(), c.bad);
        SourceRecord r = c.records.get(0);
        assertEquals("https://api.example.com/a", r.given().url());
        assertEquals("Talks in Lima", r.given().title());
        assertEquals("2024-03-04", r.given().published());
        assertTrue(r.html());
        assertEquals("html=body.html,published=publishedAt,title=headline,url=link",
                String.join(",", new java.util.TreeSet<>(List.of(fields.describe().split(",")))));
    }

    @Test
    void badJsonLinesAreNamedByLineAndTheRestRead() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"url\": \"https://a.example/1\", \"text\": \"Peruvian and Chilean leaders met in Lima on Monday, officials said.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"url\": \"https://a.example/2\", \"text\": \"unterminated\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"url\": \"https://a.example/4\", \"title\": \"no text here\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"text\": \"Le pr\u00e9sident a rencontr\u00e9 son homologue.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes("{\"text\": 42.5, \"title\": {\"nested\": true}}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"url\": \"https://a.example/7\", \"text\": \"Kenyan and French leaders met in Nairobi on Monday, officials said.\"}"
                .getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("export.jsonl"), b.toByteArray());
        Collected c = Collected.read(f);
        assertNull(c.failure);
        assertEquals(List.of("line 1", "line 7"), c.records.stream().map(SourceRecord::locator).toList());
        assertEquals(5, c.bad.size(), c.bad.toString());
        assertTrue(c.bad.get(0).startsWith(f + ": line 2: malformed JSON ("), c.bad.get(0));
        assertEquals(f + ": line 3: not a JSON object", c.bad.get(1));
        assertEquals(f + ": line 4: no article text (neither 'text' nor 'html')", c.bad.get(2));
        assertTrue(c.bad.get(3).startsWith(f + ": line 5: not valid UTF-8 text"), c.bad.get(3));
        assertEquals(f + ": line 6: field 'title' is not text", c.bad.get(4));
        c.bad.forEach(line -> assertFalse(line.contains("\n"), line));
    }

    @Test
    void warcResponsesAreArticlesAndOtherRecordsAreSkipped() throws IOException {
        Path f = dir.resolve("crawl.warc.gz");
        NewsFixtures.writeWarc(f);
        Collected c = Collected.read(f);
        assertNull(c.failure);
        assertEquals(List.of(), c.bad);
        assertEquals(1, c.records.size());
        SourceRecord r = c.records.get(0);
        assertEquals(NewsFixtures.MELONI_URL, r.given().url());
        assertEquals("2023-06-07T12:00:00Z", r.given().captured());
        assertTrue(r.locator().matches("record at offset [1-9]\\d*"), r.locator());
        assertTrue(r.html() && r.content().contains("Giorgia Meloni met Tunisian President"), r.content());
    }

    @Test
    void aTruncatedCrawlKeepsTheRecordsBeforeTheCutAndNamesItsOffset() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(whole,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            NewsFixtures.writeCrawl(w);
            w.write(NewsFixtures.response(java.net.URI.create("https://crawl.example.it/second"), java.time.Instant.parse("2023-06-08T12:00:00Z"),
                    200, "text/html", NewsFixtures.MELONI_PAGE.replace("Tunis", "Rome").getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));
        Collected c = Collected.read(cut);
        assertEquals(1, c.records.size(), "the page before the cut");
        assertTrue(c.failure.matches(java.util.regex.Pattern.quote(cut.toString()) + ": record at offset \\d+: truncated \\(.*\\)"), c.failure);
    }

    @Test
    void pagesInAnotherCharsetAreReadByTheirDeclarationAndRefusedWhenItIsUnknown() throws IOException {
        byte[] latin1 = ("<html><head><meta charset=\"windows-1252\"></head><body><p>Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9"
                + " son homologue k\u00e9nyan \u00e0 Nairobi lundi.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        Collected ok = Collected.read(Files.write(dir.resolve("fr.html"), latin1));
        assertTrue(ok.records.get(0).content().contains("pr\u00e9sident fran\u00e7ais"), ok.records.get(0).content());

        Path undeclared = Files.write(dir.resolve("undeclared.html"), new String(latin1, StandardCharsets.ISO_8859_1)
                .replace("<meta charset=\"windows-1252\">", "").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(Collected.read(undeclared).failure.startsWith(undeclared + ": not valid UTF-8 (no charset is declared) text"),
                Collected.read(undeclared).failure);

        Path unknown = Files.write(dir.resolve("unknown.html"), new String(latin1, StandardCharsets.ISO_8859_1)
                .replace("windows-1252", "x-klingon").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(unknown + ": declares the charset \"x-klingon\", which is not a known encoding", Collected.read(unknown).failure);
    }
}
