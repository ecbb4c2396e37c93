package org.diplomacykg.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * News inputs in every format, written for the tests (never downloaded): short diplomacy stories
 * the extractor reads, each in the shape real sources give it — an HTML page with Open Graph and
 * JSON-LD metadata and a page's boilerplate, a page whose title carries its site's name, an RSS
 * 2.0 feed (one full item, one with only a summary), an Atom feed, a JSON Lines export (one record
 * the same story as the HTML page) and a gzipped WARC crawl written with jwarc.
 */
public final class NewsFixtures {
    public static final String MACRON_URL = "https://www.example-times.com/world/macron-ruto";
    public static final String MELONI_URL = "https://crawl.example.it/esteri/meloni-saied";
    public static final String KISHIDA_URL = "https://wire.example.org/asia/kishida-albanese";
    public static final String MODI_URL = "https://wire.example.org/africa/modi-sisi";
    public static final String YOON_URL = "https://atom.example.net/2023/05/yoon-kishida";
    public static final String TRUDEAU_URL = "https://api.example.com/story/trudeau-amlo";
    public static final String LULA_URL = "https://www.example-news.co.uk/news/world-lula-scholz";

    private NewsFixtures() {
    }

    /** Writes every fixture into {@code dir} (created if needed) and returns it. */
    public static Path writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("macron-ruto.html"), macronPage("2024-02-13T10:30:00+03:00"));
        Files.writeString(dir.resolve("lula-scholz.htm"), LULA_PAGE);
        Files.writeString(dir.resolve("wire.rss"), RSS);
        Files.writeString(dir.resolve("news.atom"), ATOM);
        Files.writeString(dir.resolve("export.jsonl"), JSONL);
        writeWarc(dir.resolve("crawl.warc.gz"));
        return dir;
    }

    /**
     * The Nairobi story as its site serves it: metadata in meta tags and JSON-LD, a canonical link
     * with a campaign parameter and a fragment, the story in an article element between a menu, a
     * cookie banner, a related-story box (with a full sentence about another meeting), sharing
     * links and a footer. {@code modified} is its article:modified_time.
     */
    public static String macronPage(String modified) {
        return macronPage(modified, "The two leaders discussed trade, climate finance and security in East Africa, officials said.");
    }

    /** The Nairobi page with {@code secondParagraph} as its second paragraph (a later version of the page changes it). */
    public static String macronPage(String modified, String secondParagraph) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <title>Macron and Ruto meet in Nairobi for trade talks | Example Times</title>
                <meta property="og:title" content="Macron and Ruto meet in Nairobi for trade talks">
                <meta property="og:site_name" content="Example Times">
                <meta name="author" content="Jane Doe">
                <meta property="article:published_time" content="2024-02-13T08:00:00+03:00">
                <meta property="article:modified_time" content="%s">
                <link rel="canonical" href="https://www.example-times.com/world/macron-ruto?utm_source=rss&amp;utm_medium=feed#top">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Macron and Ruto meet in Nairobi","publisher":{"@type":"Organization","name":"Example Times"},
                  "author":[{"@type":"Person","name":"Jane Doe"}],"datePublished":"2024-02-13T08:00:00+03:00"}</script>
                <style>body { font-family: serif }</style>
                </head><body>
                <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                <li><a href="/business">Business</a></li></ul></nav></header>
                <div id="cookie-consent">We use cookies to improve your experience on our website and to show you relevant advertising.
                <button>Accept all</button></div>
                <main>
                <article class="story">
                <h1>Macron and Ruto meet in Nairobi for trade talks</h1>
                <p class="byline">By Jane Doe</p>
                <p>NAIROBI, Kenya (AP) — French President Emmanuel Macron met Kenyan President William Ruto in Nairobi on Monday.</p>
                <p>%s</p>
                <aside class="related"><h2>Related</h2>
                <p>Japanese Prime Minister Fumio Kishida met Malaysian Prime Minister Anwar Ibrahim in Tokyo on Sunday.</p></aside>
                <div class="share-tools"><a href="#">Share this story on social media with your friends and family today.</a></div>
                </article>
                </main>
                <footer><p>Copyright 2024 Example Times. All rights reserved by the publisher of this website.</p></footer>
                <script>window.dataLayer = [];</script>
                </body></html>
                """.formatted(modified, secondParagraph);
    }

    /**
     * A page with no Open Graph title: its headline is the JSON-LD one, its {@code <title>} ends
     * with the site's name, its URL is og:url, its date a time element, its body the largest block
     * of paragraphs (no article or main element).
     */
    public static final String LULA_PAGE = """
            <html><head>
            <title>Lula and Scholz meet in Berlin - Example News</title>
            <meta property="og:url" content="https://www.example-news.co.uk/news/world-lula-scholz">
            <script type="application/ld+json">[{"@type":"WebSite","name":"Example News"},
              {"@type":"ReportageNewsArticle","headline":"Lula and Scholz meet in Berlin - Example News",
               "publisher":{"name":"Example News"},"author":{"name":"Hans Weber"},"dateModified":"2023-12-05"}]</script>
            </head><body>
            <div class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
            <div class="content">
            <p><time datetime="2023-12-05T06:00:00+01:00">5 December 2023</time></p>
            <p>BERLIN (AP) — Brazilian President Luiz Inacio Lula da Silva met German Chancellor Olaf Scholz in Berlin on Monday.</p>
            <p>The two leaders discussed the trade agreement between the European Union and Mercosur, officials said.</p>
            </div>
            <div class="newsletter-signup"><p>Sign up for our newsletter to get the best stories of the day in your inbox.</p></div>
            </body></html>
            """;

    /** Two items: one with its full story in content:encoded, one with only a description. */
    public static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
            <title>Example Wire</title><link>https://wire.example.org/</link><description>World news</description>
            <item>
            <title>Kishida and Albanese hold talks in Tokyo</title>
            <link>https://wire.example.org/asia/kishida-albanese?utm_campaign=feed</link>
            <guid isPermaLink="false">wire-1001</guid>
            <pubDate>Wed, 06 Sep 2023 09:00:00 +0900</pubDate>
            <description>Leaders meet in Tokyo.</description>
            <content:encoded><![CDATA[<p>TOKYO (AP) — Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese in Tokyo on Tuesday.</p>
            <p>They agreed to deepen defence cooperation, a Japanese government spokesman said.</p>]]></content:encoded>
            </item>
            <item>
            <title>Modi meets Sisi in Cairo</title>
            <link>https://wire.example.org/africa/modi-sisi</link>
            <guid isPermaLink="false">wire-1002</guid>
            <pubDate>Mon, 26 Jun 2023 07:00:00 GMT</pubDate>
            <description>Indian Prime Minister Narendra Modi met Egyptian President Abdel Fattah el-Sisi in Cairo on Sunday, officials said.</description>
            </item>
            </channel></rss>
            """;

    public static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>Example Atom News</title><id>urn:example:atom</id><updated>2023-05-08T06:00:00Z</updated>
            <entry>
            <title>Yoon and Kishida meet in Seoul</title>
            <id>urn:example:atom:77</id>
            <link rel="alternate" href="https://atom.example.net/2023/05/yoon-kishida"/>
            <published>2023-05-08T06:00:00+09:00</published>
            <updated>2023-05-08T07:00:00+09:00</updated>
            <author><name>Min-ji Park</name></author>
            <content type="html">&lt;p&gt;SEOUL (AP) — South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Seoul on Sunday.&lt;/p&gt;
            &lt;p&gt;The two leaders agreed to restore regular visits between the neighbours, officials said.&lt;/p&gt;</content>
            </entry>
            </feed>
            """;

    /**
     * Line 1 is the Nairobi story again (the same canonical URL as the HTML page, older: no
     * modified date); line 2 is empty; line 3 names its source as an object, as news APIs do.
     */
    public static final String JSONL = """
            {"url": "https://www.example-times.com/world/macron-ruto", "title": "Macron and Ruto meet in Nairobi (export)", "published": "2024-02-13T08:00:00+03:00", "source": "Example Times", "text": "NAIROBI, Kenya (AP) — French President Emmanuel Macron met Kenyan President William Ruto in Nairobi on Monday.\\n\\nThe two leaders discussed trade, climate finance and security in East Africa, officials said."}

            {"url": "https://api.example.com/story/trudeau-amlo", "title": "Trudeau visits Mexico City", "published": "2023-01-12", "author": ["Marie Tremblay", "Luis Ortega"], "source": {"id": "cp", "name": "Example Press"}, "text": "MEXICO CITY (AP) — Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador in Mexico City on Wednesday.\\n\\nThe leaders discussed trade and migration, officials said."}
            """;

    public static final String MELONI_PAGE = """
            <html><head><meta charset="utf-8"><title>Meloni meets Saied in Tunis</title>
            <meta property="og:site_name" content="Example Crawl Daily">
            <meta property="article:published_time" content="2023-06-07T09:00:00+02:00"></head>
            <body><article><h1>Meloni meets Saied in Tunis</h1>
            <p>TUNIS (AP) — Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Tunis on Tuesday.</p>
            <p>The two leaders discussed migration across the Mediterranean, officials said.</p></article></body></html>
            """;

    /**
     * A crawl: a request (skipped), the Tunis page as a 200 HTML response (target URI with a
     * campaign parameter), a 404 page and an image (both skipped).
     */
    public static void writeWarc(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            writeCrawl(w);
        }
    }

    /** The crawl's records, into {@code w}. */
    public static void writeCrawl(WarcWriter w) throws IOException {
        Instant captured = Instant.parse("2023-06-07T12:00:00Z");
        URI page = URI.create(MELONI_URL + "?utm_source=newsletter");
        w.write(new WarcRequest.Builder(page).date(captured)
                .body(new HttpRequest.Builder("GET", page).build()).build());
        w.write(response(page, captured, 200, "text/html; charset=utf-8", MELONI_PAGE.getBytes(StandardCharsets.UTF_8)));
        w.write(response(URI.create("https://crawl.example.it/missing"), captured, 404, "text/html",
                "<html><body><p>This page could not be found on the server, sorry about that.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        w.write(response(URI.create("https://crawl.example.it/logo.png"), captured, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    public static WarcResponse response(URI uri, Instant date, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(date).body(http).build();
    }
}
