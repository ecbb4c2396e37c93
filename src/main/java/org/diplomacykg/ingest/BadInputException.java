package org.diplomacykg.ingest;

import java.nio.file.Path;

/** An input that cannot be read as an article; the message names the file and the cause. */
public class BadInputException extends RuntimeException {
    private final Path file;

    public BadInputException(Path file, String cause) {
        super(file + ": " + cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
