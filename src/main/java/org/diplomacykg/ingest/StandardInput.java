package org.diplomacykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Standard input ({@code kg build --input -}) saved to a file named {@code stdin} in a temporary
 * folder, so that every format reads it as it reads any file (a WARC reader seeks, a feed parser
 * wants the whole document) and messages name it "stdin". Its format is told by its content.
 * Closing deletes the copy.
 */
public final class StandardInput implements AutoCloseable {
    /** The name {@code --input} gives standard input. */
    public static final String DASH = "-";

    private final Path dir;
    private final Path file;

    private StandardInput(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    public static boolean isDash(Path p) {
        return p != null && p.toString().equals(DASH);
    }

    public static StandardInput save(InputStream in) {
        try {
            Path dir = Files.createTempDirectory("kg-stdin");
            Path file = dir.resolve("stdin");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return new StandardInput(dir, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save standard input: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** {@code message} with the temporary copy's path shown as "stdin", the name the user knows it by. */
    public String shown(String message) {
        return message == null ? null : message.replace(file.toString(), "stdin");
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary copy left behind costs only disk space in the temporary folder
        }
    }
}
