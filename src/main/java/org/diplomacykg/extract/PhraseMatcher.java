package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases found in text leftmost-longest at word boundaries. Case-sensitive
 * by design: gazetteers list the capitalised forms, which keeps "US" apart from "us".
 * Immutable after loading, so one instance may be shared between threads.
 */
final class PhraseMatcher<T> {
    /** A phrase found in text: its span [start, end) and the value it was registered with. */
    record Hit<T>(int start, int end, String phrase, T value) {
    }

    private record Entry<T>(String phrase, T value, int priority) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    /**
     * The first characters of the registered phrases. Most words of a sentence start with none
     * of them (a gazetteer of names against lower-case prose), and one bit test rejects such a
     * word without cutting it out and hashing it.
     */
    private final BitSet firstChars = new BitSet();

    /**
     * Registers a phrase; when the same phrase is added twice the higher priority wins and
     * equal priorities keep the first.
     */
    void add(String phrase, T value, int priority) {
        String p = phrase.trim();
        if (p.isEmpty()) {
            return;
        }
        String first = firstWord(p, 0);
        if (first.isEmpty()) {
            return;
        }
        firstChars.set(first.charAt(0));
        List<Entry<T>> list = byFirstWord.computeIfAbsent(first, k -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).phrase().equals(p)) {
                if (priority > list.get(i).priority()) {
                    list.set(i, new Entry<>(p, value, priority));
                }
                return;
            }
        }
        list.add(new Entry<>(p, value, priority));
    }

    void add(String phrase, T value) {
        add(phrase, value, 0);
    }

    T get(String phrase) {
        List<Entry<T>> list = byFirstWord.get(firstWord(phrase, 0));
        if (list != null) {
            for (Entry<T> e : list) {
                if (e.phrase().equals(phrase)) {
                    return e.value();
                }
            }
        }
        return null;
    }

    /** Non-overlapping hits, leftmost first, longest at each position. */
    List<Hit<T>> find(String text) {
        List<Hit<T>> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean wordStart = Text.isWordChar(text.charAt(i)) && (i == 0 || !Text.isWordChar(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            Hit<T> best = longestAt(text, i);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    Hit<T> longestAt(String text, int i) {
        if (i >= text.length() || !firstChars.get(text.charAt(i))) {
            return null; // no phrase starts with this character (nor with an empty word)
        }
        List<Entry<T>> cands = byFirstWord.get(firstWord(text, i));
        if (cands == null) {
            return null;
        }
        Entry<T> best = null;
        for (Entry<T> e : cands) {
            String p = e.phrase();
            if (!text.startsWith(p, i)) {
                continue;
            }
            int end = i + p.length();
            boolean boundary = end >= text.length() || !Text.isWordChar(text.charAt(end))
                    || !Text.isWordChar(p.charAt(p.length() - 1));
            if (boundary && (best == null || p.length() > best.phrase().length())) {
                best = e;
            }
        }
        return best == null ? null : new Hit<>(i, i + best.phrase().length(), best.phrase(), best.value());
    }

    private static String firstWord(String s, int from) {
        int j = from;
        while (j < s.length() && Text.isWordChar(s.charAt(j))) {
            j++;
        }
        return s.substring(from, j);
    }
}
