package org.diplomacykg.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.diplomacykg.facts.EntityRef;

/** Small helpers for comparing reports and minting stable keys. */
public final class Keys {
    /** Loaded once from the lexicon (lexicon/words/name_stop_words.tsv). */
    private static final Set<String> STOP = org.diplomacykg.lexicon.Lexicon.standard().words("name_stop_words");

    private Keys() {
    }

    /** Dates that may be the same day: equal, or one a prefix (a month) of the other, or either unknown. */
    public static boolean datesCompatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    /** The entities' ids, sorted. */
    public static Set<String> ids(Collection<EntityRef> refs) {
        return refs.stream().map(EntityRef::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Content words of a name, lower case, without the generic words every agreement shares. */
    public static Set<String> words(String name) {
        Set<String> out = new TreeSet<>();
        if (name == null) {
            return out;
        }
        for (String w : fold(name).split("[^a-z0-9]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower case without accents. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** A short stable hash (12 hex digits of SHA-256) for keys. */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names that share most of their words: a tie-breaker between facts that both fit. */
    public static boolean similarNames(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        long common = wa.stream().filter(wb::contains).count();
        return common * 2 >= Math.max(wa.size(), wb.size());
    }

    /** No element in common. */
    public static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    static String slug(String s) {
        String f = fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return f.length() > 60 ? f.substring(0, 60).replaceAll("-$", "") : f;
    }
}
