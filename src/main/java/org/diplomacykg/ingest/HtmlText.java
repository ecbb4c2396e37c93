package org.diplomacykg.ingest;

import java.util.regex.Pattern;

/**
 * Turns an HTML page (or text with stray markup) into plain lines: scripts, styles and
 * comments go entirely, block tags become line breaks, other tags vanish, entities are decoded.
 */
final class HtmlText {
    private static final Pattern LOOKS_HTML = Pattern.compile(
            "(?is)<(html|body|p|div|script|style|br|span|a|img|article|h[1-6])\\b[^>]*>");
    private static final Pattern DROP_BLOCKS = Pattern.compile(
            "(?is)<(script|style|noscript|iframe|svg|template)\\b.*?(</\\1\\s*>|\\z)|<!--.*?(-->|\\z)");
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|h[1-6]|article|section|header|footer|tr|table|blockquote|figure|figcaption)\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^<>]{0,2000}>");

    private HtmlText() {
    }

    static boolean looksLikeHtml(String text) {
        return LOOKS_HTML.matcher(text).find();
    }

    static String toText(String html) {
        String s = DROP_BLOCKS.matcher(html).replaceAll(" ");
        s = BLOCK_TAGS.matcher(s).replaceAll("\n");
        s = ANY_TAG.matcher(s).replaceAll("");
        return decodeEntities(s);
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String decoded = entity(s.substring(i + 1, semi));
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "mdash": return "\u2014";
            case "ndash": return "\u2013";
            case "rsquo": return "\u2019";
            case "lsquo": return "\u2018";
            case "ldquo": return "\u201c";
            case "rdquo": return "\u201d";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
