package org.diplomacykg.ingest;

import java.nio.file.Path;

/**
 * One article as its input file holds it, before cleaning: its content (plain text or HTML), what
 * the file says about it ({@code given}: a feed item's title and link, a JSON record's fields, a
 * WARC record's URI and date), the format that read it and where in the file it is
 * ({@code locator}, null when the file is the one article).
 *
 * @param sha256 the SHA-256 of the record's content as read: the file's bytes for a file that is one article
 */
public record SourceRecord(Path file, String format, String locator, String sha256, boolean html, String content,
                           Metadata given) {
    /** The input file's name, without its folder. */
    public String fileName() {
        return file.getFileName().toString();
    }

    /**
     * What this record's facts are cached under: the file name, the content and everything the file
     * says about the record. The locator is left out, so a record that only moved within its file
     * (a feed's item pushed down by a newer one) is not extracted again.
     */
    public String cacheKey() {
        return fileName() + "\u0000" + sha256 + "\u0000" + format + "\u0000" + given.digestText();
    }
}
