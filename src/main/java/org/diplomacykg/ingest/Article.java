package org.diplomacykg.ingest;

import java.util.List;

/**
 * One input article after cleaning. {@code text} is the cleaned text: story paragraphs first,
 * then photo captions, each paragraph on its own line; every offset in the pipeline points into it.
 */
public record Article(String id, String fileName, String sha256, String title, String publisher,
                      String printedDate, String dateline, String datelinePlace, String text,
                      List<Paragraph> paragraphs) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The story paragraphs, without captions. */
    public List<Paragraph> body() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.BODY).toList();
    }
}
