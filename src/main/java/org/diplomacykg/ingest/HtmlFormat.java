package org.diplomacykg.ingest;

import java.nio.file.Path;

/**
 * A saved HTML page, one article per file: by its name (.html, .htm, .xhtml) or by markup in its
 * first kilobytes (as a .txt file holding a page is read as one). Decoded by {@link HtmlCharset}.
 */
public final class HtmlFormat implements InputFormat {
    @Override
    public String name() {
        return "html";
    }

    @Override
    public boolean accepts(Head head) {
        if (head.binary()) {
            return false; // the text format names a binary file as such, whatever it is called
        }
        String n = head.name();
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || HtmlText.looksLikeHtml(head.text());
    }

    @Override
    public void read(Path file, RecordSink sink) {
        byte[] bytes = ArticleFileReader.readBytes(file);
        String html;
        try {
            html = HtmlCharset.decode(bytes, null);
        } catch (HtmlCharset.Undecodable e) {
            throw new BadInputException(file, e.getMessage());
        }
        if (html.isBlank()) {
            throw new BadInputException(file, "file holds only white space");
        }
        sink.accept(new SourceRecord(file, name(), null, ArticleFileReader.sha256(bytes), true, html, Metadata.NONE));
    }
}
