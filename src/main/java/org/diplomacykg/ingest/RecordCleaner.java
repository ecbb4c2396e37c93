package org.diplomacykg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a {@link SourceRecord} into a cleaned {@link Article}: HTML through {@link HtmlPage}
 * (metadata, then the story's text), then every text through {@link ArticleCleaner}. What the
 * input file says about the record (a feed's title, an export's date) comes before what the page
 * says about itself, and both before what the cleaner finds in the text; only the URL is the
 * page's own first, since a canonical link is the page naming the URL it is known by.
 *
 * <p>An article with a URL is identified by it (so the same story fetched twice is one article,
 * and a changed page keeps its IRI); one without keeps the identity of its content.
 */
public final class RecordCleaner {
    private final ArticleCleaner cleaner;

    public RecordCleaner(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    public Article clean(SourceRecord r) {
        Metadata m = r.given();
        Article a;
        if (r.html()) {
            HtmlPage page = HtmlPage.parse(r.content(), m.url());
            Metadata own = page.metadata();
            m = m.orElse(own).withUrl(own.url() != null ? own.url() : m.url());
            a = cleaner.cleanText(r.fileName(), r.sha256(), page.bodyText());
        } else {
            // as plain text always was: the cleaner still reads stray markup in a text file as a page
            a = cleaner.clean(r.fileName(), r.sha256(), r.content());
        }
        String id = m.url() != null ? idOf(m.url()) : a.id();
        return new Article(id, a.fileName(), a.sha256(), m.title() != null ? m.title() : a.title(),
                m.publisher() != null ? m.publisher() : a.publisher(), a.printedDate(), a.dateline(), a.datelinePlace(),
                a.text(), a.paragraphs(), a.omittedChars(), Origin.of(m, r.format(), r.locator()));
    }

    /** An article's id from its canonical URL: 16 hex digits of its SHA-256, as content ids are of the content's. */
    static String idOf(String url) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
