package org.diplomacykg.kind.quotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.Clusterer;
import org.diplomacykg.reconcile.Keys;
import org.diplomacykg.reconcile.Votes;

/**
 * Reports of one quotation merge when their words are the same, or one is a long enough part of
 * the other (a reprint that cut the quotation short), and their speakers do not differ.
 */
final class QuotationReconciler {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    List<Canonical<QuotationFact>> reconcile(List<QuotationFact> reports) {
        Comparator<QuotationFact> specific = Comparator
                .comparing((QuotationFact q) -> -q.text().length())
                .thenComparing(q -> q.speaker() == null ? 1 : 0)
                .thenComparing(q -> q.evidence().articleId())
                .thenComparing(q -> q.evidence().start());
        Clusterer<QuotationFact> clusterer = new Clusterer<>(QuotationReconciler::sameQuotation, specific,
                members -> members.get(0), QuotationReconciler::quoteKeys, QuotationReconciler::quoteLookupKeys);
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

    static List<String> sameQuotation(QuotationFact a, QuotationFact b) {
        if (!sameSpeaker(a, b)) {
            return null;
        }
        String ta = plain(a.text());
        String tb = plain(b.text());
        if (ta.equals(tb) && !ta.isEmpty()) {
            return List.of("text", "speaker");
        }
        String shorter = ta.length() <= tb.length() ? ta : tb;
        String longer = shorter == ta ? tb : ta;
        // a few quoted words inside a longer quotation are a fragment, not a reprint of it
        if (shorter.split(" ").length < 6 || shorter.length() * 5 < longer.length() * 2 || !longer.contains(shorter)) {
            return null;
        }
        return List.of("text", "speaker");
    }

    /** A quotation's words only: folded, punctuation dropped. */
    private static String plain(String text) {
        return NOT_ALNUM.matcher(Keys.fold(text)).replaceAll(" ").trim();
    }

    private static boolean sameSpeaker(QuotationFact a, QuotationFact b) {
        return a.speaker() == null || b.speaker() == null || a.speaker().equals(b.speaker());
    }

    /**
     * Blocking keys for quotations: their six-word phrases (a reprint of a quotation of six words
     * or more shares one), with the speaker, so that stock words said by many people are not all
     * compared with each other; and each phrase alone, for reports that name no speaker.
     */
    private static Set<String> quoteKeys(QuotationFact q) {
        Set<String> keys = new TreeSet<>();
        for (String p : phrases(q)) {
            keys.add(p + "|" + speakerKey(q));
            keys.add("~" + p);
        }
        return keys;
    }

    /** A quotation with a speaker may join one by the same speaker or by no one named; one without, any. */
    private static Set<String> quoteLookupKeys(QuotationFact q) {
        Set<String> keys = new TreeSet<>();
        for (String p : phrases(q)) {
            if (q.speaker() == null) {
                keys.add("~" + p);
            } else {
                keys.add(p + "|" + speakerKey(q));
                keys.add(p + "|?");
            }
        }
        return keys;
    }

    private static String speakerKey(QuotationFact q) {
        return q.speaker() == null ? "?" : q.speaker().id();
    }

    private static Set<String> phrases(QuotationFact q) {
        String[] w = plain(q.text()).split(" ");
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i + 6 <= w.length; i++) {
            keys.add(String.join(" ", Arrays.copyOfRange(w, i, i + 6)));
        }
        if (keys.isEmpty()) {
            keys.add(String.join(" ", w));
        }
        return keys;
    }
}
