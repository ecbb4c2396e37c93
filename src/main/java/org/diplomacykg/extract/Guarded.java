package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with literals one of which every match of it contains ("signed" or "inked" in
 * "\b(signed|inked)\b"). Most sentences hold none of a rule's words, and a few substring
 * searches prove that much faster than the regex engine can by trying the pattern at every
 * position. A text that holds one of them is searched as before, so the matches are exactly
 * the pattern's. The literals must be chosen so the promise holds: a literal that some match
 * lacks would lose that match.
 */
final class Guarded {
    /** Matches nothing that any rule asks about: what a text without the literals is searched as. */
    private static final String NOTHING = "";

    private final Pattern pattern;
    private final String[] literals;
    private final boolean ignoreCase;

    private Guarded(Pattern pattern, Collection<String> literals, boolean ignoreCase) {
        this.pattern = pattern;
        this.literals = minimal(literals, ignoreCase).toArray(new String[0]);
        this.ignoreCase = ignoreCase;
    }

    /** A case-sensitive pattern and its literals. */
    static Guarded of(String regex, String... literals) {
        return new Guarded(Pattern.compile(regex), List.of(literals), false);
    }

    static Guarded of(String regex, Collection<String> literals) {
        return new Guarded(Pattern.compile(regex), literals, false);
    }

    /**
     * A pattern whose literals are matched case-insensitively: its literal parts sit inside
     * {@code (?i)}, which (without UNICODE_CASE) folds A-Z only, so the text is compared with
     * A-Z folded and nothing else.
     */
    static Guarded ignoringCase(String regex, String... literals) {
        return ignoringCase(regex, List.of(literals));
    }

    static Guarded ignoringCase(String regex, Collection<String> literals) {
        return new Guarded(Pattern.compile(regex), literals, true);
    }

    /** Whether the text holds one of the literals, and so may match. */
    boolean admits(String text) {
        String t = ignoreCase ? asciiLower(text) : text;
        for (String l : literals) {
            if (t.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher over the text, or over the empty string (which it cannot match, since every
     * match holds a literal) when the text holds none of the literals. For find() from the
     * start and matches() only.
     */
    Matcher matcher(String text) {
        return pattern.matcher(admits(text) ? text : NOTHING);
    }

    Pattern pattern() {
        return pattern;
    }

    /** A-Z to a-z, one character for one. */
    static String asciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] out = s.toCharArray();
                for (int j = i; j < out.length; j++) {
                    if (out[j] >= 'A' && out[j] <= 'Z') {
                        out[j] = (char) (out[j] + ('a' - 'A'));
                    }
                }
                return new String(out);
            }
        }
        return s;
    }

    /**
     * The literals without those that contain another one: a text that holds "prime minister"
     * also holds "minister", so looking for the shorter one alone is enough.
     */
    private static List<String> minimal(Collection<String> literals, boolean ignoreCase) {
        List<String> in = new ArrayList<>();
        for (String l : literals) {
            if (l.isEmpty()) {
                throw new IllegalArgumentException("an empty literal guards nothing");
            }
            String k = ignoreCase ? asciiLower(l) : l;
            if (!in.contains(k)) {
                in.add(k);
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : in) {
            boolean redundant = false;
            for (String other : in) {
                if (!other.equals(l) && l.contains(other)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                out.add(l);
            }
        }
        return out;
    }
}
