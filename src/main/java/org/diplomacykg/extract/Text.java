package org.diplomacykg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** String helpers shared by the rules: folding that keeps offsets, slugs for entity keys. */
public final class Text {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Text() {
    }

    /**
     * Folds diacritics and typographic quotes one character for one character, so every offset
     * into the folded string is also an offset into the original.
     */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(foldChar(s.charAt(i)));
        }
        return b.toString();
    }

    public static char foldChar(char c) {
        if (c < 128) {
            return c;
        }
        switch (c) {
            case '\u2018': case '\u2019': case '\u02bc': case '\u2032':
                return '\'';
            case '\u201c': case '\u201d': case '\u201e': case '\u2033':
                return '"';
            case '\u2013': case '\u2014': case '\u2011': case '\u2010':
                return '-';
            case '\u00a0': case '\u2009': case '\u202f':
                return ' ';
            case '\u0111': return 'd';
            case '\u0110': return 'D';
            case '\u0142': return 'l';
            case '\u0141': return 'L';
            case '\u00f8': return 'o';
            case '\u00d8': return 'O';
            case '\u0131': return 'i'; // dotless i ("Kılıç"), which has no decomposition
            case '\u00df': return 's';
            case '\u00e6': return 'a';
            case '\u00c6': return 'A';
            case '\u0153': return 'o';
            case '\u0152': return 'O';
            case '\u00f0': return 'd';
            case '\u00d0': return 'D';
            case '\u00fe': return 't';
            case '\u00de': return 'T';
            default:
                break;
        }
        if (Character.isLetter(c)) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (!d.isEmpty() && d.charAt(0) < 128) {
                return d.charAt(0);
            }
        }
        return c;
    }

    /** Lower-case ASCII slug: "Đặng Thị Hà" to "dang-thi-ha". */
    public static String slug(String s) {
        String f = fold(s).toLowerCase(Locale.ROOT).replace("'", "");
        String out = NOT_SLUG.matcher(f).replaceAll("-");
        return EDGE_HYPHENS.matcher(out).replaceAll("");
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    public static boolean isUpperInitial(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** "clean ports initiative" to "Clean Ports Initiative". */
    public static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : WHITESPACE.split(s.trim())) {
            if (w.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            boolean minor = b.length() > 0 && (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the"));
            b.append(minor ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    public static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }
}
