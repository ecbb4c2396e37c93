package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.nlp.Token;

/**
 * Countries by name, short form or demonym, and geographic places, in one sentence. A capital
 * stands for its government only when it acts: the subject of a verb ("Ottawa pledged"), a
 * possessive ("Ottawa's new fund"), coordinated with another government ("Lima and
 * Santiago"), or after "pro-"/"anti-". Otherwise ("in Ottawa") it is a place.
 */
final class CountryMatcher {
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?i).*\\b(in|at|from|near|outside|around|across|of|to|into|via|toward|towards)\\s+$");
    private static final Pattern AND_GAP = Pattern.compile("\\s+and\\s+");

    private final EntityGazetteer gazetteer;

    CountryMatcher(EntityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Country and place mentions in a sentence. {@code folded} is the folded sentence text,
     * {@code offset} its start in the article, {@code exclude} spans already taken by
     * organisations, in article offsets.
     */
    List<Mention> find(String folded, int offset, List<Token> tokens, List<int[]> exclude) {
        List<Mention> out = new ArrayList<>();
        List<PhraseMatcher.Hit<EntityGazetteer.Entry>> hits = gazetteer.find(folded);
        for (int i = 0; i < hits.size(); i++) {
            PhraseMatcher.Hit<EntityGazetteer.Entry> h = hits.get(i);
            EntityRef ref = h.value().ref();
            int s = offset + h.start();
            int e = offset + h.end();
            if (inside(exclude, s, e) || ref.kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                continue;
            }
            if (h.value().form() == Mention.Form.CAPITAL) {
                if (actsAsGovernment(folded, h, hits, i, tokens, offset)) {
                    out.add(new Mention(ref, s, e, Mention.Form.CAPITAL));
                } else {
                    out.add(new Mention(new EntityRef(EntityKind.PLACE, Text.slug(h.phrase()), h.phrase()), s, e, Mention.Form.NAME));
                }
                continue;
            }
            out.add(new Mention(ref, s, e, h.value().form()));
        }
        return out;
    }

    private boolean actsAsGovernment(String folded, PhraseMatcher.Hit<EntityGazetteer.Entry> h,
                                     List<PhraseMatcher.Hit<EntityGazetteer.Entry>> hits, int i,
                                     List<Token> tokens, int offset) {
        String before = folded.substring(0, h.start());
        String after = folded.substring(h.end());
        if (before.endsWith("pro-") || before.endsWith("anti-")) {
            return true;
        }
        if (PLACE_PREPOSITION.matcher(before).matches()) {
            return false;
        }
        if (after.startsWith("'s ") || after.startsWith("' ")) {
            return true;
        }
        boolean coordinated = false;
        if (i + 1 < hits.size() && AND_GAP.matcher(folded.substring(h.end(), hits.get(i + 1).start())).matches()) {
            coordinated = hits.get(i + 1).value().ref().kind() == EntityKind.COUNTRY;
        }
        if (i > 0 && AND_GAP.matcher(folded.substring(hits.get(i - 1).end(), h.start())).matches()) {
            coordinated |= hits.get(i - 1).value().ref().kind() == EntityKind.COUNTRY
                    && !PLACE_PREPOSITION.matcher(folded.substring(0, hits.get(i - 1).start())).matches();
        }
        if (coordinated) {
            return true;
        }
        Token next = null;
        for (Token t : tokens) {
            if (t.start() >= offset + h.end()) {
                if (t.pos().equals("ADV")) {
                    continue;
                }
                next = t;
                break;
            }
        }
        return next != null && (next.pos().equals("VERB") || next.pos().equals("AUX"));
    }

    static boolean inside(List<int[]> spans, int s, int e) {
        for (int[] sp : spans) {
            if (s >= sp[0] && e <= sp[1]) {
                return true;
            }
        }
        return false;
    }
}
