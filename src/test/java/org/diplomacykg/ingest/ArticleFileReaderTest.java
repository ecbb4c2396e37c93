package org.diplomacykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
    @TempDir
    Path dir;

    private final ArticleFileReader reader = new ArticleFileReader();

    private String failure(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsUtf8AndHashes() throws IOException {
        Path f = dir.resolve("ok.txt");
        Files.writeString(f, "Phạm Minh Chính met officials in Hà Nội.", StandardCharsets.UTF_8);
        var raw = reader.read(f);
        assertEquals("Phạm Minh Chính met officials in Hà Nội.", raw.text());
        assertEquals(64, raw.sha256().length());
    }

    @Test
    void refusesEmpty() throws IOException {
        assertTrue(failure("empty.txt", new byte[0]).contains("empty"));
    }

    @Test
    void refusesBinary() throws IOException {
        assertTrue(failure("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).contains("binary"));
    }

    @Test
    void refusesNonUtf8() throws IOException {
        byte[] latin1 = "Caf\u00e9 diplomacy in S\u00e3o Paulo".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(failure("latin1.txt", latin1).contains("UTF-8"));
    }

    @Test
    void refusesWhitespaceOnly() throws IOException {
        assertTrue(failure("blank.txt", "  \n\t\n".getBytes(StandardCharsets.UTF_8)).contains("white space"));
    }

    @Test
    void refusesHugeFile() throws IOException {
        byte[] big = new byte[(int) ArticleFileReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertTrue(failure("huge.txt", big).contains("too large"));
    }
}
