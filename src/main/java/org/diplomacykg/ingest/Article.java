package org.diplomacykg.ingest;

import java.util.List;

/**
 * One input article after cleaning. {@code text} is the cleaned text: story paragraphs first,
 * then photo captions, each paragraph on its own line; every offset in the pipeline points into it.
 * {@code omittedChars} counts the characters of story text left out beyond the cleaner's length
 * cap (zero for any real article).
 */
public record Article(String id, String fileName, String sha256, String title, String publisher,
                      String printedDate, String dateline, String datelinePlace, String text,
                      List<Paragraph> paragraphs, int omittedChars) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
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
}
