package org.diplomacykg.ingest;

/**
 * Where an article came from and what its source says about it: the canonical URL, author,
 * published, modified and capture dates, the input format and the record within the input file
 * ({@code locator}: "line 17", "item 3, id urn:x", "record at offset 40211"; null for a file that
 * is one article), and whether the text is only a feed's summary. Values the source does not give
 * are null.
 */
public record Origin(String url, String author, String published, String modified, String captured,
                     String format, String locator, boolean summaryOnly) {
    /** An article read from a plain text file by a caller that did not say how it was read. */
    public static final Origin NONE = new Origin(null, null, null, null, null, null, null, false);

    static Origin of(Metadata m, String format, String locator) {
        return new Origin(m.url(), m.author(), m.published(), m.modified(), m.captured(), format, locator, m.summaryOnly());
    }
}
