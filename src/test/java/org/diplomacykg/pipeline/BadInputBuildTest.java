package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input in every format, beside good files: without --skip-bad the build fails with one line
 * naming the file and the record, and the store keeps what it had; with it, the good records of
 * the same file go in and the bad one is named.
 */
class BadInputBuildTest {
    static final String GOOD_LINE = "{\"url\": \"https://api.example.com/story/lima\", \"title\": \"Talks in Lima\", \"published\": \"2024-03-05\","
            + " \"text\": \"LIMA (AP) — Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday, officials said.\"}";

    @TempDir
    static Path dir;

    static KgStore store;
    static Graph stored;
    static final GraphBuilder BUILDER = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));

    /** A store built from the good files, which no failed build may change. */
    @BeforeAll
    static void buildGood() throws IOException {
        store = KgStore.open(dir.resolve("store"));
        BuildReport r = BUILDER.build(good(dir.resolve("good")), store, false);
        assertEquals(2, r.articles());
        stored = IncrementalBuildTest.content(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Path good(Path in) throws IOException {
        Files.createDirectories(in);
        Files.writeString(in.resolve("macron-ruto.html"), NewsFixtures.macronPage("2024-02-13T10:30:00+03:00"));
        Files.writeString(in.resolve("news.atom"), NewsFixtures.ATOM);
        return in;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] truncatedCrawl() throws IOException {
        Path f = Files.createTempFile(dir, "crawl", ".warc.gz");
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(f,
                java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            NewsFixtures.writeCrawl(w);
            w.write(NewsFixtures.response(java.net.URI.create("https://crawl.example.it/second"), java.time.Instant.parse("2023-06-08T12:00:00Z"),
                    200, "text/html", utf8(NewsFixtures.MELONI_PAGE.replace("Tunis", "Rome"))));
        }
        byte[] bytes = Files.readAllBytes(f);
        Files.delete(f);
        return Arrays.copyOf(bytes, bytes.length - 40);
    }

    /** File name, content, the message after "PATH: " (a regular expression), and how many articles the build has with --skip-bad. */
    static Stream<Arguments> cases() throws IOException {
        String latin1 = "<html><body><p>Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9 son homologue k\u00e9nyan \u00e0 Nairobi lundi.</p></body></html>";
        return Stream.of(
                Arguments.of("feed.xml", utf8(NewsFixtures.RSS.replace("</item>\n<item>", "\n<item>")),
                        "line 21: broken XML feed \\(The element type \"item\" must be terminated.*\\)", 2),
                Arguments.of("wire.rss", utf8(NewsFixtures.RSS.replace("<description>Indian Prime Minister Narendra Modi met Egyptian President"
                                + " Abdel Fattah el-Sisi in Cairo on Sunday, officials said.</description>", "")),
                        "item 2 \\(id wire-1002\\): no text \\(the item has neither content nor a description\\)", 3),
                Arguments.of("crawl.warc.gz", truncatedCrawl(), "record at offset \\d+: truncated \\(.*\\)", 3),
                Arguments.of("export.jsonl", utf8(GOOD_LINE + "\n{\"url\": \"https://api.example.com/x\", \"text\": \"cut short\n"
                                + NewsFixtures.JSONL.lines().filter(l -> l.contains("trudeau")).findFirst().orElseThrow() + "\n"),
                        "line 2: malformed JSON \\(.*\\)", 4),
                Arguments.of("latin1.html", latin1.getBytes(StandardCharsets.ISO_8859_1),
                        "not valid UTF-8 \\(no charset is declared\\) text \\(.*\\)", 2),
                Arguments.of("klingon.html", latin1.replace("<html>", "<html><head><meta charset=\"x-klingon\"></head>")
                                .getBytes(StandardCharsets.ISO_8859_1), "declares the charset \"x-klingon\", which is not a known encoding", 2),
                Arguments.of("klingon.rss", utf8(NewsFixtures.RSS.replace("encoding=\"UTF-8\"", "encoding=\"x-klingon\"")),
                        "the feed declares an unknown encoding \\(.*\\)", 2),
                Arguments.of("empty.jsonl", new byte[0], "empty file", 2),
                Arguments.of("photo.html", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F', 'I', 'F'},
                        "binary file \\(contains NUL or control bytes\\), not a text article", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineNamingFileAndRecordAndTheStoreKeepsWhatItHad(String name, byte[] content, String message, int withSkipBad) throws IOException {
        Path in = good(dir.resolve("in-" + name));
        Path bad = Files.write(in.resolve(name), content);

        BadInputException e = assertThrows(BadInputException.class, () -> BUILDER.build(in, store, false));
        assertTrue(Pattern.matches(Pattern.quote(bad.toString()) + ": " + message, e.getMessage()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(IncrementalBuildTest.content(store).isIsomorphicWith(stored), "a failed build changed the store");

        try (KgStore s = KgStore.open(dir.resolve("skip-" + name))) {
            BuildReport r = BUILDER.build(in, s, true);
            assertEquals(List.of(e.getMessage()), r.skipped());
            assertEquals(withSkipBad, r.articles(), "the good files and the good records of the bad one");
        }
    }
}
