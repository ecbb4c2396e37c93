package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.nlp.Token;

/**
 * Roles written as common nouns around a name, which the office patterns do not read because
 * they are neither capitalised offices nor positions at an organisation: "billionaire Jane
 * Roe", "Kenya's top golfers, X and Y", "business leaders X and Y", "X, the country's richest
 * man and close adviser to Y". The vocabulary is lexicon data (words/role_nouns.tsv, and the
 * positions of titles.tsv); the noun phrase is read from the tagger's parts of speech and
 * lemmas, so plurals, modifiers and a possessor need no pattern of their own. Also reads a
 * country's delegation: someone named as one of "the Kenyan delegation, including ... X" is of
 * that country. Stateless.
 */
final class RoleNounReader {
    /** Tokens in a role phrase: "son-in-law" is five to the tokenizer. */
    private static final int MAX_ROLE_WORDS = 5;
    private static final int MAX_MODIFIERS = 6;
    private static final int MAX_DELEGATION_GAP = 15;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /** Role phrases by their lemmas in lower case, to the form the graph writes. */
    private final Map<String, String> roles = new HashMap<>();
    private final Set<String> descriptors;
    private final Set<String> delegationNouns;

    RoleNounReader(Set<String> roleNouns, List<String> positions, Set<String> offices, Set<String> delegationNouns) {
        for (String p : positions) {
            String lower = p.toLowerCase(Locale.ROOT);
            if (p.equals(lower) && !offices.contains(lower)) {
                roles.put(lower, p);
            }
        }
        for (String r : roleNouns) {
            roles.put(r.toLowerCase(Locale.ROOT), r);
        }
        this.descriptors = Set.copyOf(roleNouns);
        this.delegationNouns = Set.copyOf(delegationNouns);
    }

    /** Whether a title is a role noun: someone's role only while no office is named for them. */
    boolean isDescriptor(String title) {
        return title != null && descriptors.contains(title);
    }

    /** Candidates that add a role or a country to the names already found in one sentence. */
    List<PersonMatcher.Candidate> read(List<PersonMatcher.Candidate> names, List<Token> tokens, List<Mention> entities) {
        List<PersonMatcher.Candidate> out = new ArrayList<>();
        List<PersonMatcher.Candidate> sorted = new ArrayList<>();
        for (PersonMatcher.Candidate c : names) {
            if (c.kind() != PersonMatcher.Kind.DESCRIPTION && c.name() != null) {
                sorted.add(c);
            }
        }
        sorted.sort(java.util.Comparator.comparingInt(PersonMatcher.Candidate::start));
        Role carried = null;
        int carriedEnd = -1;
        for (PersonMatcher.Candidate c : sorted) {
            int a = firstToken(tokens, c.start());
            int b = lastToken(tokens, c.end());
            if (a < 0 || b < a) {
                continue;
            }
            Role role = before(tokens, a, entities);
            if (role == null && carried != null && onlyListBetween(tokens, carriedEnd + 1, a)) {
                role = carried; // "business leaders X and Y": a plural role noun names everyone in the list
            }
            if (role == null) {
                role = after(tokens, b, entities);
            }
            carried = role != null && role.plural() ? role : null;
            carriedEnd = b;
            EntityRef delegation = delegationCountry(tokens, a, entities);
            EntityRef country = role != null && role.country() != null ? role.country() : delegation;
            if (role != null || country != null) {
                out.add(new PersonMatcher.Candidate(c.kind(), c.name(), c.start(), c.end(), role == null ? null : role.title(),
                        country, null, false, false));
            }
        }
        return out;
    }

    private record Role(String title, EntityRef country, boolean plural) {
    }

    /** "Kenya's top golfers, X", "billionaire X": a role noun right before the name (a comma only after a plural). */
    private Role before(List<Token> tokens, int a, List<Mention> entities) {
        int j = a - 1;
        if (j >= 1 && tokens.get(j).text().equals(",") && tokens.get(j - 1).tag().equals("NNS")) {
            j--;
        }
        if (j < 0 || !tokens.get(j).isNoun() || tokens.get(j).ner().equals("PERSON")) {
            return null;
        }
        for (int k = Math.min(MAX_ROLE_WORDS, j + 1); k >= 1; k--) {
            String title = roles.get(lemmas(tokens, j - k + 1, j));
            if (title != null) {
                EntityRef country = countryIn(tokens, modifiersStart(tokens, j - k + 1), j - k + 1, entities);
                return new Role(title, country, tokens.get(j).tag().endsWith("S"));
            }
        }
        return null;
    }

