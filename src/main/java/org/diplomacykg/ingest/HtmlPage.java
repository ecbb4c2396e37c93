package org.diplomacykg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page read with jsoup: what its metadata says about the article (Open Graph, article:
 * and author meta tags, the canonical link, JSON-LD, {@code <h1>}, {@code <title>},
 * {@code <time datetime>}) and the text of its story element without the page around it.
 *
 * <p>The story is the {@code <article>} element (the one with most text, when a page lists teasers
 * as articles too), else {@code <main>}, else the element holding most paragraph text. Boilerplate
 * goes first: scripts, styles, forms, navigation, headers and footers of the page, asides, menus,
 * dialogs, and elements whose class or id says they are navigation, related links, sharing,
 * newsletters, comments, adverts or cookie and consent banners. That is a rule about what such
 * elements are called everywhere, not a list of sites; what is left is read line by line by
 * {@link ArticleCleaner} as any text is.
 */
public final class HtmlPage {
    /** Elements that are never the story (scripts, styles and templates go before anything else is looked at). */
    private static final String JUNK_TAGS = "iframe, svg, object, embed, canvas, form, button, input, select, textarea, nav, aside, "
            + "menu, dialog, footer";
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar");
    /** Words of class names and ids that name boilerplate (matched as whole words of the name). */
    private static final Set<String> JUNK_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
            "related", "recommended", "recommendations", "share", "sharing", "social", "newsletter", "subscribe", "subscription",
            "promo", "advert", "advertisement", "ad", "ads", "sponsored", "cookie", "cookies", "consent", "gdpr", "sidebar",
            "comments", "comment", "popup", "modal", "paywall", "outbrain", "taboola", "trending", "footer", "masthead");
    private static final Pattern NAME_WORDS = Pattern.compile("[^a-z0-9]+");

    private final Metadata metadata;
    private final String bodyText;

    private HtmlPage(Metadata metadata, String bodyText) {
        this.metadata = metadata;
        this.bodyText = bodyText;
    }

    /** Parses {@code html}; {@code baseUrl} (may be null) resolves relative links such as the canonical one. */
    public static HtmlPage parse(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Metadata m = metadata(doc, baseUrl);
        removeBoilerplate(doc);
        Element story = story(doc);
        return new HtmlPage(m, HtmlText.lines(story));
    }

    /** What the page says about its article; its headline without the site's name. */
    public Metadata metadata() {
        return metadata;
    }

    /** The story's text, one block per line, for {@link ArticleCleaner}. */
    public String bodyText() {
        return bodyText;
    }

    private static Metadata metadata(Document doc, String baseUrl) {
        List<String> blocks = new ArrayList<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            blocks.add(s.data());
        }
        Metadata ld = JsonLd.article(blocks);
        String url = firstNonNull(Urls.canonical(doc.select("link[rel~=(?i)^canonical$]").attr("abs:href")),
                Urls.canonical(absolute(meta(doc, "og:url"), doc)), Urls.canonical(absolute(ld.url(), doc)));
        String site = firstNonNull(meta(doc, "og:site_name"), ld.publisher());
        String pageUrl = url != null ? url : baseUrl;
        String title = firstNonNull(headline(meta(doc, "og:title"), site, pageUrl, false), headline(ld.title(), site, pageUrl, false),
                headline(text(doc.selectFirst("article h1")), site, pageUrl, false), headline(text(doc.selectFirst("h1")), site, pageUrl, false),
                headline(doc.title(), site, pageUrl, true));
        String author = firstNonNull(meta(doc, "author"), ld.author(), meta(doc, "article:author", "byl"));
        String published = firstNonNull(DateTimes.normalize(meta(doc, "article:published_time", "datePublished", "pubdate",
                "publish-date", "date")), ld.published(), timeElement(doc));
        String modified = firstNonNull(DateTimes.normalize(meta(doc, "article:modified_time", "og:updated_time", "dateModified",
                "last-modified")), ld.modified());
        return new Metadata(url, title, site, author != null && author.startsWith("http") ? null : author, published, modified, null, false);
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is one of {@code keys}. */
    private static String meta(Document doc, String... keys) {
        for (String key : keys) {
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                Element e = doc.selectFirst("meta[" + attr + "=" + key + "]");
                if (e != null && !e.attr("content").isBlank()) {
                    return e.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[itemprop=datePublished][datetime], time[datetime][pubdate], time[datetime]");
        return t == null ? null : DateTimes.normalize(t.attr("datetime"));
    }

    private static String absolute(String url, Document doc) {
        if (url == null) {
            return null;
        }
        if (doc.location().isEmpty()) {
            return url;
        }
        try {
            return new java.net.URI(doc.location()).resolve(url.strip()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    private static String headline(String raw, String site, String url, boolean fromTitleTag) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Headline.withoutSite(org.jsoup.parser.Parser.unescapeEntities(raw, false), site, url, fromTitleTag);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static void removeBoilerplate(Document doc) {
        doc.select("script, style, noscript, template").remove();
        StoryHolders story = new StoryHolders(doc.body());
        for (Element e : doc.select(JUNK_TAGS)) {
            // some sites wrap the whole page in a form: an element holding the story is never boilerplate
            if (!story.holds(e)) {
                e.remove();
            }
        }
        List<Element> junk = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || story.holds(e)) {
                continue;
            }
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (JUNK_ROLES.contains(role) || namesJunk(e.className()) || namesJunk(e.id())
                    || ("header".equals(e.normalName()) && e.closest("article, main") == null)) {
                junk.add(e);
            }
        }
        junk.forEach(Element::remove);
    }

    /**
     * The elements that are, or hold, the story: the article or main element and their ancestors,
     * and any element holding most of the page's paragraph text. They are never removed, whatever
     * their tag or class says ("article share-enabled", a form around the whole page). Found in one
     * pass over the paragraphs and story elements, so a page of many thousand elements costs time in
     * proportion to its size, not to its square.
     */
    private static final class StoryHolders {
        private final java.util.Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        StoryHolders(Element body) {
            for (Element s : body.select("article, main, [role=main], [itemprop=articleBody]")) {
                for (Element a = s; a != null && holders.add(a); a = a.parent()) {
                    // marked with all its ancestors; stops at one already marked
                }
            }
            java.util.Map<Element, Integer> text = new java.util.IdentityHashMap<>();
            int total = 0;
            for (Element p : body.select("p")) {
                int n = p.text().length();
                total += n;
                for (Element a = p; a != null; a = a.parent()) {
                    text.merge(a, n, Integer::sum);
                }
            }
            for (java.util.Map.Entry<Element, Integer> e : text.entrySet()) {
                if (total > 0 && e.getValue() * 2 > total) {
                    holders.add(e.getKey());
                }
            }
        }

        boolean holds(Element e) {
            return holders.contains(e);
        }
    }

    private static boolean namesJunk(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        for (String word : NAME_WORDS.split(name.toLowerCase(Locale.ROOT))) {
            if (JUNK_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element story(Document doc) {
        Element best = largest(doc.select("[itemprop=articleBody]"));
        if (best == null) {
            best = largest(doc.select("article"));
        }
        if (best == null) {
            best = largest(doc.select("main, [role=main]"));
        }
        if (best == null) {
            best = densestParagraphs(doc);
        }
        return best != null ? best : doc.body();
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int n = e.text().length();
            if (n > bestLength) {
                best = e;
                bestLength = n;
            }
        }
        return best;
    }

    /** The element whose own paragraphs hold the most text: the story on a page without article or main. */
    private static Element densestParagraphs(Document doc) {
        java.util.Map<Element, Integer> score = new java.util.LinkedHashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return score.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .filter(e -> score.get(e) > 0).orElse(null);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
