package org.diplomacykg.kind.quotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.Clusterer;
import org.diplomacykg.reconcile.Keys;
import org.diplomacykg.reconcile.Votes;

/**
 * Reports of one quotation merge when they quote the same words: compared as words only (case,
 * accents, curly or straight quotes and punctuation do not count), the shorter is the longer or
 * a part of it (an outlet that quoted less), allowing a word changed or left out here and there
 * (transcriptions differ). Speakers must not differ, except for quotations of
 * {@value #ANY_SPEAKER_WORDS} words or more, where the same words mean the same quotation and one
 * outlet got the speaker wrong: the speaker most articles name wins. A few quoted words inside a
 * longer quotation are a fragment, not a report of it.
 */
final class QuotationReconciler {
    /** Quotations this long are the same quotation whatever speakers the articles give them. */
    static final int ANY_SPEAKER_WORDS = 8;
    /** Shorter quotations must be the same words, not a part of another. */
    static final int MIN_PART_WORDS = 6;
    /** Share of the shorter quotation's words that must be found, in order, in the longer. */
    static final double MIN_COVER = 0.85;
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_ALIGN_CELLS = 250_000;
    /** Reports that may share a blocking key before it counts as a stock phrase. */
    static final int MAX_SHARED_KEY = 64;

    List<Canonical<QuotationFact>> reconcile(List<QuotationFact> reports) {
        Map<QuotationFact, String[]> words = new IdentityHashMap<>();
        for (QuotationFact q : reports) {
            words.put(q, words(q.text()));
        }
        Comparator<QuotationFact> specific = Comparator
                .comparing((QuotationFact q) -> -q.text().length())
                .thenComparing(q -> q.speaker() == null ? 1 : 0)
                .thenComparing(q -> q.evidence().articleId())
                .thenComparing(q -> q.evidence().start());
        Map<String, Integer> reportsPerPhrase = new HashMap<>();
        for (QuotationFact q : reports) {
            Set<String> phrases = new HashSet<>();
            for (String k : quoteKeys(q, words.get(q))) {
                phrases.add(phrase(k));
            }
            phrases.forEach(ph -> reportsPerPhrase.merge(ph, 1, Integer::sum));
        }
        Clusterer<QuotationFact> clusterer = new Clusterer<>(
                (a, b) -> sameQuotation(a, b, words.computeIfAbsent(a, x -> words(x.text())), words.computeIfAbsent(b, x -> words(x.text()))),
                specific, members -> members.get(0),
                q -> distinctive(quoteKeys(q, words.get(q)), reportsPerPhrase),
                q -> distinctive(quoteLookupKeys(q, words.get(q)), reportsPerPhrase));
        List<Canonical<QuotationFact>> out = new ArrayList<>();
        for (Clusterer.Cluster<QuotationFact> c : clusterer.cluster(reports)) {
            Votes<QuotationFact> votes = new Votes<>(c.members());
            QuotationFact longest = c.members().get(0);
            EntityRef speaker = votes.pick("speaker", QuotationFact::speaker, EntityRef::id, true);
            QuotationFact merged = new QuotationFact(speaker, longest.text(), longest.evidence());
            String key = "quote/" + Keys.hash(plain(longest.text())
                    + "|" + (speaker == null ? "" : speaker.id()));
            out.add(Canonical.of(key, merged, c.members(), c.mergedOn(), votes.conflicts()));
        }
        return Canonical.withUniqueKeys(out);
    }

    /** Whether two reports quote the same words (see the class comment); the keys they agree on, or null. */
    static List<String> sameQuotation(QuotationFact a, QuotationFact b) {
        return sameQuotation(a, b, words(a.text()), words(b.text()));
    }

    private static List<String> sameQuotation(QuotationFact a, QuotationFact b, String[] wa, String[] wb) {
        boolean speakersAgree = sameSpeaker(a, b);
        List<String> agreed = speakersAgree ? List.of("text", "speaker") : List.of("text");
        String[] shorter = wa.length <= wb.length ? wa : wb;
        String[] longer = shorter == wa ? wb : wa;
        if (shorter.length == 0 || !speakersAgree && shorter.length < ANY_SPEAKER_WORDS) {
            return null;
        }
        if (Arrays.equals(wa, wb)) {
            return agreed;
        }
        if (shorter.length < MIN_PART_WORDS) {
            return null;
        }
        // a part of six or seven words must also be a fair share of the whole, not a stock phrase in it
        boolean fairShare = shorter.length >= ANY_SPEAKER_WORDS || length(shorter) * 5 >= length(longer) * 2;
        if (!fairShare) {
            return null;
        }
        if (contains(longer, shorter)) {
            return agreed;
        }
        return nearlyContains(longer, shorter) ? agreed : null;
    }

    /** The quotation's words: folded, punctuation dropped ("leader-to-leader" is three words). */
    static String[] words(String text) {
        String p = plain(text);
        return p.isEmpty() ? new String[0] : p.split(" ");
    }

    /** A quotation's words only: folded, punctuation dropped. */
    private static String plain(String text) {
        return NOT_ALNUM.matcher(Keys.fold(text)).replaceAll(" ").trim();
    }

    private static int length(String[] words) {
        int n = words.length;
        for (String w : words) {
            n += w.length();
        }
        return n;
    }

