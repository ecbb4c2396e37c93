package org.diplomacykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC crawls (.warc, .warc.gz, or any file starting with a WARC header), read with jwarc: every
 * {@code response} record holding an HTTP 200 HTML page is an article, with the record's target
 * URI as its URL (unless the page names a canonical one) and its WARC-Date as the capture date.
 * Requests, metadata, redirects, images and the like are skipped without a word. A record cut
 * short (a crawl copied while being written) ends the file: the records before it still count.
 */
public final class WarcFormat implements InputFormat {
    @Override
    public String name() {
        return "warc";
    }

    @Override
    public boolean accepts(Head head) {
        String n = head.name();
        return head.startsWith("WARC/") || n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, RecordSink sink) {
        int pages = 0;
        int records = 0;
        WarcReader reader = null;
        try (WarcReader r = new WarcReader(file)) {
            reader = r;
            Optional<WarcRecord> next;
            while ((next = r.next()).isPresent()) {
                records++;
                String where = "record at offset " + r.position();
                if (next.get() instanceof WarcResponse response) {
                    try {
                        SourceRecord page = page(file, where, response);
                        if (page != null) {
                            pages++;
                            sink.accept(page);
                        }
                    } catch (BadInputException e) {
                        sink.bad(e);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            String where = reader == null ? "" : "record at offset " + reader.position() + ": ";
            boolean cut = e instanceof java.io.EOFException || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("end of");
            throw new BadInputException(file, where + (cut ? "truncated (" : "not a readable WARC record (") + e.getMessage() + ")");
        }
        if (pages == 0) {
            throw new BadInputException(file, "no HTML response record (" + records + " WARC record(s) read)");
        }
    }

    /** The page a response record holds, or null when it is not a 200 HTML page. */
    private static SourceRecord page(Path file, String where, WarcResponse response) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return null; // not an HTTP response (DNS, Gemini…): not a page
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) ArticleFileReader.MAX_BYTES + 1);
        }
        if (bytes.length > ArticleFileReader.MAX_BYTES) {
            throw new BadInputException(file, where, "page larger than " + ArticleFileReader.MAX_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw new BadInputException(file, where, "empty page");
        }
        String html;
        try {
            html = HtmlCharset.decode(bytes, type.parameters().get("charset"));
        } catch (HtmlCharset.Undecodable e) {
            throw new BadInputException(file, where, e.getMessage());
        }
        Metadata given = new Metadata(Urls.canonical(response.target()), null, null, null, null, null,
                DateTimes.of(response.date()), false);
        return new SourceRecord(file, "warc", where, ArticleFileReader.sha256(bytes), true, html, given);
    }
}
