package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Joins sentences the sentence splitter cut after an abbreviation that opens a paragraph
 * ("U.S. | President X met ..."): a "sentence" that is only an abbreviation belongs to the one
 * after it in the same paragraph. Without the join the country word and the title fall into
 * different sentences and the rules lose who the person is.
 */
final class SentenceRepair {
    private static final Pattern ABBREVIATION = Pattern.compile("^(?:(?:[A-Z]\\.){2,}|[A-Z][a-z]{1,3}\\.)$");

    private SentenceRepair() {
    }

    static List<Sentence> repair(List<Sentence> in, String text) {
        List<Sentence> out = new ArrayList<>();
        Sentence pending = null;
        for (Sentence s : in) {
            if (pending != null) {
                if (pending.paragraph() == s.paragraph() && pending.caption() == s.caption()) {
                    List<Token> tokens = new ArrayList<>(pending.tokens());
                    tokens.addAll(s.tokens());
                    s = new Sentence(0, pending.start(), s.end(), text.substring(pending.start(), s.end()), tokens, s.paragraph(), s.caption());
                } else {
                    out.add(pending);
                }
                pending = null;
            }
            if (ABBREVIATION.matcher(s.text().trim()).matches()) {
                pending = s;
                continue;
            }
            out.add(s);
        }
        if (pending != null) {
            out.add(pending);
        }
        List<Sentence> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Sentence s = out.get(i);
            numbered.add(s.withIndex(i));
        }
        return numbered;
    }
}
