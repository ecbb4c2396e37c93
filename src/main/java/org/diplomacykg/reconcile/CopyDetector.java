package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplomacykg.facts.ArticleInfo;

/**
 * Recognises copies and rewrites by text similarity. Each article becomes a set of hashed word
 * shingles; MinHash signatures banded into buckets (LSH) propose candidate pairs, so the work
 * grows with the number of similar pairs rather than with all pairs; candidates are then
 * measured exactly by containment.
 *
 * <p>Thresholds: a copy shares at least half of its five-word shingles (reprints of a wire story
 * in different versions share far more than independent reports of the same event, which share
 * almost none); a rewrite shares at least 15% of its three-word shingles (paraphrases keep many
 * short phrases; independent reports of one event measured at or below 8%).
 */
public final class CopyDetector {
    static final double COPY_CONTAINMENT = 0.5;
    static final double REWRITE_CONTAINMENT = 0.15;
    private static final int HASHES = 64;
    // one row per band: rewrites have low Jaccard (short paraphrase vs long original) and must still become candidates
    private static final int BANDS = 64;
    private static final long[] SEEDS = seeds();

    private record Shingled(ArticleInfo info, long[] three, long[] five, int[] signature) {
    }

    public List<ArticleRelation> relations(List<ArticleInfo> articles) {
        List<long[]> threes = new ArrayList<>();
        List<long[]> fives = new ArrayList<>();
        for (ArticleInfo a : articles) {
            String[] words = words(a.cleanedText());
            threes.add(shingles(words, 3));
            fives.add(shingles(words, 5));
        }
        // phrases that many articles share are house style, templates or stock wording, not copying
        int maxDocs = Math.max(3, articles.size() / 20);
        Set<Long> common = frequent(threes, maxDocs);
        common.addAll(frequent(fives, maxDocs));
        List<Shingled> docs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            long[] three = without(threes.get(i), common);
            docs.add(new Shingled(articles.get(i), three, without(fives.get(i), common), signature(three)));
        }
        docs.sort(Comparator.comparing(d -> d.info().id()));
        TreeSet<Long> candidates = new TreeSet<>();
        int rows = HASHES / BANDS;
        for (int b = 0; b < BANDS; b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                int[] sig = docs.get(i).signature();
                if (sig == null) {
                    continue;
                }
                long key = b;
                for (int r = 0; r < rows; r++) {
                    key = key * 1_000_003L + sig[b * rows + r];
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        candidates.add(((long) bucket.get(x) << 32) | bucket.get(y));
                    }
                }
            }
        }
        List<ArticleRelation> out = new ArrayList<>();
        for (long pair : candidates) {
            Shingled a = docs.get((int) (pair >>> 32));
            Shingled b = docs.get((int) pair);
            double copy = containment(a.five(), b.five());
            double rewrite = containment(a.three(), b.three());
            ArticleRelation.Kind kind = copy >= COPY_CONTAINMENT ? ArticleRelation.Kind.COPY
                    : rewrite >= REWRITE_CONTAINMENT ? ArticleRelation.Kind.REWRITE : null;
            if (kind == null) {
                continue;
            }
            boolean aIsCopy = isLater(a.info(), b.info());
            double sim = Math.round((kind == ArticleRelation.Kind.COPY ? copy : rewrite) * 1000) / 1000.0;
            out.add(aIsCopy ? new ArticleRelation(a.info().id(), b.info().id(), kind, sim)
                    : new ArticleRelation(b.info().id(), a.info().id(), kind, sim));
        }
        out.sort(Comparator.comparing(ArticleRelation::copy).thenComparing(ArticleRelation::original));
        return out;
    }

    private static Set<Long> frequent(List<long[]> docs, int maxDocs) {
        Map<Long, Integer> df = new HashMap<>();
        for (long[] d : docs) {
            for (long h : d) {
                df.merge(h, 1, Integer::sum);
            }
        }
        Set<Long> out = new HashSet<>();
        df.forEach((h, n) -> {
            if (n > maxDocs) {
                out.add(h);
            }
        });
        return out;
    }

    private static long[] without(long[] shingles, Set<Long> drop) {
        return Arrays.stream(shingles).filter(h -> !drop.contains(h)).toArray();
    }

    /**
     * Which of two related articles is the copy: a re-post whose printed date contradicts its own
     * text, then the later printed date, then the shorter text (reprints trim, rarely add).
     */
    static boolean isLater(ArticleInfo a, ArticleInfo b) {
        if (a.printedDateContradicted() != b.printedDateContradicted()) {
            return a.printedDateContradicted();
        }
        if (a.printedDate() != null && b.printedDate() != null && !a.printedDate().equals(b.printedDate())) {
            return a.printedDate().compareTo(b.printedDate()) > 0;
        }
        int byLength = Integer.compare(a.cleanedText().length(), b.cleanedText().length());
        return byLength != 0 ? byLength < 0 : a.id().compareTo(b.id()) > 0;
    }

    static String[] words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]+", " ").strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    static long[] shingles(String[] words, int n) {
        TreeSet<Long> set = new TreeSet<>();
        for (int i = 0; i + n <= words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + n; k++) {
                h = 31 * h + words[k].hashCode();
            }
            set.add(mix(h));
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }

    /** |A ∩ B| / min(|A|, |B|) over two sorted arrays. */
    static double containment(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / Math.min(a.length, b.length);
    }

    private static int[] signature(long[] shingles) {
        if (shingles.length == 0) {
            return null;
        }
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (mix(s ^ SEEDS[h]) >>> 33);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
