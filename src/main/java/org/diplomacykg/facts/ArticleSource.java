package org.diplomacykg.facts;

/**
 * Where an article came from, as the graph records it: its canonical URL, author, published,
 * modified and capture dates (ISO 8601 dates or date-times), the input format ("text", "html",
 * "rss", "atom", "jsonl", "warc"), the record within its input file ("line 17", "item 3 (id …)",
 * "record at offset 40211"; null for a file that is one article) and whether its text is only a
 * feed's summary. Unknown values are null.
 */
public record ArticleSource(String url, String author, String published, String modified, String captured,
                            String format, String locator, boolean summaryOnly) implements java.io.Serializable {
    public static final ArticleSource NONE = new ArticleSource(null, null, null, null, null, null, null, false);

    /** The same source, found at another place in its file. */
    public ArticleSource at(String newLocator) {
        return new ArticleSource(url, author, published, modified, captured, format, newLocator, summaryOnly);
    }
}