    private static boolean contains(String[] longer, String[] shorter) {
        outer:
        for (int i = 0; i + shorter.length <= longer.length; i++) {
            for (int j = 0; j < shorter.length; j++) {
                if (!longer[i + j].equals(shorter[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the shorter quotation's words are, all but a few, found in order within one stretch
     * of the longer that is not much longer than itself (a word changed, added or left out).
     */
    static boolean nearlyContains(String[] longer, String[] shorter) {
        int n = shorter.length;
        int m = longer.length;
        Set<String> inLonger = new HashSet<>(Arrays.asList(longer));
        int present = 0;
        for (String w : shorter) {
            present += inLonger.contains(w) ? 1 : 0;
        }
        if (present < MIN_COVER * n || (long) n * m > MAX_ALIGN_CELLS) {
            return false;
        }
        // local alignment (match +2, mismatch or gap -1) of the whole shorter against a stretch of the longer
        int[][] score = new int[n + 1][m + 1];
        int[][] matches = new int[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1]; // start column of the stretch
        for (int j = 0; j <= m; j++) {
            from[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            score[i][0] = -i;
            from[i][0] = 0;
            for (int j = 1; j <= m; j++) {
                boolean same = shorter[i - 1].equals(longer[j - 1]);
                int diag = score[i - 1][j - 1] + (same ? 2 : -1);
                int up = score[i - 1][j] - 1;
                int left = score[i][j - 1] - 1;
                if (diag >= up && diag >= left) {
                    score[i][j] = diag;
                    matches[i][j] = matches[i - 1][j - 1] + (same ? 1 : 0);
                    from[i][j] = from[i - 1][j - 1];
                } else if (up >= left) {
                    score[i][j] = up;
                    matches[i][j] = matches[i - 1][j];
                    from[i][j] = from[i - 1][j];
                } else {
                    score[i][j] = left;
                    matches[i][j] = matches[i][j - 1];
                    from[i][j] = from[i][j - 1];
                }
            }
        }
        int best = 1;
        for (int j = 1; j <= m; j++) {
            if (score[n][j] > score[n][best]) {
                best = j;
            }
        }
        int stretch = best - from[n][best];
        return matches[n][best] >= MIN_COVER * n && stretch <= n + Math.max(2, n / 5);
    }

    private static boolean sameSpeaker(QuotationFact a, QuotationFact b) {
        return a.speaker() == null || b.speaker() == null || a.speaker().equals(b.speaker());
    }

    /**
     * Blocking keys: the six-word phrases of a quotation (a report of six words or more of it
     * shares one whatever the speakers), and its four-word phrases with its speaker (a report of
     * the same person's words with a word changed shares one), or with "*" for everyone; a short
     * quotation is one key of all its words.
     */
    private static Set<String> quoteKeys(QuotationFact q, String[] w) {
        Set<String> keys = new TreeSet<>();
        if (w.length < MIN_PART_WORDS) {
            keys.add("all:" + String.join(" ", w));
            return keys;
        }
        keys.addAll(phrases(w, 6, "p6:", ""));
        keys.addAll(phrases(w, 4, "p4:", "|" + speakerKey(q)));
        keys.addAll(phrases(w, 4, "p4:", "|*"));
        return keys;
    }

    /** A quotation with a speaker looks up the same speaker's and no one's; one without, anyone's. */
    private static Set<String> quoteLookupKeys(QuotationFact q, String[] w) {
        Set<String> keys = new TreeSet<>();
        if (w.length < MIN_PART_WORDS) {
            keys.add("all:" + String.join(" ", w));
            return keys;
        }
        keys.addAll(phrases(w, 6, "p6:", ""));
        if (q.speaker() == null) {
            keys.addAll(phrases(w, 4, "p4:", "|*"));
        } else {
            keys.addAll(phrases(w, 4, "p4:", "|" + speakerKey(q)));
            keys.addAll(phrases(w, 4, "p4:", "|?"));
        }
        return keys;
    }

    /**
     * The keys of a report without the stock phrases that many quotations share ("a free and open
     * international order"): a key is kept when few reports hold its phrase, or not many more than
     * hold the report's rarest phrase (the copies of one quotation carried by many outlets), so a
     * report meets the reports of its own words without being compared with every quotation of a
     * cliche.
     */
    private static Set<String> distinctive(Set<String> keys, Map<String, Integer> reportsPerPhrase) {
        int rarest = Integer.MAX_VALUE;
        for (String k : keys) {
            rarest = Math.min(rarest, reportsPerPhrase.getOrDefault(phrase(k), 0));
        }
        int limit = Math.max(MAX_SHARED_KEY, 2 * rarest);
        Set<String> out = new TreeSet<>();
        for (String k : keys) {
            if (reportsPerPhrase.getOrDefault(phrase(k), 0) <= limit) {
                out.add(k);
            }
        }
        return out;
    }

    /** A blocking key without the speaker it is filed with. */
    private static String phrase(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }

    private static String speakerKey(QuotationFact q) {
        return q.speaker() == null ? "?" : q.speaker().id();
    }

    private static List<String> phrases(String[] w, int n, String prefix, String suffix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= w.length; i++) {
            out.add(prefix + String.join(" ", Arrays.copyOfRange(w, i, i + n)) + suffix);
        }
        return out;
    }
}
