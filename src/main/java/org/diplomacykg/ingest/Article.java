package org.diplomacykg.ingest;

import java.util.List;

/**
 * One input article after cleaning. {@code text} is the cleaned text: story paragraphs first,
 * then photo captions, each paragraph on its own line; every offset in the pipeline points into it.
 * {@code omittedChars} counts the characters of story text left out beyond the cleaner's length
 * cap (zero for any real article). {@code printedDate} is the date the text itself prints;
 * {@code origin} is what the source says about the article (URL, author, dates, which record).
 */
public record Article(String id, String fileName, String sha256, String title, String publisher,
                      String printedDate, String dateline, String datelinePlace, String text,
                      List<Paragraph> paragraphs, int omittedChars, Origin origin) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** An article read from a plain file, with nothing known about where it came from. */
    public Article(String id, String fileName, String sha256, String title, String publisher,
                   String printedDate, String dateline, String datelinePlace, String text, List<Paragraph> paragraphs,
                   int omittedChars) {
        this(id, fileName, sha256, title, publisher, printedDate, dateline, datelinePlace, text, paragraphs, omittedChars, Origin.NONE);
    }

    /** An article read whole. */
    public Article(String id, String fileName, String sha256, String title, String publisher,
                   String printedDate, String dateline, String datelinePlace, String text, List<Paragraph> paragraphs) {
        this(id, fileName, sha256, title, publisher, printedDate, dateline, datelinePlace, text, paragraphs, 0);
    }

    /** The story paragraphs, without captions. */
    public List<Paragraph> body() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.BODY).toList();
    }

    /**
     * The date the article's relative dates ("on Monday") are read against when its text gives
     * none of its own: the date it prints, else the day of the published date its source gives
     * (a feed, an export or the page's metadata often dates a story whose text prints no date).
     */
    public String anchorDate() {
        if (printedDate != null) {
            return printedDate;
        }
        String published = origin.published();
        return published != null && published.length() >= 10 ? published.substring(0, 10) : null;
    }

    /** Why {@link #anchorDate()} is what it is: "printed date", "published date", or null when there is none. */
    public String anchorReason() {
        if (printedDate != null) {
            return "printed date";
        }
        return anchorDate() != null ? "published date" : null;
    }
}
