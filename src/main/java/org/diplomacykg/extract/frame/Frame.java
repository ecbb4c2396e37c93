package org.diplomacykg.extract.frame;

import java.util.List;
import java.util.Map;
import org.diplomacykg.lexicon.FrameDef;

/**
 * One frame read off a sentence's parse: the frame, its trigger word, the verb a noun trigger
 * depends on ({@code support}, -1 when none), and for each role the words the role's paths
 * reached (token indexes in the sentence).
 */
public record Frame(FrameDef def, int sentence, int trigger, int support, Map<String, List<Integer>> roles) {
    public Frame {
        roles = Map.copyOf(roles);
    }

    public List<Integer> role(String name) {
        return roles.getOrDefault(name, List.of());
    }

    /** The same frame with one role reaching only {@code words}. */
    public Frame withRole(String name, List<Integer> words) {
        Map<String, List<Integer>> r = new java.util.HashMap<>(roles);
        r.put(name, List.copyOf(words));
        return new Frame(def, sentence, trigger, support, r);
    }

    public boolean has(String name) {
        return !role(name).isEmpty();
    }
}
