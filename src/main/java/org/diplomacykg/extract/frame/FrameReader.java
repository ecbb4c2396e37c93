package org.diplomacykg.extract.frame;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.lexicon.FrameDef;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.RolePath;
import org.diplomacykg.nlp.Dependencies;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Reads frames off a parsed sentence: every word the lexicon lists as a trigger, with the words
 * each of its roles reaches through the paths of roles.tsv. Which of those words are actors,
 * places or dates is decided later, against the article's mentions. Stateless.
 */
public final class FrameReader {
    private final Lexicon lexicon;

    public FrameReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Frames of one sentence; words set in {@code skip} (quoted words) trigger nothing. */
    public List<Frame> read(Sentence s, BitSet skip) {
        Dependencies deps = s.deps();
        if (deps == null) {
            return List.of();
        }
        List<Token> tokens = s.tokens();
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (skip.get(i)) {
                continue;
            }
            FrameDef def = lexicon.trigger(tokens.get(i));
            if (def == null) {
                continue;
            }
            final int trigger = i;
            final int support = tokens.get(i).isNoun() ? supportVerb(deps, tokens, i) : -1;
            Map<String, List<Integer>> roles = new LinkedHashMap<>();
            for (Map.Entry<String, List<RolePath>> role : lexicon.roles(def).entrySet()) {
                Set<Integer> words = new LinkedHashSet<>();
                for (RolePath p : role.getValue()) {
                    words.addAll(p.follow(deps, trigger, w -> w == trigger ? support : -1));
                }
                words.remove(trigger);
                if (!words.isEmpty()) {
                    roles.put(role.getKey(), List.copyOf(words));
                }
            }
            out.add(new Frame(def, s.index(), i, support, roles));
        }
        return out;
    }

    /** The words each of these roles reaches from {@code word} (no support verb). */
    public static Map<String, List<Integer>> roles(Dependencies deps, int word, Map<String, List<RolePath>> paths) {
        Map<String, List<Integer>> roles = new LinkedHashMap<>();
        for (Map.Entry<String, List<RolePath>> role : paths.entrySet()) {
            Set<Integer> words = new LinkedHashSet<>();
            for (RolePath p : role.getValue()) {
                words.addAll(p.follow(deps, word, w -> -1));
            }
            words.remove(word);
            if (!words.isEmpty()) {
                roles.put(role.getKey(), List.copyOf(words));
            }
        }
        return roles;
    }

    /**
     * The verb a noun depends on as its object, oblique or passive subject ("held talks", "at a
     * summit", "the deal was signed"), or -1.
     */
    static int supportVerb(Dependencies deps, List<Token> tokens, int noun) {
        for (Dependencies.Edge e : deps.heads(noun)) {
            if (e.head() < 0 || !tokens.get(e.head()).isVerb()) {
                continue;
            }
            String b = e.base();
            if (b.equals("obj") || b.equals("obl") || b.equals("nsubj") || b.equals("iobj")) {
                return e.head();
            }
        }
        return -1;
    }
}
