package org.diplomacykg.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as the cleaner reads text: one line per block (paragraph, heading, list item, caption),
 * inline markup gone, entities decoded, white space collapsed. The cleaner's line rules (prose
 * or headline, caption, credit) then work on HTML as they do on plain text.
 */
final class HtmlText {
    /** A cheap test whether text holds markup, before paying for a parse. */
    private static final Pattern LOOKS_HTML = Pattern.compile(
            "(?is)<(html|body|p|div|script|style|br|span|a|img|article|h[1-6])\\b[^>]*>");

    private HtmlText() {
    }

    static boolean looksLikeHtml(String text) {
        return LOOKS_HTML.matcher(text).find();
    }

    /** A whole page (or text with stray markup) as lines: the story's element, boilerplate out. */
    static String toText(String html) {
        return HtmlPage.parse(html, null).bodyText();
    }

    /**
     * The text of {@code root}, one line per block element and per {@code <br>}. In a page, a line
     * break in the source is only wrapping; in text with a stray tag or two and no blocks at all, it
     * is the text's own line break and is kept.
     */
    static String lines(Element root) {
        boolean keepBreaks = root.select("p, div, article, section, main, li, h1, h2, h3, h4, td, br, blockquote").isEmpty();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = keepBreaks ? t.getWholeText() : t.text();
                    if (!s.isBlank()) {
                        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                        out.append(lineStart ? s.stripLeading() : s);
                    }
                } else if (node instanceof Element e && (e.isBlock() || "br".equals(e.normalName()))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                }
            }
        }, root);
        return out.toString();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
