package org.diplomacykg.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with ROME: one article per item, with its link, title,
 * id, author and dates; the feed's title is the publisher. An item's full content
 * ({@code content:encoded}, Atom {@code content}) is its text; an item that has only a summary
 * ({@code description}, Atom {@code summary}) is read from the summary and marked summary-only.
 * A feed is one XML document: broken XML spoils the whole file, and the message gives the line.
 */
public final class FeedFormat implements InputFormat {
    /** A feed is parsed into memory whole; one this large is not a news feed. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** RSS pubDate, Dublin Core date, Atom published (and Atom 0.3 issued). */
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date");
    /** Atom updated (and Atom 0.3 modified). */
    private static final List<String> UPDATED = List.of("updated", "modified");
    private static final Pattern ROOT = Pattern.compile(
            "(?s)^(?:<\\?xml[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\\s)*<(?:rss|feed|rdf:RDF)[\\s>/]");

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public boolean accepts(Head head) {
        if (head.binary()) {
            return false;
        }
        String n = head.name();
        return n.endsWith(".rss") || n.endsWith(".atom") || ROOT.matcher(head.text()).find();
    }

    @Override
    public void read(Path file, RecordSink sink) {
        Document doc = parse(file);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException(file, "not a feed ROME can read (" + cause(e) + ")");
        }
        String publisher = blankToNull(feed.getTitle());
        String kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new BadInputException(file, "the feed has no items");
        }
        List<Element> items = items(doc.getRootElement());
        if (items.size() != entries.size()) {
            items = List.of(); // not the shape expected: ROME's own (UTC) dates then
        }
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String id = blankToNull(e.getUri());
            String locator = "item " + (i + 1) + (id != null ? " (id " + id + ")" : "");
            String content = content(e.getContents());
            boolean summaryOnly = content == null;
            String text = summaryOnly && e.getDescription() != null ? blankToNull(e.getDescription().getValue()) : content;
            if (text == null) {
                sink.bad(new BadInputException(file, locator, "no text (the item has neither content nor a description)"));
                continue;
            }
            Element item = items.isEmpty() ? null : items.get(i);
            Metadata given = new Metadata(Urls.canonical(e.getLink()), blankToNull(e.getTitle()), publisher, blankToNull(e.getAuthor()),
                    date(item, PUBLISHED, e.getPublishedDate()), date(item, UPDATED, e.getUpdatedDate()), null, summaryOnly);
            sink.accept(new SourceRecord(file, kind, locator, ArticleFileReader.sha256(text.getBytes(StandardCharsets.UTF_8)),
                    HtmlText.looksLikeHtml(text), text, given));
        }
    }

    /**
     * The feed as an XML document, parsed here (not inside ROME) so that an item's dates can be read
     * as written: ROME turns them into instants and loses the publisher's offset, and with it the
     * publisher's day. No DTDs, no external entities.
     */
    private static Document parse(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(file, "feed too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
            builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            builder.setExpandEntities(false);
            try (InputStream in = Files.newInputStream(file); XmlReader xml = new XmlReader(in)) {
                return builder.build(xml);
            }
        } catch (JDOMParseException e) {
            String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
            throw new BadInputException(file, where + "broken XML feed (" + cause(e) + ")");
        } catch (JDOMException e) {
            throw new BadInputException(file, "broken XML feed (" + cause(e) + ")");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new BadInputException(file, "the feed declares an unknown encoding (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the feed (" + e.getMessage() + ")");
        }
    }

    /** The feed's item (RSS) or entry (Atom) elements, in document order, as ROME lists its entries. */
    private static List<Element> items(Element root) {
        List<Element> out = new ArrayList<>();
        List<Element> scopes = new ArrayList<>(List.of(root));
        for (Element c : root.getChildren()) {
            if (c.getName().equals("channel")) {
                scopes.add(c);
            }
        }
        for (Element scope : scopes) {
            for (Element c : scope.getChildren()) {
                if (c.getName().equals("item") || c.getName().equals("entry")) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The first of the item's date elements named {@code names} as written (offset kept), else ROME's instant in UTC. */
    private static String date(Element item, List<String> names, java.util.Date parsed) {
        if (item != null) {
            for (String name : names) {
                for (Element c : item.getChildren()) {
                    if (c.getName().equals(name)) {
                        String v = DateTimes.normalize(c.getTextTrim());
                        if (v != null) {
                            return v;
                        }
                    }
                }
            }
        }
        return parsed == null ? null : DateTimes.of(parsed.toInstant());
    }

    /** The first non-empty content of an item, or null when it has none. */
    private static String content(List<SyndContent> contents) {
        for (SyndContent c : contents) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String cause(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceFirst("^Invalid XML: ", "").replaceFirst("^Error on line \\d+: ", "").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
