package org.diplomacykg.ingest;

/**
 * What is said about an article besides its text, by the page itself (its meta tags and JSON-LD)
 * or by the file that carries it (a feed item, a JSON Lines record, a WARC header). Any value
 * may be null. Dates are ISO 8601 as {@link DateTimes#normalize} makes them: a date, or a date
 * and time with its offset when the source gave one.
 *
 * @param url         the article's canonical URL (absolute http or https), see {@link Urls#canonical}
 * @param captured    when a crawler fetched the page (a WARC record's date)
 * @param summaryOnly the text is only the summary a feed gives for the item, not the story
 */
public record Metadata(String url, String title, String publisher, String author, String published,
                       String modified, String captured, boolean summaryOnly) {
    public static final Metadata NONE = new Metadata(null, null, null, null, null, null, null, false);

    /** These values, with the gaps filled from {@code other}. */
    public Metadata orElse(Metadata other) {
        return new Metadata(first(url, other.url), first(title, other.title), first(publisher, other.publisher),
                first(author, other.author), first(published, other.published), first(modified, other.modified),
                first(captured, other.captured), summaryOnly || other.summaryOnly);
    }

    public Metadata withUrl(String newUrl) {
        return new Metadata(newUrl, title, publisher, author, published, modified, captured, summaryOnly);
    }

    /** Every value in one line, to key cached facts: a change to any of them is a different record. */
    public String digestText() {
        return String.join("\u0001", String.valueOf(url), String.valueOf(title), String.valueOf(publisher),
                String.valueOf(author), String.valueOf(published), String.valueOf(modified), String.valueOf(captured),
                Boolean.toString(summaryOnly));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
