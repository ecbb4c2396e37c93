package org.diplomacykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads an article file as strict UTF-8 text. Refuses what is not an article (empty, binary,
 * not UTF-8, too large) with a {@link BadInputException} that names the file and the cause.
 */
public final class ArticleFileReader {
    /** Real news articles are a few tens of kilobytes; anything this large is not one. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public record RawArticle(Path file, String sha256, String text) {
    }

    public RawArticle read(Path file) {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new BadInputException(file, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(file, "binary file (contains NUL or control bytes), not a text article");
        }
        String text = decodeUtf8(file, bytes);
        if (text.isBlank()) {
            throw new BadInputException(file, "file holds only white space");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new RawArticle(file, sha256(bytes), text);
    }

    /** The file's bytes, refused (by a {@link BadInputException}) when it is not a regular file or is larger than {@link #MAX_BYTES}. */
    static byte[] readBytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file, "not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(file, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage());
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 2;
    }

    static String decodeUtf8(Path file, byte[] bytes) {
        return decodeUtf8(file, bytes, null);
    }

    /** Strict UTF-8; a failure names the file and, when not null, the record. */
    static String decodeUtf8(Path file, byte[] bytes, String locator) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String cause = "not valid UTF-8 text (" + e.getMessage() + ")";
            throw locator == null ? new BadInputException(file, cause) : new BadInputException(file, locator, cause);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
