package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.nlp.Token;

/**
 * Acronyms an article defines for an organisation no gazetteer knows: "the Ruritanian Workers'
 * Front (RWF)" makes every later "RWF" the same organisation, so a party named once in full and
 * then by its acronym is one party, not two (or none, when the tagger misses the bare acronym).
 * One instance per article, fed its sentences in order.
 */
final class Acronyms {
    private static final Pattern DEFINED = Pattern.compile("^\\s*\\(([A-Z][A-Z-]{1,7})\\)");
    private final Map<String, EntityRef> defined = new HashMap<>();

    /** The sentence's mentions with defined acronyms resolved; learns the acronyms it defines. */
    List<Mention> apply(List<Mention> mentions, List<Token> tokens, String text) {
        for (Mention m : mentions) {
            if (m.ref().kind() != EntityKind.ORGANIZATION || m.ref().name().indexOf(' ') < 0) {
                continue;
            }
            Matcher d = DEFINED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
            if (d.find() && initialsFit(m.ref().name(), d.group(1))) {
                defined.putIfAbsent(d.group(1), m.ref());
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityRef full = m.ref().kind() == EntityKind.ORGANIZATION ? defined.get(m.ref().name()) : null;
            out.add(full == null ? m : new Mention(full, m.start(), m.end(), m.form()));
        }
        for (Token t : tokens) {
            EntityRef full = defined.get(t.text());
            if (full != null && out.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) {
                out.add(new Mention(full, t.start(), t.end(), Mention.Form.NAME));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Each letter of the acronym starts a word of the name, in order ("RLF", "Ruritania Liberation Front"). */
    static boolean initialsFit(String name, String acronym) {
        String[] words = name.split("[\\s-]+");
        int w = 0;
        for (char c : acronym.replace("-", "").toCharArray()) {
            while (w < words.length && (words[w].isEmpty() || Character.toUpperCase(words[w].charAt(0)) != c)) {
                w++;
            }
            if (w == words.length) {
                return false;
            }
            w++;
        }
        return true;
    }
}
