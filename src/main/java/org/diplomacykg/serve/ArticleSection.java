package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.diplomacykg.map.Dip;

/**
 * An article's part of its page: what it was recognised as a copy or rewrite of (and what copies
 * it), then its cleaned text with every evidence span highlighted and linked to the facts it
 * supports, and the names of the entities it mentions linked to their pages.
 */
final class ArticleSection {
    private final KgSite site;
    private final GraphLookup g;
    private final Node article;

    ArticleSection(KgSite site, GraphLookup g, Node article) {
        this.site = site;
        this.g = g;
        this.article = article;
    }

    /** Overlapping evidence spans merged into one highlight, with the facts any of them supports. */
    record Highlight(int begin, int end, Set<Integer> anchors, Set<Node> facts) {
    }

    String html() {
        StringBuilder b = new StringBuilder();
        b.append(relations());
        String text = g.string(article, Dip.Nif.isString);
        if (text == null) {
            return b.toString();
        }
        List<Highlight> highlights = highlights(text.length());
        List<Node> facts = new ArrayList<>();
        highlights.forEach(h -> h.facts().stream().filter(f -> !facts.contains(f)).forEach(facts::add));
        Pattern names = mentionPattern();
        Map<String, Node> byName = mentionNames();
        b.append("<h2>Text</h2>\n<p class=\"muted\">The cleaned text the facts were read from. Highlighted: the sentences")
                .append(" facts were extracted from (the numbers link to the facts); linked: the entities the article mentions.</p>\n");
        b.append("<div class=\"text\">");
        int at = 0;
        for (Highlight h : highlights) {
            b.append(linkNames(text.substring(at, h.begin()), names, byName));
            for (int anchor : h.anchors()) {
                b.append("<span id=\"ev-").append(anchor).append("\"></span>");
            }
            b.append("<mark>").append(linkNames(text.substring(h.begin(), h.end()), names, byName)).append("</mark><sup>");
            for (Node f : h.facts()) {
                int i = facts.indexOf(f) + 1;
                b.append(Html.a(site.links().href(f), "[" + i + "]", g.label(f)));
            }
            b.append("</sup>");
            at = h.end();
        }
        b.append(linkNames(text.substring(at), names, byName)).append("</div>\n");
        if (!facts.isEmpty()) {
            b.append("<h2>Facts extracted from this article</h2>\n<ol>");
            for (Node f : facts) {
                b.append("<li>").append(Html.a(site.links().href(f), g.label(f)));
                Node type = g.first(f, org.apache.jena.vocabulary.RDF.type.asNode());
                if (type != null) {
                    b.append(" <span class=\"muted\">").append(Html.esc(g.label(type))).append("</span>");
                }
                b.append("</li>");
            }
            b.append("</ol>\n");
        }
        return b.toString();
    }

    List<Highlight> highlights(int textLength) {
        record Span(int begin, int end, Node evidence) {
        }
        List<Span> spans = new ArrayList<>();
        for (Node ev : g.subjects(Dip.inArticle, article)) {
            Long begin = g.number(ev, Dip.Nif.beginIndex);
            Long end = g.number(ev, Dip.Nif.endIndex);
            if (begin != null && end != null && begin >= 0 && begin < end && end <= textLength) {
                spans.add(new Span(begin.intValue(), end.intValue(), ev));
            }
        }
        spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
        List<Highlight> out = new ArrayList<>();
        Highlight current = null;
        for (Span s : spans) {
            if (current == null || s.begin() >= current.end()) {
                current = new Highlight(s.begin(), s.end(), new LinkedHashSet<>(), new LinkedHashSet<>());
                out.add(current);
            } else if (s.end() > current.end()) {
                Highlight wider = new Highlight(current.begin(), s.end(), current.anchors(), current.facts());
                out.set(out.size() - 1, wider);
                current = wider;
            }
            current.anchors().add(s.begin());
            current.facts().addAll(g.subjects(Dip.evidence, s.evidence()));
        }
        return out;
    }

    private Map<String, Node> mentionNames() {
        Map<String, Node> byName = new LinkedHashMap<>();
        for (Node entity : g.objects(article, Dip.mentions)) {
            List<String> names = new ArrayList<>();
            names.add(g.label(entity));
            g.objects(entity, Dip.altName).stream().filter(Node::isLiteral).forEach(n -> names.add(n.getLiteralLexicalForm()));
            for (String name : names) {
                if (name.strip().length() >= 3) {
                    byName.putIfAbsent(name.strip(), entity);
                }
            }
        }
        return byName;
    }

    private Pattern mentionPattern() {
        List<String> names = new ArrayList<>(mentionNames().keySet());
        if (names.isEmpty()) {
            return null;
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() > 0 ? "|" : "").append(Pattern.quote(n));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
    }

    /** Escapes a stretch of text, linking the mentioned entities' names in it. */
    private String linkNames(String chunk, Pattern names, Map<String, Node> byName) {
        if (names == null) {
            return Html.esc(chunk);
        }
        StringBuilder b = new StringBuilder();
        Matcher m = names.matcher(chunk);
        int at = 0;
        while (m.find()) {
            Node entity = byName.get(m.group());
            b.append(Html.esc(chunk.substring(at, m.start())));
            b.append(entity == null ? Html.esc(m.group()) : Html.a(site.links().href(entity), m.group(), g.label(entity)));
            at = m.end();
        }
        return b.append(Html.esc(chunk.substring(at))).toString();
    }

    private String relations() {
        List<String> lines = new ArrayList<>();
        for (Node relation : g.subjects(Dip.relatedArticle, article)) {
            Node original = g.first(relation, Dip.originalArticle);
            lines.add("This article is a " + Html.esc(String.valueOf(g.string(relation, Dip.relationType))) + " of "
                    + ArticleCitation.of(g, original).html(site.links()) + similarity(relation) + ".");
        }
        for (Node relation : g.subjects(Dip.originalArticle, article)) {
            Node copy = g.first(relation, Dip.relatedArticle);
            lines.add(ArticleCitation.of(g, copy).html(site.links()) + " is a "
                    + Html.esc(String.valueOf(g.string(relation, Dip.relationType))) + " of this article" + similarity(relation) + ".");
        }
        if (lines.isEmpty()) {
            return "<p class=\"muted\">Not recognised as a copy or rewrite of another article, nor copied by one.</p>\n";
        }
        return "<section class=\"box\"><h2>Copies and rewrites</h2>\n<ul><li>" + String.join("</li><li>", lines) + "</li></ul></section>\n";
    }

    private String similarity(Node relation) {
        String s = g.string(relation, Dip.similarity);
        try {
            return s == null ? "" : " (similarity " + Math.round(Double.parseDouble(s) * 100) + "%)";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
