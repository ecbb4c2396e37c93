package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.diplomacykg.map.Dip;

/**
 * Where a fact comes from: "reported by N articles (M independent)", each reporting article with
 * the sentence that supports the fact (linked to its place in the article), and the values the
 * articles disagree on, side by side.
 */
final class FactSources {
    private final KgSite site;
    private final GraphLookup g;
    private final Node fact;

    FactSources(KgSite site, GraphLookup g, Node fact) {
        this.site = site;
        this.g = g;
        this.fact = fact;
    }

    /** One supporting sentence in one article. */
    record Sentence(Node article, String text, long begin, long end) {
    }

    List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        for (Node ev : g.objects(g.view(fact), fact, Dip.evidence)) {
            Node article = g.first(ev, Dip.inArticle);
            Long begin = g.number(ev, Dip.Nif.beginIndex);
            Long end = g.number(ev, Dip.Nif.endIndex);
            if (article != null) {
                out.add(new Sentence(article, g.string(ev, Dip.Nif.anchorOf), begin == null ? -1 : begin, end == null ? -1 : end));
            }
        }
        out.sort(Comparator.comparing((Sentence s) -> g.label(s.article())).thenComparingLong(Sentence::begin));
        return out;
    }

    String html() {
        List<Sentence> sentences = sentences();
        Map<String, List<Sentence>> byArticle = new TreeMap<>();
        Map<String, Node> articles = new TreeMap<>();
        for (Sentence s : sentences) {
            String key = g.label(s.article()) + "\u0000" + s.article().getURI();
            articles.put(key, s.article());
            byArticle.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        for (Node a : g.objects(g.view(fact), fact, Dip.reportedIn)) {
            String key = g.label(a) + "\u0000" + a.getURI();
            articles.putIfAbsent(key, a);
            byArticle.putIfAbsent(key, List.of());
        }
        Long n = g.number(fact, Dip.sourceCount);
        Long m = g.number(fact, Dip.independentSourceCount);
        long reported = n != null ? n : articles.size();
        StringBuilder b = new StringBuilder("<section class=\"box sources\"><h2>Sources</h2>\n<p class=\"count\">Reported by ")
                .append(reported).append(reported == 1 ? " article" : " articles");
        if (m != null) {
            b.append(" (").append(m).append(" independent)");
        }
        b.append("</p>\n");
        if (m != null && m < reported) {
            b.append("<p class=\"muted\">Copies and rewrites of the same story count once among the independent sources.</p>\n");
        }
        for (Map.Entry<String, List<Sentence>> e : byArticle.entrySet()) {
            Node article = articles.get(e.getKey());
            b.append("<div class=\"report\"><p>").append(ArticleCitation.of(g, article).html(site.links()));
            b.append("</p>\n");
            for (Sentence s : e.getValue()) {
                String href = site.links().href(article);
                b.append("<blockquote>").append(Html.esc(s.text())).append("</blockquote>");
                if (href != null && s.begin() >= 0) {
                    b.append("<p class=\"muted\"><small>").append(Html.a(href + "#ev-" + s.begin(), "in context"))
                            .append(" · characters ").append(s.begin()).append("–").append(s.end()).append("</small></p>\n");
                }
            }
            b.append("</div>\n");
        }
        b.append(conflicts());
        return b.append("</section>\n").toString();
    }

    private String conflicts() {
        StringBuilder b = new StringBuilder();
        for (Node c : g.objects(g.view(fact), fact, Dip.hasConflict)) {
            String attribute = g.string(c, Dip.attribute);
            String chosen = g.string(c, Dip.chosenValue);
            b.append("<h2>Sources disagree on ").append(Html.esc(attribute)).append("</h2>\n")
                    .append("<table class=\"conflict\"><tr><th>Value</th><th>Stated by</th><th></th></tr>\n");
            List<Node> claims = g.objects(c, Dip.claim);
            claims.sort(Comparator.comparing(cl -> String.valueOf(g.string(cl, Dip.claimedValue))));
            for (Node claim : claims) {
                String value = g.string(claim, Dip.claimedValue);
                boolean isChosen = value != null && value.equals(chosen);
                List<String> by = new ArrayList<>();
                for (Node a : g.objects(claim, Dip.claimedIn)) {
                    by.add(ArticleCitation.of(g, a).html(site.links()));
                }
                by.sort(null);
                b.append("<tr><td").append(isChosen ? " class=\"chosen\"" : "").append(">").append(Html.esc(value))
                        .append("</td><td>").append(String.join("<br>", by)).append("</td><td class=\"muted\">")
                        .append(isChosen ? "shown by default (best supported)" : "").append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return b.toString();
    }
}
