package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.nlp.Token;

/**
 * Links the person candidates of one article to people, sentence by sentence: full names to a
 * canonical form (leaders.tsv, either name order, diacritics folded, a misspelt leader's name
 * with the office the text gives), a longer or shorter form of a name already seen ("John Quincy
 * Roe III", "John Roe") to that person, later surnames or first names (two-letter ones too:
 * "Xi") to the person already named, descriptions ("the prime minister") to the last person
 * holding that office or to the office holder on the reference date, and counterparts to the
 * office of the person "his" refers to. Keeps each person's best role. One instance per article.
 */
final class PersonResolver {
    private static final java.util.regex.Pattern SPEECH_VERB = java.util.regex.Pattern.compile("said|says|told|added|adds|stated|noted|explained|warned");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING_COMMA = java.util.regex.Pattern.compile(",$");

    /** What the article says about one person, and where it said it best. */
    static final class Person {
        final EntityRef ref;
        final List<String> words;
        /** The leaders.tsv name this person was matched to, or null. */
        String leaderName;
        /** The family name leaders.tsv gives, which may sit inside the name ("Lula" in "Luiz Inacio Lula da Silva"). */
        String familyName = "";
        /** The last word of every spelling the article wrote the full name in ("Zelensky" where leaders.tsv has "Zelenskyy"). */
        final java.util.Set<String> writtenSurnames = new java.util.HashSet<>();
        String title;
        EntityRef country;
        EntityRef org;
        int evidenceSentence;
        int score = -1;

        Person(EntityRef ref) {
            this.ref = ref;
            this.words = List.of(WHITESPACE.split(Text.fold(ref.name())));
        }
    }

    private final LeaderDirectory leaders;
    private final String date;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<List<Mention>> bySentence = new ArrayList<>();
    private final List<List<Boolean>> speakerFlags = new ArrayList<>();

    /** Titles that are descriptors ("leader"): a role only until an office is named. */
    private final java.util.function.Predicate<String> descriptor;

    PersonResolver(LeaderDirectory leaders, String referenceDate, java.util.function.Predicate<String> descriptor) {
        this.leaders = leaders;
        this.date = referenceDate;
        this.descriptor = descriptor;
    }

    /** Pre-registers the full names of the whole article so that early surnames resolve too. */
    void preRegister(List<PersonMatcher.Candidate> candidates, String originalText) {
        for (PersonMatcher.Candidate c : candidates) {
            if (c.kind() == PersonMatcher.Kind.FULL) {
                register(c.name(), originalText.substring(c.start(), c.end()), c.title(), c.country());
            }
        }
    }

