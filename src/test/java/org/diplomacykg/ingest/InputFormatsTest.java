package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.testkit.NewsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which format reads a file: its content first, its name where the content cannot tell. */
class InputFormatsTest {
    @TempDir
    Path dir;

    String formatOf(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return InputFormats.standard().of(f).name();
    }

    String formatOf(String name, String content) throws IOException {
        return formatOf(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void byContentWhateverTheName() throws IOException {
        assertEquals("feed", formatOf("download", NewsFixtures.RSS));
        assertEquals("feed", formatOf("news.xml", NewsFixtures.ATOM));
        assertEquals("jsonl", formatOf("export.txt", NewsFixtures.JSONL));
        assertEquals("html", formatOf("page.txt", NewsFixtures.LULA_PAGE));
        assertEquals("text", formatOf("story.html.bak", "Leaders meet in Lima\n\nPeruvian and Chilean leaders met in Lima on Monday."));
        assertEquals("warc", formatOf("capture", "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n"));
    }

    @Test
    void gzippedCrawlsAreWarcByTheirContent() throws IOException {
        Path f = dir.resolve("crawl.bin");
        NewsFixtures.writeWarc(f);
        assertEquals("warc", InputFormats.standard().of(f).name());
    }

    @Test
    void byNameWhenTheContentIsBrokenSoTheMessageIsTheFormatsOwn() throws IOException {
        assertEquals("feed", formatOf("broken.rss", "this is not XML at all"));
        assertEquals("jsonl", formatOf("broken.jsonl", "not json"));
        assertEquals("warc", formatOf("broken.warc.gz", "not a crawl"));
    }

    @Test
    void binaryIsTextsToRefuseWhateverTheName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, '{', '<'};
        assertEquals("text", formatOf("photo.html", png));
        assertEquals("text", formatOf("photo.jsonl", png));
        BadInputException e = assertThrows(BadInputException.class, () -> InputFormats.standard().of(dir.resolve("photo.html"))
                .read(dir.resolve("photo.html"), new Collected()));
        assertTrue(e.getMessage().contains("photo.html: binary file"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefusedBeforeAnyFormat() throws IOException {
        Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        BadInputException e = assertThrows(BadInputException.class, () -> InputFormats.standard().of(dir.resolve("empty.jsonl")));
        assertEquals(dir.resolve("empty.jsonl") + ": empty file", e.getMessage());
    }
}
