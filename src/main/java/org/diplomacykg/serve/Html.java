package org.diplomacykg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for everything that reaches a page: article text, literals, labels, IRIs and request
 * values are all data, never markup. Escaping quotes too makes the same call safe in attributes.
 */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** A link when there is a safe target, else the escaped text alone. */
    static String a(String href, String text) {
        return href == null ? esc(text) : "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static String a(String href, String text, String title) {
        return href == null ? esc(text)
                : "<a href=\"" + esc(href) + "\" title=\"" + esc(title) + "\">" + esc(text) + "</a>";
    }

    /**
     * A link to a page outside this site (an article's original page): only http(s) targets, which
     * get no referrer, no access to this page and no endorsement; anything else is the escaped text alone.
     */
    static String external(String href, String text, String cssClass) {
        String lower = href == null ? "" : href.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return esc(text);
        }
        return "<a" + (cssClass == null ? "" : " class=\"" + esc(cssClass) + "\"") + " href=\"" + esc(href.strip())
                + "\" rel=\"noopener noreferrer nofollow\">" + esc(text) + "</a>";
    }

    /** "equipment transfer" → "Equipment transfer", for class names used as headings and chips. */
    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
