package org.diplomacykg.facts;

/**
 * What the graph records about an article itself. {@code printedDate} is the date the page
 * shows; {@code referenceDate} is the date facts were dated against (the event dates the text
 * gives, falling back to the printed date, else the published date its source gives),
 * {@code referenceReason} says which ("event dates in the text", "dateline", "printed date", …),
 * and {@code printedDateContradicted} flags a printed (or published) date that disagrees with the
 * text. {@code source} is where the article came from (URL, author, dates, input record).
 */
public record ArticleInfo(String id, String fileName, String sha256, String title, String publisher,
                          String printedDate, String dateline, String referenceDate,
                          boolean printedDateContradicted, String cleanedText, String referenceReason,
                          ArticleSource source) implements java.io.Serializable {
    public ArticleInfo {
        source = source == null ? ArticleSource.NONE : source;
    }

    /** An article with nothing known about its source and no reason recorded for its reference date. */
    public ArticleInfo(String id, String fileName, String sha256, String title, String publisher,
                       String printedDate, String dateline, String referenceDate,
                       boolean printedDateContradicted, String cleanedText) {
        this(id, fileName, sha256, title, publisher, printedDate, dateline, referenceDate, printedDateContradicted, cleanedText,
                null, ArticleSource.NONE);
    }

    /** This article as found at {@code locator} of its input file (a cached record that moved within its file). */
    public ArticleInfo at(String locator) {
        return new ArticleInfo(id, fileName, sha256, title, publisher, printedDate, dateline, referenceDate, printedDateContradicted,
                cleanedText, referenceReason, source.at(locator));
    }
}
