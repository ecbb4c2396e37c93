package org.diplomacykg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.nlp.ParseFilter;
import org.diplomacykg.nlp.Token;

/**
 * Parses only the sentences that can hold a fact: those with a trigger word of the lexicon and
 * an actor (a name the recogniser tagged, a capitalised word after the first, or a pronoun or a
 * group noun that may stand for one: "they", "the two leaders").
 */
public final class LexiconParseFilter implements ParseFilter {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it", "both", "his", "her", "their", "its", "our");
    private final Lexicon lexicon;
    private final Set<String> groupNouns;
    private final Set<String> enrichingVerbs;

    public LexiconParseFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
        java.util.Set<String> g = new java.util.HashSet<>(lexicon.words("group_nouns"));
        g.addAll(lexicon.words("person_group_nouns"));
        this.groupNouns = java.util.Set.copyOf(g);
        this.enrichingVerbs = lexicon.words("enriching_verbs");
    }

    @Override
    public boolean wantsParse(List<Token> tokens) {
        boolean trigger = false;
        boolean actor = false;
        boolean document = false;
        boolean enriching = false;
        for (int i = 0; i < tokens.size() && !(trigger && actor); i++) {
            Token t = tokens.get(i);
            trigger |= lexicon.trigger(t) != null; // as the frame reader will read it: "call" the verb, not "the call"
            // "The assistance includes night-vision cameras": a sentence that adds to a transfer told before
            document |= t.isNoun() && lexicon.document(t.lemma()) != null;
            enriching |= t.isVerb() && enrichingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
            trigger |= document && enriching;
            actor |= !t.ner().equals("O") || (i > 0 && t.isCapitalized() && t.isProperNoun())
                    || PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) || groupNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
        }
        return trigger && actor || document && enriching;
    }
}