    /**
     * Resolves one sentence's candidates and the bare surnames among its tokens; returns its
     * person mentions in text order.
     */
    List<Mention> resolveSentence(int index, List<PersonMatcher.Candidate> candidates, List<Token> tokens,
                                  List<Mention> entities, String originalText) {
        List<Mention> out = new ArrayList<>();
        List<Boolean> speakers = new ArrayList<>();
        candidates.sort(Comparator.comparingInt(PersonMatcher.Candidate::start));
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token t = tokens.get(ti);
            String w = Text.fold(t.text());
            if (!Text.isUpperInitial(w) || !nameSized(w) || overlapsCandidate(candidates, t.start(), t.end()) || overlaps(entities, t.start(), t.end())) {
                continue;
            }
            Token next = ti + 1 < tokens.size() ? tokens.get(ti + 1) : null;
            // a supplier: the tags it reads are computed only if shortName needs them. A word looked
            // up in leaders.tsv must be a name to the recogniser too: "Friday denounced" is a day.
            Person p = shortName(w, () -> t.isProperNoun() && t.ner().equals("PERSON") && isSubject(next));
            if (p != null) {
                out.add(new Mention(p.ref, t.start(), t.end(), Mention.Form.SHORT_NAME));
                boolean spk = next != null && SPEECH_VERB.matcher(next.text()).matches();
                speakers.add(spk);
            }
        }
        for (PersonMatcher.Candidate c : candidates) {
            Person p = switch (c.kind()) {
                case FULL -> register(c.name(), originalText.substring(c.start(), c.end()), c.title(), c.country());
                case SHORT -> shortName(c.name(), c.title() != null || c.speaker());
                case DESCRIPTION -> description(c.title(), c.country());
            };
            if (p == null) {
                continue;
            }
            String title = c.title();
            if (c.counterpart()) {
                title = counterpartTitle(out, c.start());
            }
            offer(p, title, c.country(), c.org(), index, c.kind() == PersonMatcher.Kind.DESCRIPTION);
            if (!overlaps(out, c.start(), c.end())) {
                Mention.Form form = c.kind() == PersonMatcher.Kind.FULL ? Mention.Form.NAME
                        : c.kind() == PersonMatcher.Kind.SHORT ? Mention.Form.SHORT_NAME : Mention.Form.TITLE_ONLY;
                out.add(new Mention(p.ref, c.start(), c.end(), form));
                speakers.add(c.speaker());
            } else if (c.speaker()) {
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).ref().equals(p.ref)) {
                        speakers.set(i, true);
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> out.get(i).start()));
        List<Mention> sorted = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        for (int i : order) {
            sorted.add(out.get(i));
            flags.add(speakers.get(i));
        }
        while (bySentence.size() <= index) {
            bySentence.add(List.of());
            speakerFlags.add(List.of());
        }
        bySentence.set(index, sorted);
        speakerFlags.set(index, flags);
        return sorted;
    }

    /**
     * Whether a capitalised word may be a name on its own: three letters or more, or two in
     * title case ("Xi", "Wu", "Li"), which then only ever stand for someone already named.
     */
    private static boolean nameSized(String w) {
        return w.length() >= 3 || (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1)));
    }

    private Person register(String foldedName, String surface) {
        return register(foldedName, surface, null, null);
    }

    /**
     * The person a full name refers to. A name leaders.tsv writes differently ("Bill Carter" for
     * "William J. Carter Jr.") is keyed by the leaders.tsv name, so every article's spelling meets
     * in one person, but shown as the article writes it.
     */
    private Person register(String foldedName, String surface, String office, EntityRef country) {
        String canonical = leaders.canonical(foldedName);
        String display = canonical != null ? canonical : cleanSurface(surface);
        String leaderName = canonical;
        if (canonical == null) {
            String iso = country == null ? null : country.key();
            leaderName = leaders.looseMatch(Text.fold(display), office, iso, date);
            if (leaderName == null) {
                leaderName = leaders.misspelt(Text.fold(display), office, iso, date);
                display = leaderName != null ? leaderName : display;
            }
        }
        String key = Text.slug(leaderName != null ? leaderName : PatronymicNames.shortForm(display));
        Person p = people.get(key);
        if (p == null) {
            for (Person q : people.values()) {
                if (q.ref.name().endsWith(" " + display) || Text.fold(q.ref.name()).equals(Text.fold(display))
                        || sameGivenAndFamilyName(q.words, WHITESPACE.split(Text.fold(display)))) {
                    return q;
                }
            }
            p = new Person(new EntityRef(EntityKind.PERSON, key, display));
            p.leaderName = leaderName;
            p.familyName = leaderName == null ? "" : leaders.familyName(leaderName);
            people.put(key, p);
        }
        String[] written = WHITESPACE.split(Text.fold(cleanSurface(surface)).strip());
        if (written.length >= 2) {
            p.writtenSurnames.add(written[written.length - 1]);
        }
        return p;
    }

    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("(?:Jr|Sr)\\.?|I{2,3}|IV");

    /**
     * "John Quincy Roe III" and "John Roe": the same first and last name (without a generational
     * suffix), one of them with middle names the other leaves out.
     */
    static boolean sameGivenAndFamilyName(List<String> a, String[] b) {
        List<String> x = withoutGeneration(a);
        List<String> y = withoutGeneration(List.of(b));
        if (x.size() < 2 || y.size() < 2 || x.size() == y.size()) {
            return false;
        }
        return x.get(0).equals(y.get(0)) && x.get(x.size() - 1).equals(y.get(y.size() - 1));
    }

    private static List<String> withoutGeneration(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String c = TRAILING_COMMA.matcher(w).replaceAll("");
            if (!GENERATION.matcher(c).matches()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String cleanSurface(String s) {
        return Text.collapse(TRAILING_COMMA.matcher(s).replaceAll(""));
    }

    /** Whether the word before {@code next} is its subject or possessor: "X said", "X's". */
    private static boolean isSubject(Token next) {
        return next != null && (next.pos().equals("VERB") || next.pos().equals("AUX") || next.text().equals("'s") || next.text().equals("\u2019s"));
    }

    private Person shortName(String word, boolean confident) {
        return shortName(word, () -> confident);
    }

    /** A single name word: a person already named, else (when confident) the one leader of that surname. */
    private Person shortName(String word, java.util.function.BooleanSupplier confident) {
        Person found = null;
        for (Person p : people.values()) {
            boolean last = p.words.get(p.words.size() - 1).equals(word);
            boolean first = p.words.size() > 1 && p.words.get(0).equals(word);
            boolean family = word.equals(p.familyName) || p.writtenSurnames.contains(word);
            if (last || first || family) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        // the cheap tests first: asking whether the caller is confident may tag the sentence
        if (found == null && word.length() >= 4 && leaders.hasSurname(word) && confident.getAsBoolean()) {
            LeaderDirectory.Leader l = leaders.bySurname(word, date);
            if (l != null) {
                found = register(l.name(), l.name());
            }
        }
        return found;
    }

    /** "the prime minister": the last person named with that office, else its holder on the date. */
    private Person description(String office, EntityRef country) {
        Person best = null;
        for (Person p : people.values()) {
            if (p.title != null && p.title.equalsIgnoreCase(office) && (country == null || country.equals(p.country))) {
                best = p;
            }
        }
        if (best == null && country != null) {
            LeaderDirectory.Leader l = leaders.holder(office, country.key(), date);
            if (l != null) {
                best = register(l.name(), l.name());
            }
        }
        return best;
    }

    /** "his counterpart" holds the office of the person named before it in the sentence. */
    private String counterpartTitle(List<Mention> mentions, int at) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.end() <= at) {
                before.add(m);
            }
        }
        before.sort(Comparator.comparingInt(Mention::start));
        for (int i = before.size() - 1; i >= 0; i--) {
            Person p = people.get(before.get(i).ref().key());
            if (p != null && p.title != null) {
                return p.title;
            }
        }
        Person last = null;
        for (Person p : people.values()) {
            if (p.title != null) {
                last = p;
            }
        }
        return last == null ? null : last.title;
    }

    /**
     * Keeps what the best statement about a person says: an office with its country or
     * organisation beats an office alone, which beats a country alone. A descriptor ("Chinese
     * leader X") gives its country but counts as no office: it is the title only while the
     * person has none.
     */
    private void offer(Person p, String title, EntityRef country, EntityRef org, int sentence, boolean weak) {
        boolean descriptive = title != null && descriptor.test(title);
        int score = weak ? 0 : (title != null && !descriptive ? 2 : 0) + (country != null || org != null ? 1 : 0);
        if (!weak && descriptive && (p.title == null || descriptor.test(p.title))) {
            p.title = title;
        }
        if (weak && title != null && p.title == null) {
            p.title = title; // "the UK prime minister": whoever it stands for holds that office
        }
        if (score > p.score) {
            if (title != null && !weak && !descriptive) {
                p.title = title;
            }
            if (country != null) {
                p.country = country;
            }
            if (org != null) {
                p.org = org;
            }
            p.evidenceSentence = sentence;
            p.score = score;
        } else {
            if (p.country == null && country != null) {
                p.country = country;
            }
            if (p.org == null && org != null) {
                p.org = org;
            }
        }
    }

    /** Fills office and country from leaders.tsv where the article left them out. */
    void completeFromLeaders(EntityGazetteer gazetteer) {
        for (Person p : people.values()) {
            LeaderDirectory.Leader l = leaders.leader(p.leaderName != null ? p.leaderName : p.ref.name(), date);
            if (l == null) {
                continue;
            }
            if (p.country == null && (p.title == null || oneOfOffices(p.title, l.title()))) {
                p.country = gazetteer.country(l.iso());
            }
            // the office held on the article's date: with no date known, no office is
            if ((p.title == null || descriptor.test(p.title)) && date != null && l.activeOn(date)) {
                p.title = l.title();
            }
        }
    }

    /**
     * Whether the office the text gives is the leader's office, or one of the offices leaders.tsv
     * lists together for them ("Crown Prince" of "Prime Minister Crown Prince").
     */
    static boolean oneOfOffices(String title, String leaderTitle) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        String l = " " + leaderTitle.toLowerCase(java.util.Locale.ROOT).replace('-', ' ') + " ";
        return t.equals(leaderTitle.toLowerCase(java.util.Locale.ROOT)) || l.contains(" " + t.replace('-', ' ') + " ");
    }

    /**
     * An office named without its country ("Prime Minister X", "Finance Minister Y told
     * Parliament"): the country of the person reporting it in the same sentence ("Z said Prime
     * Minister X would travel"), else the dateline's country when nobody else in the article
     * holds that office there. Organisation officials and people with a country keep theirs.
     */
    private static final java.util.regex.Pattern NATIONAL_OFFICE = java.util.regex.Pattern.compile("(?i)\\b(?:minister|president|premier|chancellor|secretary|king|queen|emir)\\b");
    private static final java.util.regex.Pattern NOT_NATIONAL = java.util.regex.Pattern.compile("(?i)secretary[- ]general|\\bambassador|\\bgovernor|\\bmayor|\\bchair|commissioner|director|\\bvice president\\b.*\\bfor\\b|\\bto\\b");

    void completeFromContext(EntityRef datelineCountry) {
        for (Person p : people.values()) {
            if (p.title == null || p.country != null || p.org != null) {
                continue;
            }
            EntityRef found = null;
            for (int i = 0; i < bySentence.size() && found == null; i++) {
                List<Mention> ms = bySentence.get(i);
                boolean here = ms.stream().anyMatch(m -> m.ref().equals(p.ref));
                if (!here) {
                    continue;
                }
                for (int k = 0; k < ms.size(); k++) {
                    Person q = people.get(ms.get(k).ref().key());
                    if (q != null && q != p && q.country != null && isSpeaker(i, k)) {
                        found = q.country;
                        break;
                    }
                }
            }
            if (found == null && datelineCountry != null && NATIONAL_OFFICE.matcher(p.title).find() && !NOT_NATIONAL.matcher(p.title).find()) {
                boolean taken = false;
                for (Person q : people.values()) {
                    if (q != p && datelineCountry.equals(q.country) && p.title.equalsIgnoreCase(q.title)) {
                        taken = true;
                    }
                }
                found = taken ? null : datelineCountry;
            }
            p.country = found;
        }
    }

    Map<String, Person> people() {
        return people;
    }

    Person person(EntityRef ref) {
        return ref == null ? null : people.get(ref.key());
    }

    List<Mention> mentions(int sentence) {
        return sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }

    /** Whether the person mention at position k of the sentence is the subject of a speech verb. */
    boolean isSpeaker(int sentence, int k) {
        return sentence < speakerFlags.size() && k < speakerFlags.get(sentence).size() && speakerFlags.get(sentence).get(k);
    }

    private static boolean overlapsCandidate(List<PersonMatcher.Candidate> cs, int s, int e) {
        for (PersonMatcher.Candidate c : cs) {
            if (c.kind() != PersonMatcher.Kind.DESCRIPTION && s < c.end() && c.start() < e) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Mention> ms, int s, int e) {
        for (Mention m : ms) {
            if (s < m.end() && m.start() < e) {
                return true;
            }
        }
        return false;
    }
}
