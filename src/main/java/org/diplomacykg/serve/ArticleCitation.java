package org.diplomacykg.serve;

import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.map.Dip;

/**
 * What a reader needs to cite an article: its title, publisher, author, the date to show and the
 * link to the original page. Every page that names an article shows it through {@link #html}, so
 * an article reads the same wherever it is listed; its own page shows {@link #details}.
 *
 * <p>The date shown is the published date from the source's metadata, else the printed date,
 * else the date the build inferred from the text (with the reason). A date the build flagged as
 * contradicted by the text ({@code dip:printedDateContradicted}: the printed date, or the
 * published date when nothing is printed) is never the date shown; it appears only labelled as
 * contradicted. The saved queries' {@code date} columns follow the same rule.
 */
record ArticleCitation(Node article, String title, String publisher, String author, Shown date, String url,
                       boolean summaryOnly) {

    /**
     * SPARQL binding {@code ?articleDate} for the article in {@code ?a}: the same rule as {@link #shown},
     * as the saved queries write it (PREFIX dip: and schema: needed).
     */
    static final String DATE_SPARQL = """
              OPTIONAL { ?a schema:datePublished ?published_ }
              OPTIONAL { ?a dip:printedDate ?printed_ }
              OPTIONAL { ?a dip:referenceDate ?reference_ }
              OPTIONAL { ?a dip:printedDateContradicted ?contradicted_ }
              BIND(COALESCE(?contradicted_, false) AS ?flagged_)
              BIND(SUBSTR(STR(?published_), 1, 10) AS ?publishedDay_)
              BIND(COALESCE(IF(?flagged_ && (!BOUND(?printed_) || ?publishedDay_ = STR(?printed_)), ?none_, ?publishedDay_),
                            IF(?flagged_, ?none_, STR(?printed_)), STR(?reference_)) AS ?articleDate)
            """;

    /** Where the date shown comes from. */
    enum Basis { PUBLISHED, PRINTED, INFERRED }

    /**
     * The date to show: an ISO day (or partial date) and where it comes from; {@code reason} says
     * how an inferred date was found ("event dates in the text", "dateline", …).
     */
    record Shown(String iso, Basis basis, String reason) {
        /** "published", "printed", "inferred from the event dates in the text": the saved queries' {@code dateBasis}. */
        String basisText() {
            return switch (basis) {
                case PUBLISHED -> "published";
                case PRINTED -> "printed";
                case INFERRED -> "inferred from the " + (reason == null ? "text" : reason);
            };
        }

        /** The date as a reader wants it: "17 December 2023", "December 2023". */
        String readable() {
            return LiteralText.text(NodeFactory.createLiteralDT(iso,
                    iso.length() == 7 ? XSDDatatype.XSDgYearMonth : iso.length() == 4 ? XSDDatatype.XSDgYear : XSDDatatype.XSDdate));
        }
    }

    /** Reads an article's citation; call inside a read transaction. */
    static ArticleCitation of(GraphLookup g, Node article) {
        String headline = g.string(article, Dip.Schema.headline);
        String title = headline != null && !headline.isBlank() ? headline : g.label(article);
        Node url = g.first(article, Dip.Schema.url);
        return new ArticleCitation(article, title, blankToNull(g.string(article, Dip.publisher)),
                blankToNull(g.string(article, Dip.Schema.author)), shown(g, article),
                url != null && url.isURI() ? url.getURI() : url != null && url.isLiteral() ? url.getLiteralLexicalForm() : null,
                "true".equals(g.string(article, Dip.summaryOnly)));
    }

    static Shown shown(GraphLookup g, Node article) {
        String printed = g.string(article, Dip.printedDate);
        String published = day(g.string(article, Dip.Schema.datePublished));
        Node flagged = contradicted(g, article);
        if (published != null && !(flagged != null && (flagged.equals(Dip.Schema.datePublished) || published.equals(printed)))) {
            return new Shown(published, Basis.PUBLISHED, null);
        }
        if (printed != null && flagged == null) {
            return new Shown(printed, Basis.PRINTED, null);
        }
        String reference = g.string(article, Dip.referenceDate);
        return reference == null ? null : new Shown(reference, Basis.INFERRED, g.string(article, Dip.referenceDateReason));
    }

    /**
     * The property whose date the build found contradicted by the article's text: the printed date,
     * or the published date for an article that prints none; null when nothing is contradicted.
     */
    static Node contradicted(GraphLookup g, Node article) {
        if (!"true".equals(g.string(article, Dip.printedDateContradicted))) {
            return null;
        }
        if (g.first(article, Dip.printedDate) != null) {
            return Dip.printedDate;
        }
        return g.first(article, Dip.Schema.datePublished) != null ? Dip.Schema.datePublished : null;
    }

    /** The day of an ISO date or date-time ("2024-02-13T08:00:00+03:00" → "2024-02-13"). */
    private static String day(String isoDateOrTime) {
        if (isoDateOrTime == null) {
            return null;
        }
        return isoDateOrTime.length() >= 10 ? isoDateOrTime.substring(0, 10) : isoDateOrTime;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The host of the source URL, to name the link ("www.example-times.com"); the URL itself when it has none. */
    String host() {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? url : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * One line naming the article wherever it is listed: its title linked to its page, publisher,
     * the date to show, and a link to the original page.
     */
    String html(Links links) {
        StringBuilder b = new StringBuilder("<span class=\"cite\">")
                .append(Html.a(links.href(article), title, article.isURI() ? article.getURI() : title));
        String meta = meta();
        if (!meta.isEmpty()) {
            b.append(" <span class=\"muted\">— ").append(meta).append("</span>");
        }
        if (url != null) {
            b.append(" · ").append(Html.external(url, host(), "source"));
        }
        return b.append("</span>").toString();
    }

    /** "Publisher, 17 December 2023 (date inferred from …)", escaped; empty when neither is known. */
    private String meta() {
        StringBuilder b = new StringBuilder(Html.esc(publisher == null ? "" : publisher));
        if (date != null) {
            b.append(publisher == null ? "" : ", ").append("<time datetime=\"").append(Html.esc(date.iso())).append("\">")
                    .append(Html.esc(date.readable())).append("</time>");
            if (date.basis() == Basis.INFERRED) {
                b.append(" <small>(date ").append(Html.esc(date.basisText())).append(")</small>");
            }
        }
        if (summaryOnly) {
            b.append(b.length() > 0 ? " · " : "").append("summary only");
        }
        return b.toString();
    }

    /**
     * The article page's source box: title, publisher, author, the date to show (and why), the link
     * to the original page, whether only a summary was read, then where the article was read from
     * (file, record, format, capture) and every date the graph holds for it, a contradicted one
     * labelled so.
     */
    String details(GraphLookup g) {
        StringBuilder b = new StringBuilder("<section class=\"box citation\"><h2>Source</h2>\n<table class=\"props\">\n");
        row(b, "Title", Html.esc(title));
        row(b, "Publisher", publisher == null ? "<span class=\"muted\">not stated</span>" : Html.esc(publisher));
        if (author != null) {
            row(b, "Author", Html.esc(author));
        }
        row(b, "Date", date == null ? "<span class=\"muted\">not known</span>"
                : "<time datetime=\"" + Html.esc(date.iso()) + "\">" + Html.esc(date.readable()) + "</time> <span class=\"muted\">("
                        + Html.esc(date.basis() == Basis.INFERRED ? "date " + date.basisText() : date.basisText() + " date") + ")</span>");
        row(b, "Original page", url == null ? "<span class=\"muted\">no URL known (read from a file)</span>"
                : Html.external(url, url, "source"));
        if (summaryOnly) {
            row(b, "Text", "Summary only: the feed gave only a summary of this article, so its facts are what the summary says;"
                    + " the story on the original page may say more.");
        }
        b.append("</table>\n<details class=\"provenance\"><summary>Provenance</summary>\n<table class=\"props\">\n");
        Node flagged = contradicted(g, article);
        detail(b, "Input file", g.string(article, Dip.fileName));
        detail(b, "Record", g.string(article, Dip.recordLocator));
        detail(b, "Input format", g.string(article, Dip.inputFormat));
        detail(b, "Captured", literal(g, Dip.captureDate));
        detail(b, Dip.Schema.datePublished.equals(flagged) ? "Published date (contradicted by the text)" : "Published", literal(g, Dip.Schema.datePublished));
        detail(b, "Modified", literal(g, Dip.Schema.dateModified));
        detail(b, Dip.printedDate.equals(flagged) ? "Printed date (contradicted by the text)" : "Printed date", literal(g, Dip.printedDate));
        String reason = g.string(article, Dip.referenceDateReason);
        String reference = literal(g, Dip.referenceDate);
        detail(b, "Facts dated against", reference == null ? null : reference + (reason == null ? "" : " (from the " + reason + ")"));
        detail(b, "SHA-256", g.string(article, Dip.sha256));
        return b.append("</table></details></section>\n").toString();
    }

    private String literal(GraphLookup g, Node p) {
        Node n = g.first(article, p);
        return n != null && n.isLiteral() ? LiteralText.text(n) : null;
    }

    private static void row(StringBuilder b, String name, String html) {
        b.append("<tr><td class=\"prop\">").append(Html.esc(name)).append("</td><td>").append(html).append("</td></tr>\n");
    }

    private static void detail(StringBuilder b, String name, String text) {
        if (text != null) {
            row(b, name, Html.esc(text));
        }
    }

    /** Whether a node is an article, so that lists show it by its citation. */
    static boolean isArticle(GraphLookup g, Node n) {
        return n != null && n.isURI() && g.objects(n, org.apache.jena.vocabulary.RDF.type.asNode()).contains(Dip.NewsArticle);
    }
}