    /** "X, the country's richest man and close adviser to Y": the first role noun of the apposition. */
    private Role after(List<Token> tokens, int b, List<Mention> entities) {
        int i = b + 1;
        if (i >= tokens.size() || !tokens.get(i).text().equals(",")) {
            return null;
        }
        int start = ++i;
        if (i < tokens.size() && DETERMINERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        for (; i < tokens.size() && (inNounPhrase(tokens.get(i)) || insideWord(tokens, i)); i++) {
            if (tokens.get(i).ner().equals("PERSON")) {
                // "X, Y's son-in-law": a name here only as a possessor; "X, Y and other golfers" lists names
                while (i + 1 < tokens.size() && tokens.get(i + 1).ner().equals("PERSON")) {
                    i++;
                }
                if (i + 1 >= tokens.size() || !tokens.get(i + 1).tag().equals("POS")) {
                    return null;
                }
                continue;
            }
            for (int k = Math.min(MAX_ROLE_WORDS, i - start + 1); k >= 1; k--) {
                String title = roles.get(lemmas(tokens, i - k + 1, i));
                if (title != null && (i + 1 >= tokens.size() || !tokens.get(i + 1).isNoun())) {
                    return new Role(title, countryIn(tokens, start, i, entities), false);
                }
            }
        }
        return null;
    }

    /** "in" in "son-in-law", split by the tokenizer: a token written with no space on either side. */
    private static boolean insideWord(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** Words a noun phrase in apposition is made of: modifiers, nouns, a possessor, "and". */
    private static boolean inNounPhrase(Token t) {
        String tag = t.tag();
        return t.isNoun() || tag.startsWith("JJ") || tag.equals("POS") || tag.equals("CC") || tag.equals("CD")
                || tag.equals("HYPH") || tag.equals("VBN") || tag.equals("DT") && !t.text().equalsIgnoreCase("that");
    }

    /** Where the modifiers before a role noun start: adjectives, nouns and a possessor ("South Africa's top"). */
    private static int modifiersStart(List<Token> tokens, int roleStart) {
        int k = roleStart - 1;
        int taken = 0;
        while (k >= 0 && taken < MAX_MODIFIERS) {
            Token t = tokens.get(k);
            boolean modifier = t.tag().startsWith("JJ") || t.tag().equals("POS") || t.tag().equals("CD") || t.tag().equals("HYPH")
                    || t.isNoun() && !t.ner().equals("PERSON");
            if (!modifier) {
                break;
            }
            k--;
            taken++;
        }
        return k + 1;
    }

    /** "the Kenyan delegation, including ... X": the country of a delegation the name is listed in, or null. */
    private EntityRef delegationCountry(List<Token> tokens, int a, List<Mention> entities) {
        boolean listed = false;
        for (int g = a - 1; g >= Math.max(0, a - MAX_DELEGATION_GAP); g--) {
            Token t = tokens.get(g);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("include") || t.text().equalsIgnoreCase("alongside") || t.text().equalsIgnoreCase("among")) {
                listed = true;
            } else if (t.isVerb() || t.text().equals(".") || t.text().equals(";")) {
                return null;
            } else if (listed && t.isNoun() && delegationNouns.contains(lemma)) {
                return countryIn(tokens, modifiersStart(tokens, g), g, entities);
            } else if (countryIn(tokens, g, g + 1, entities) != null && !listed) {
                return null; // another country between the name and any delegation
            }
        }
        return null;
    }

    private static boolean onlyListBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (!w.equals(",") && !w.equalsIgnoreCase("and")) {
                return false;
            }
        }
        return from < to;
    }

    /** The words from..to in lower case as written, the last one by its lemma ("business leaders": "business leader"). */
    private static String lemmas(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            String l = k == to ? t.lemma() : t.text();
            boolean attached = k > from && tokens.get(k - 1).end() == t.start(); // "son-in-law" split into five tokens
            b.append(k > from && !attached ? " " : "").append((l == null || l.isEmpty() ? t.text() : l).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The country a mention in tokens [from, to) names, or null. */
    private static EntityRef countryIn(List<Token> tokens, int from, int to, List<Mention> entities) {
        if (from >= to) {
            return null;
        }
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        for (Mention m : entities) {
            if (m.isCountry() && m.start() < e && s < m.end()) {
                return m.ref();
            }
        }
        return null;
    }

    private static int firstToken(List<Token> tokens, int start) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= start) {
                return k;
            }
        }
        return -1;
    }

    private static int lastToken(List<Token> tokens, int end) {
        int last = -1;
        for (int k = 0; k < tokens.size() && tokens.get(k).end() <= end; k++) {
            last = k;
        }
        return last;
    }
}
