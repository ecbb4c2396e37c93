package org.diplomacykg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The article a page describes in its JSON-LD ({@code <script type="application/ld+json">}):
 * the first object typed as an article (NewsArticle, Article, ReportageNewsArticle, BlogPosting…),
 * at the top level, in an array or in an {@code @graph}. A block that is not valid JSON is ignored:
 * it is a hint about the page, not the page.
 */
final class JsonLd {
    private JsonLd() {
    }

    /** What the first article object among {@code blocks} says, or {@link Metadata#NONE}. */
    static Metadata article(List<String> blocks) {
        for (String block : blocks) {
            JsonValue v;
            try {
                v = JSON.parseAny(block);
            } catch (RuntimeException e) {
                continue; // broken metadata: the page's other metadata and its text still count
            }
            JsonObject a = findArticle(v, 0);
            if (a != null) {
                return new Metadata(firstUrl(a), string(a.get("headline")), name(a.get("publisher")), name(a.get("author")),
                        DateTimes.normalize(string(a.get("datePublished"))), DateTimes.normalize(string(a.get("dateModified"))),
                        null, false);
            }
        }
        return Metadata.NONE;
    }

    private static JsonObject findArticle(JsonValue v, int depth) {
        if (v == null || depth > 4) {
            return null;
        }
        if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) {
                JsonObject found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        if (isArticleType(o.get("@type"))) {
            return o;
        }
        return findArticle(o.get("@graph"), depth + 1);
    }

    private static boolean isArticleType(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonValue t : type.getAsArray()) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = string(type);
        return t != null && (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report"));
    }

    private static String firstUrl(JsonObject a) {
        String url = string(a.get("url"));
        if (url != null) {
            return url;
        }
        JsonValue page = a.get("mainEntityOfPage");
        if (page != null && page.isObject()) {
            return string(page.getAsObject().get("@id"));
        }
        return string(page);
    }

    /** A name: a string, an object's "name", or the names of an array's members joined by ", ". */
    private static String name(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            return string(v.getAsObject().get("name"));
        }
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            JsonArray arr = v.getAsArray();
            for (JsonValue item : arr) {
                String n = name(item);
                if (n != null && !names.contains(n)) {
                    names.add(n);
                }
            }
            StringJoiner j = new StringJoiner(", ");
            names.forEach(j::add);
            return names.isEmpty() ? null : j.toString();
        }
        return string(v);
    }

    private static String string(JsonValue v) {
        if (v == null || !v.isString()) {
            return null;
        }
        String s = v.getAsString().value().strip();
        return s.isEmpty() ? null : s;
    }
}
