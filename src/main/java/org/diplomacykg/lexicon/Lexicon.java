package org.diplomacykg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.nlp.Token;
import org.diplomacykg.util.TsvResource;

/**
 * Every word list and pattern the extractor reads, loaded once from the TSV files under
 * {@code /lexicon/} and then immutable, so one instance is shared by all threads and injected
 * into the components that need it: the frames (frames.tsv), their trigger words
 * (triggers.tsv), where their arguments sit in a parse (roles.tsv), the nouns that name
 * outcomes (documents.tsv) and the plain word lists in {@code words/}.
 */
public final class Lexicon {
    static final String DIR = "/lexicon/";
    private static volatile Lexicon standard;

    private final Map<String, FrameDef> frames = new LinkedHashMap<>();
    private final Map<String, FrameDef> triggers = new HashMap<>();
    private final Map<String, Map<String, List<RolePath>>> roles = new HashMap<>();
    private final Map<String, DocumentNoun> documents = new HashMap<>();
    private final Map<String, Set<String>> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> triggerLemmas = new LinkedHashSet<>();

    private Lexicon() {
        for (String[] r : TsvResource.rows(DIR + "frames.tsv", false)) {
            String name = cell(r, 0);
            FrameDef.Fact fact = switch (cell(r, 1)) {
                case "event" -> FrameDef.Fact.EVENT;
                case "outcome" -> FrameDef.Fact.OUTCOME;
                default -> throw new IllegalStateException("frames.tsv: " + name + ": fact must be event or outcome");
            };
            frames.put(name, new FrameDef(name, fact, cell(r, 2), blankToNull(cell(r, 3)), cell(r, 4), cell(r, 5)));
        }
        for (String[] r : TsvResource.rows(DIR + "triggers.tsv", false)) {
            String lemma = cell(r, 0).toLowerCase(Locale.ROOT);
            String pos = cell(r, 1);
            FrameDef f = frames.get(cell(r, 2));
            if (f == null || !(pos.equals("V") || pos.equals("N"))) {
                throw new IllegalStateException("triggers.tsv: bad row for '" + lemma + "'");
            }
            triggers.put(lemma + "|" + pos, f);
            triggerLemmas.add(lemma);
        }
        for (String[] r : TsvResource.rows(DIR + "roles.tsv", false)) {
            String frame = cell(r, 0);
            if (!frames.containsKey(frame) && !(frame.startsWith("@") && kindNamed(frame.substring(1)))) {
                throw new IllegalStateException("roles.tsv: unknown frame " + frame);
            }
            List<RolePath> paths = new ArrayList<>();
            for (String p : cell(r, 2).split("\\|")) {
                paths.add(RolePath.parse(p));
            }
            roles.computeIfAbsent(frame, k -> new LinkedHashMap<>()).merge(cell(r, 1), paths, (a, b) -> {
                List<RolePath> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
        for (String[] r : TsvResource.rows(DIR + "documents.tsv", false)) {
            String noun = cell(r, 0).toLowerCase(Locale.ROOT);
            DocumentNoun.Kind kind = DocumentNoun.Kind.valueOf(cell(r, 2).toUpperCase(Locale.ROOT));
            documents.put(noun, new DocumentNoun(noun, cell(r, 1), kind, cell(r, 3).equals("amount")));
        }
    }

    /** The lexicon shipped with the program, loaded on first use. */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) {
                    standard = new Lexicon();
                }
                l = standard;
            }
        }
        return l;
    }

    private static String cell(String[] row, int i) {
        return TsvResource.cell(row, i);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The frame a token triggers (by its lemma and whether it is a verb or a noun), or null. */
    public FrameDef trigger(Token t) {
        // a capitalised noun is part of a name ("the Reciprocal Access Agreement"), not a report of one
        String pos = t.isVerb() ? "V" : t.isNoun() && !t.isProperNoun() ? "N" : null;
        if (pos == null) {
            return null;
        }
        return triggers.get(t.lemma().toLowerCase(Locale.ROOT) + "|" + pos);
    }

    /** The frame a noun triggers, by its lemma or its plural ("talks", "negotiations"), or null. */
    public FrameDef triggerLemma(String word) {
        FrameDef f = triggers.get(word + "|N");
        if (f == null && word.endsWith("s")) {
            f = triggers.get(word.substring(0, word.length() - 1) + "|N");
        }
        return f;
    }

    /** Whether a token's lemma is any frame's trigger word (whatever its part of speech). */
    public boolean isTriggerLemma(Token t) {
        return triggerLemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    public FrameDef frame(String name) {
        return frames.get(name);
    }

    public Map<String, FrameDef> frames() {
        return frames;
    }

    /** A frame's roles and their paths, in roles.tsv order. */
    public Map<String, List<RolePath>> roles(FrameDef f) {
        return roles.getOrDefault(f.name(), Map.of());
    }

    private static boolean kindNamed(String name) {
        for (DocumentNoun.Kind k : DocumentNoun.Kind.values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Roles read off an outcome noun of this kind (roles.tsv rows of frame "@kind"). */
    public Map<String, List<RolePath>> nounRoles(DocumentNoun.Kind kind) {
        return roles.getOrDefault("@" + kind.name().toLowerCase(Locale.ROOT), Map.of());
    }

    /** The outcome noun a lemma is, or null. */
    public DocumentNoun document(String lemma) {
        return documents.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** A plain word list from {@code /lexicon/words/NAME.tsv} (first column; case kept). */
    public Set<String> words(String name) {
        return words.computeIfAbsent(name, n -> {
            Set<String> out = new LinkedHashSet<>();
            for (String[] r : TsvResource.rows(DIR + "words/" + n + ".tsv", false)) {
                out.add(cell(r, 0));
            }
            return Set.copyOf(out);
        });
    }
}
