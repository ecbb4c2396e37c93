package org.diplomacykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The first bytes of an input file (decompressed when it is gzip), with its name: what an
 * {@link InputFormat} looks at to decide whether the file is one of its own.
 */
public final class Head {
    static final int SIZE = 8192;

    private final String fileName;
    private final byte[] bytes;
    private final boolean gzip;

    Head(String fileName, byte[] bytes, boolean gzip) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.gzip = gzip;
    }

    /** Reads the head of {@code file}; an empty file or one that cannot be read is a {@link BadInputException}. */
    public static Head of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] raw = in.readNBytes(SIZE);
            if (raw.length == 0) {
                throw new BadInputException(file, "empty file");
            }
            boolean gz = raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
            return new Head(file.getFileName().toString(), gz ? gunzipped(file) : raw, gz);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static byte[] gunzipped(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readNBytes(SIZE);
        } catch (IOException e) {
            return new byte[0]; // a broken gzip stream: the format that claims the file by its name reports it
        }
    }

    /** The file name in lower case. */
    public String name() {
        return fileName.toLowerCase(Locale.ROOT);
    }

    public boolean gzip() {
        return gzip;
    }

    public boolean startsWith(String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters: not text in any encoding a news page uses. */
    public boolean binary() {
        return gzip || ArticleFileReader.looksBinary(bytes);
    }

    /** The head as text (undecodable bytes replaced), without a byte-order mark and leading white space. */
    public String text() {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.stripLeading();
    }
}
