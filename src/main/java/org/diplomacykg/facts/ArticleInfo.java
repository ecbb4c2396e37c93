package org.diplomacykg.facts;

/**
 * What the graph records about an article itself. {@code printedDate} is the date the page
 * shows; {@code referenceDate} is the date facts were dated against (the event dates the text
 * gives, falling back to the printed date) and {@code printedDateContradicted} flags a printed
 * date that disagrees with them.
 */
public record ArticleInfo(String id, String fileName, String sha256, String title, String publisher,
                          String printedDate, String dateline, String referenceDate,
                          boolean printedDateContradicted, String cleanedText) implements java.io.Serializable {
}
