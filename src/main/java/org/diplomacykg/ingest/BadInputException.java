package org.diplomacykg.ingest;

import java.nio.file.Path;

/**
 * An input that cannot be read as an article; the message names the file, the record within it
 * when the file holds several ("line 17", "item 3", "record at offset 40211"), and the cause.
 */
public class BadInputException extends RuntimeException {
    private final Path file;
    private final String locator;

    public BadInputException(Path file, String cause) {
        super(file + ": " + cause);
        this.file = file;
        this.locator = null;
    }

    /** A bad record of a file that holds several: the rest of the file may still be good. */
    public BadInputException(Path file, String locator, String cause) {
        super(file + ": " + locator + ": " + cause);
        this.file = file;
        this.locator = locator;
    }

    private BadInputException(String message, Path file) {
        super(message);
        this.file = file;
        this.locator = null;
    }

    /**
     * Several problems found in one build, one line each (each naming its file and record); a
     * single problem is its own one line.
     */
    public static BadInputException of(Path where, java.util.List<String> problems) {
        if (problems.size() == 1) {
            return new BadInputException(problems.get(0), where);
        }
        return new BadInputException(problems.size() + " bad inputs:\n  " + String.join("\n  ", problems), where);
    }

    public Path file() {
        return file;
    }

    /** The record within the file, or null when the message is about the whole file. */
    public String locator() {
        return locator;
    }
}
