package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.nlp.Dependencies;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * What the words a frame's role reached stand for: actors (people, countries, organisations),
 * places, dates and phrases. A word is what the mention over it names; a noun without one
 * ("the leaders of Japan and Korea", "U.S. officials") stands for the actors named in its
 * modifiers; a pronoun or a group noun ("they", "the two sides") for the actors the story
 * was last about. One instance per article, used in reading order.
 */
public final class Arguments {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "we", "us", "our", "both", "each");
    private static final Set<String> MODIFIERS = Set.of("nmod", "amod", "compound", "appos", "conj", "flat", "dep");

    private final ArticleDoc d;
    private final Set<String> regionalActorNouns;
    private final Set<String> groupNouns;
    private final Set<String> venues;
    private final Set<String> naming;
    private final Set<String> personNouns;
    /** Nouns for a subject of discussion ("the issue of Taiwan"): no actor stands behind them. */
    private final Set<String> topicNouns;
    private final Lexicon lexicon;
    /** The actors the story was last about: what "they" and "the two sides" stand for. */
    private List<EntityRef> context = List.of();
    /** The main event's actors, the fallback for a group noun before any context. */
    private List<EntityRef> mainActors = List.of();

    public Arguments(ArticleDoc d, Lexicon lexicon) {
        this.d = d;
        Set<String> groups = new java.util.HashSet<>(lexicon.words("group_nouns"));
        groups.addAll(lexicon.words("person_group_nouns"));
        this.groupNouns = Set.copyOf(groups);
        this.venues = lexicon.words("venues");
        this.naming = lexicon.words("naming_verbs");
        this.personNouns = lexicon.words("person_group_nouns");
        this.topicNouns = lexicon.words("topic_nouns");
        this.regionalActorNouns = lexicon.words("regional_actor_nouns");
        this.lexicon = lexicon;
    }

    public void setContext(List<EntityRef> actors) {
        if (actors.size() >= 2) {
            context = List.copyOf(actors);
        }
    }

    /** The sides of the last two leaders named together: what "the two leaders" stands for. */
    private List<EntityRef> leaders = List.of();

    public void setLeaders(List<EntityRef> sides) {
        if (sides.size() >= 2) {
            leaders = List.copyOf(sides);
        }
    }

    public void setMainActors(List<EntityRef> actors) {
        mainActors = List.copyOf(actors);
    }

    public List<EntityRef> context() {
        return context;
    }

    /** The actors the story is about at this point: the last group named, else the main event's. */
    public List<EntityRef> groupContext() {
        return !context.isEmpty() ? context : mainActors;
    }

    /** The actors each of these words stands for, in order, without repeats. */
    public List<EntityRef> actors(int s, List<Integer> words) {
        Set<EntityRef> out = new LinkedHashSet<>();
        for (int w : words) {
            out.addAll(actors(s, w));
        }
        return new ArrayList<>(out);
    }

    /** The actors one word stands for. */
    public List<EntityRef> actors(int s, int w) {
        Sentence sentence = d.sentence(s);
        Set<EntityRef> out = new LinkedHashSet<>();
        collect(s, sentence, w, 0, out);
        if (out.stream().anyMatch(r -> r.kind() == EntityKind.COUNTRY)) {
            // "Vietnam's ruling Communist Party chief", "China's Foreign Ministry spokesman": a body of the
            // country's government is that country's side, not one of its own
            out.removeIf(r -> r.kind() == EntityKind.ORGANIZATION && governmentBody(r));
        }
        if (out.isEmpty()) {
            out.addAll(anaphor(s, sentence, w));
        }
        if (out.isEmpty() && sentence.deps() != null) {
            // "the central banks of the two countries": the group the modifier stands for
            for (Dependencies.Edge e : sentence.deps().children(w)) {
                if (e.rel().equals("nmod:of") || e.rel().equals("nmod:poss")) {
                    out.addAll(anaphor(s, sentence, e.dep()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The country written as the possessor just before a mention ("Vietnam's ruling Communist Party"), or null. */
    private EntityRef possessorCountry(int s, Sentence sentence, Mention m) {
        List<Token> ts = sentence.tokens();
        int first = -1;
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).start() >= m.start()) {
                first = k;
                break;
            }
        }
        int k = first - 1;
        for (int skipped = 0; k >= 0 && skipped < 2 && (ts.get(k).tag().startsWith("JJ") || ts.get(k).tag().equals("VBG")); skipped++) {
            k--; // "ruling", "governing"
        }
        if (k < 1 || !(ts.get(k).text().equals("'s") || ts.get(k).text().equals("\u2019s") || ts.get(k).tag().equals("POS"))) {
            return null;
        }
        Mention owner = d.mentionAt(s, ts.get(k - 1));
        return owner != null && owner.ref().kind() == EntityKind.COUNTRY ? owner.ref() : null;
    }

    /** "the Filoli estate" names a venue; "a Swiss mansion" only describes one: a proper noun besides the head word. */
    private static boolean namedBeyondAdjectives(Sentence sentence, int w) {
        int[] span = {w, w};
        properSpan(sentence, w, span, 0);
        for (int k = span[0]; k <= span[1]; k++) {
            if (k != w && sentence.tokens().get(k).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    private boolean governmentBody(EntityRef org) {
        String[] words = org.name().split("\\s+");
        String last = words[words.length - 1];
        return lexicon.words("government_heads").stream().anyMatch(h -> h.equalsIgnoreCase(last));
    }

    private void collect(int s, Sentence sentence, int w, int depth, Set<EntityRef> out) {
        Token t = sentence.tokens().get(w);
        Mention m = d.mentionAt(s, t);
        if (m != null) {
            EntityRef owner = m.ref().kind() == EntityKind.ORGANIZATION && governmentBody(m.ref()) ? possessorCountry(s, sentence, m) : null;
            if (owner != null) {
                out.add(owner); // "Argentina's ruling Justicialist Party chief": a body of Argentina's government
            } else if (isActor(m)) {
                out.add(m.ref());
            }
            return;
        }
        if (depth >= 2 || sentence.deps() == null || !t.isNoun() || topicNouns.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return;
        }
        boolean regionalActor = regionalActorNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
        for (Dependencies.Edge e : sentence.deps().children(w)) {
            if (regionalActor && REGION_LINKS.contains(e.rel())) {
                Mention region = d.mentionAt(s, sentence.tokens().get(e.dep()));
                if (region != null && region.ref().kind() == EntityKind.PLACE) {
                    // "the rebel authorities in X": a body known by its region, named after it (a place is no party)
                    out.add(new EntityRef(EntityKind.ORGANIZATION, region.ref().key(), region.ref().name()));
                }
            }
            if (MODIFIERS.contains(e.base()) && !e.rel().equals("nmod:tmod")) {
                collect(s, sentence, e.dep(), depth + 1, out);
            }
        }
    }

    private static final Set<String> REGION_LINKS = Set.of("nmod:in", "nmod:from", "nmod:of", "nmod:poss", "compound");

    private static boolean isActor(Mention m) {
        EntityKind k = m.ref().kind();
        return k == EntityKind.PERSON || k == EntityKind.COUNTRY || k == EntityKind.INTERNATIONAL_ORGANIZATION
                || k == EntityKind.ORGANIZATION;
    }

    /** "he": the last person named; "they", "the two leaders": the actors the story was last about. */
    private List<EntityRef> anaphor(int s, Sentence sentence, int w) {
        Token t = sentence.tokens().get(w);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(word)) {
            EntityRef p = lastPerson(s, t.start());
            return p == null ? List.of() : List.of(p);
        }
        boolean group = PLURAL.contains(word) || (t.isNoun() && groupNouns.contains(t.lemma().toLowerCase(Locale.ROOT))
                && t.tag().endsWith("S"));
        if (!group) {
            return List.of();
        }
        // "Japan announced radars for the Philippine navy, and the two sides agreed ...": the sides just named
        List<EntityRef> before = sidesBefore(s, t.start());
        if (t.isNoun() && !personNouns.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            // "the two countries": countries and organisations of states, not the companies named beside them
            before.removeIf(r -> r.kind() == EntityKind.ORGANIZATION);
        }
        if (before.size() >= 2) {
            return before;
        }
        if (t.isNoun() && personNouns.contains(t.lemma().toLowerCase(Locale.ROOT)) && !leaders.isEmpty()) {
            return leaders; // "the two leaders": the leaders last named together, not any two countries
        }
        return !context.isEmpty() ? context : mainActors;
    }

    /** Countries and organisations named in sentence {@code s} before an offset, people by their country. */
    private List<EntityRef> sidesBefore(int s, int offset) {
        Set<EntityRef> out = new LinkedHashSet<>();
        Set<EntityRef> ledByPeople = new java.util.HashSet<>();
        for (Mention m : d.all(s)) {
            if (m.isPerson() && d.countryOf(m) != null && d.organisationOf(m.ref()) != null) {
                ledByPeople.add(d.organisationOf(m.ref())); // "Trong, General Secretary of the Communist Party": he stands for Vietnam
            }
        }
        for (Mention m : d.all(s)) {
            if (m.end() > offset) {
                break;
            }
            if (ledByPeople.contains(m.ref())) {
                continue;
            }
            EntityRef r = m.isPerson() ? d.countryOf(m) : isActor(m) ? m.ref() : null;
            if (r != null) {
                out.add(r);
            }
        }
        return new ArrayList<>(out);
    }

    private EntityRef lastPerson(int s, int before) {
        for (int i = s; i >= Math.max(0, s - 3); i--) {
            List<Mention> ms = d.people == null ? List.of() : d.people.mentions(i);
            for (int k = ms.size() - 1; k >= 0; k--) {
                if (i < s || ms.get(k).end() <= before) {
                    return ms.get(k).ref();
                }
            }
        }
        return null;
    }

    /**
     * The place a word names: a place or capital mention, a country, or a named venue ("the
     * Filoli estate", "the retreat of Camp David"); null when it names none.
     */
    public EntityRef place(int s, int w) {
        Sentence sentence = d.sentence(s);
        Token t = sentence.tokens().get(w);
        if (isDate(s, w)) {
            return null; // "in August 2022"
        }
        Mention m = d.mentionAt(s, t);
        if (m != null) {
            EntityKind k = m.ref().kind();
            if (k == EntityKind.PLACE) {
                return m.ref();
            }
            if (k == EntityKind.COUNTRY) {
                if (m.form() == Mention.Form.CAPITAL) {
                    String city = d.article.text().substring(m.start(), m.end());
                    return new EntityRef(EntityKind.PLACE, Text.slug(city), city);
                }
                return m.form() == Mention.Form.DEMONYM ? null : m.ref();
            }
            if (k == EntityKind.ORGANIZATION && venues.contains(lastWord(m.ref().name()))) {
                return new EntityRef(EntityKind.PLACE, m.ref().key(), m.ref().name());
            }
            return null;
        }
        if (sentence.deps() == null) {
            return null;
        }
        if (venues.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            // "the presidential retreat of Camp David", "the Filoli estate"
            for (Dependencies.Edge e : sentence.deps().children(w)) {
                if (e.base().equals("nmod") || e.base().equals("appos")) {
                    EntityRef inner = place(s, e.dep());
                    if (inner != null) {
                        return inner;
                    }
                }
            }
            String name = properPhrase(sentence, w);
            if (name != null && namedBeyondAdjectives(sentence, w)) {
                return new EntityRef(EntityKind.PLACE, Text.slug(name), name);
            }
        }
        if (t.isProperNoun()) {
            String name = properPhrase(sentence, w);
            if (name != null) {
                return new EntityRef(EntityKind.PLACE, Text.slug(name), name);
            }
        }
        return null;
    }

    private static String lastWord(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }

    /**
     * The proper-noun phrase a word heads, with its compound and flat modifiers ("Camp David",
     * "Filoli estate"), or null when none of its words is capitalised.
     */
    public String properPhrase(Sentence sentence, int w) {
        int[] span = {w, w};
        properSpan(sentence, w, span, 0);
        int lo = span[0];
        int hi = span[1];
        boolean capital = false;
        for (int k = lo; k <= hi; k++) {
            capital |= sentence.tokens().get(k).isCapitalized();
        }
        if (!capital) {
            return null;
        }
        Token first = sentence.tokens().get(lo);
        Token last = sentence.tokens().get(hi);
        return Text.collapse(d.article.text().substring(first.start(), last.end()));
    }

    /** Widens {@code span} over the capitalised compound and flat modifiers below {@code w}, recursively. */
    private static void properSpan(Sentence sentence, int w, int[] span, int depth) {
        if (depth > 4) {
            return;
        }
        for (Dependencies.Edge e : sentence.deps().children(w)) {
            String b = e.base();
            if (b.equals("compound") || b.equals("flat") || (b.equals("amod") && sentence.tokens().get(e.dep()).isCapitalized())) {
                Token c = sentence.tokens().get(e.dep());
                if (c.isProperNoun() || c.isCapitalized()) {
                    span[0] = Math.min(span[0], e.dep());
                    span[1] = Math.max(span[1], e.dep());
                    properSpan(sentence, e.dep(), span, depth + 1);
                }
            }
        }
    }

    /** Lemmas of the common nouns among the sentence's words that a name contains: what an outcome is about. */
    public Set<String> nounsOf(int s, String name) {
        Set<String> out = new java.util.TreeSet<>();
        String hay = " " + name.toLowerCase(Locale.ROOT) + " ";
        for (Token t : d.sentence(s).tokens()) {
            if (t.isNoun() && !t.isProperNoun() && t.text().length() > 2 && hay.contains(" " + t.text().toLowerCase(Locale.ROOT) + " ")) {
                out.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether a word sits in a date expression. */
    public boolean isDate(int s, int w) {
        if (d.dates == null) {
            return false;
        }
        Token t = d.sentence(s).tokens().get(w);
        for (DateResolver.DateMention dm : d.dates.bySentence().get(s)) {
            if (t.start() < dm.end() && dm.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of what a frame reports when no time word of its own says: a date of the
     * sentence that belongs to the frame's clause or a clause above it; a date inside a clause
     * about something else ("contacts that China severed in August 2022") does not count. The
     * sentence's carried date when the sentence has no date at all; null otherwise.
     */
    public String clauseDate(int s, int trigger, int support) {
        if (d.dates == null) {
            return null;
        }
        Sentence sentence = d.sentence(s);
        if (sentence.deps() == null) {
            return d.date(s);
        }
        Set<Integer> above = new LinkedHashSet<>();
        for (int start : new int[] {trigger, support}) {
            int at = start;
            for (int step = 0; at >= 0 && step < 8 && above.add(at); step++) {
                int up = -1;
                for (Dependencies.Edge e : sentence.deps().heads(at)) {
                    if (e.head() >= 0) {
                        up = e.head();
                        break;
                    }
                }
                at = up;
            }
        }
        // what was agreed or done: clauses below the trigger that say its content ("agreed on Wednesday to expand")
        List<Integer> todo = new ArrayList<>(List.of(trigger));
        for (int k = 0; k < todo.size() && k < 12; k++) {
            for (Dependencies.Edge e : sentence.deps().children(todo.get(k))) {
                String r = e.rel();
                if ((r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl:to") || r.equals("acl:to") || e.base().equals("obj")) && above.add(e.dep())) {
                    todo.add(e.dep());
                }
            }
        }
        boolean any = false;
        for (DateResolver.DateMention dm : d.dates.bySentence().get(s)) {
            if (dm.role() != DateResolver.Role.POINT) {
                continue;
            }
            any = true;
            int verb = verbOf(sentence, dm);
            if (dm.value() != null && (verb < 0 || above.contains(verb) || participleOn(sentence, verb, above))) {
                return dm.value();
            }
        }
        return any ? null : d.date(s);
    }

    /**
     * "a summit ... planned for Monday", "talks held on Friday": a participle that describes the
     * event carries its date, wherever the parser hung it on the event's clause.
     */
    private static boolean participleOn(Sentence sentence, int verb, Set<Integer> clause) {
        String tag = sentence.tokens().get(verb).tag();
        if (!"VBN".equals(tag) && !"VBD".equals(tag)) {
            return false;
        }
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            if (e.base().startsWith("nsubj")) {
                return false; // a clause of its own, not a participle
            }
        }
        for (Dependencies.Edge e : sentence.deps().heads(verb)) {
            if (e.head() >= 0 && clause.contains(e.head()) && (e.base().equals("acl") || e.base().equals("dep"))) {
                return true;
            }
        }
        return false;
    }

    /** The verb a date expression modifies, or -1. */
    private static int verbOf(Sentence sentence, DateResolver.DateMention dm) {
        List<Token> ts = sentence.tokens();
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (t.start() < dm.end() && dm.start() < t.end()) {
                int at = k;
                for (int step = 0; step < 6; step++) {
                    int up = -1;
                    for (Dependencies.Edge e : sentence.deps().heads(at)) {
                        if (e.head() >= 0) {
                            up = e.head();
                            break;
                        }
                    }
                    if (up < 0) {
                        return -1;
                    }
                    if (ts.get(up).isVerb()) {
                        return up;
                    }
                    at = up;
                }
                return -1;
            }
        }
        return -1;
    }

    /** The date of a time word: the date expression it sits in, or null. */
    public String date(int s, int w) {
        if (d.dates == null) {
            return null;
        }
        Token t = d.sentence(s).tokens().get(w);
        for (DateResolver.DateMention dm : d.dates.bySentence().get(s)) {
            if (dm.value() != null && t.start() < dm.end() && dm.start() < t.end() && dm.role() == DateResolver.Role.POINT) {
                return dm.value();
            }
        }
        return null;
    }

    /**
     * A name for what a word heads: its phrase without the parties attached to it ("an
     * agreement with Malaysian counterpart Anwar Ibrahim to ..." names "agreement to ...").
     */
    public String name(int s, int w, int max) {
        Sentence sentence = d.sentence(s);
        String called = calledName(sentence, w);
        if (called != null) {
            return called;
        }
        String topic = topicName(s, w);
        if (topic != null) {
            return topic;
        }
        Set<Integer> exclude = new LinkedHashSet<>();
        for (Dependencies.Edge e : sentence.deps().children(w)) {
            String r = e.rel();
            if ((r.equals("nmod:with") || r.equals("nmod:between") || r.equals("nmod:among") || r.equals("appos") || r.equals("nmod:poss"))
                    && !actors(s, e.dep()).isEmpty()) {
                exclude.add(e.dep());
            }
        }
        String p = phrase(s, w, max, exclude);
        if (p.split("\\s+").length < 2 && sentence.tokens().get(w).isVerb()) {
            return clauseAfter(sentence, w, max); // a parse that lost the verb's object: the words of its clause
        }
        return p;
    }

    /** The words from a verb to the end of its clause (the next comma, semicolon or quotation mark). */
    private String clauseAfter(Sentence sentence, int w, int max) {
        List<Token> ts = sentence.tokens();
        int end = w;
        for (int k = w + 1; k < ts.size() && k - w < max; k++) {
            String x = ts.get(k).text();
            if (x.equals(",") || x.equals(";") || x.equals(".") || x.equals("\"") || x.equals("\u201c") || x.equals("\u201d")) {
                break;
            }
            end = k;
        }
        return Text.collapse(d.article.text().substring(ts.get(w).start(), ts.get(end).end()));
    }

    /**
     * The proper name a noun is given ("a key defense pact called the Reciprocal Access
     * Agreement"), read off the tree or, where the parse lost the link, off the words right
     * after the noun's phrase; null when none.
     */
    public String calledName(Sentence sentence, int w) {
        List<Token> ts = sentence.tokens();
        for (Dependencies.Edge e : sentence.deps().children(w)) {
            if (e.base().equals("acl") && naming.contains(ts.get(e.dep()).lemma().toLowerCase(Locale.ROOT))) {
                for (Dependencies.Edge x : sentence.deps().children(e.dep())) {
                    if ((x.base().equals("obj") || x.base().equals("xcomp") || x.base().equals("obl")) && ts.get(x.dep()).isCapitalized()) {
                        String p = properPhrase(sentence, x.dep());
                        if (p != null) {
                            return p;
                        }
                    }
                }
            }
        }
        int k = w + 1;
        if (k < ts.size() && naming.contains(ts.get(k).lemma().toLowerCase(Locale.ROOT)) && !ts.get(k).isCapitalized()) {
            k++;
            if (k < ts.size() && ts.get(k).text().equalsIgnoreCase("as")) {
                k++;
            }
            if (k < ts.size() && ts.get(k).tag().equals("DT")) {
                k++;
            }
            int start = k;
            while (k < ts.size() && (ts.get(k).isCapitalized() || ts.get(k).text().equals("-")) && k - start < 8) {
                k++;
            }
            if (k - start >= 2 || (k - start == 1 && ts.get(start).text().length() > 2)) {
                return Text.collapse(d.article.text().substring(ts.get(start).start(), ts.get(k - 1).end()));
            }
            // "known as a reciprocal access agreement": a common-noun name, up to its outcome noun
            for (int j = start; j < ts.size() && j < start + 6; j++) {
                if (ts.get(j).isNoun() && lexicon.document(ts.get(j).lemma()) != null) {
                    return Text.collapse(d.article.text().substring(ts.get(start).start(), ts.get(j).end()));
                }
                if (!ts.get(j).isNoun() && !ts.get(j).tag().startsWith("JJ")) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * "an agreement to strengthen cooperation between their coast guards" as "coast guard
     * cooperation agreement": an outcome noun named for the cooperation it is for, with the
     * cooperating bodies in front in their base form. Null when the noun has no such purpose.
     */
    public String topicName(int s, int w) {
        Sentence sentence = d.sentence(s);
        List<Token> ts = sentence.tokens();
        if (!ts.get(w).isNoun()) {
            return null;
        }
        for (int head : new int[] {w, -1}) {
            int from = head >= 0 ? head : supportOf(sentence, w);
            if (from < 0) {
                continue;
            }
            for (Dependencies.Edge e : sentence.deps().children(from)) {
                if (!(e.rel().equals("acl:to") || e.rel().equals("xcomp") || e.rel().equals("advcl:to"))) {
                    continue;
                }
                for (Dependencies.Edge o : sentence.deps().children(e.dep())) {
                    if (!o.base().equals("obj")) {
                        continue;
                    }
                    for (Dependencies.Edge m : sentence.deps().children(o.dep())) {
                        String r = m.rel();
                        if ((r.equals("nmod:between") || r.equals("nmod:among")) && !ts.get(m.dep()).isProperNoun() && actorsOf(s, m.dep()).isEmpty()) {
                            StringBuilder b = new StringBuilder();
                            for (Dependencies.Edge c : sentence.deps().children(m.dep())) {
                                if ((c.base().equals("compound") || c.base().equals("amod")) && c.dep() < m.dep()) {
                                    b.append(ts.get(c.dep()).text()).append(' '); // modifiers as written: "customs", not "custom"
                                }
                            }
                            b.append(ts.get(m.dep()).lemma()).append(' ').append(ts.get(o.dep()).lemma()).append(' ').append(ts.get(w).lemma());
                            return b.toString().toLowerCase(Locale.ROOT);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static int supportOf(Sentence sentence, int noun) {
        for (Dependencies.Edge e : sentence.deps().heads(noun)) {
            if (e.head() >= 0 && e.base().equals("obj") && sentence.tokens().get(e.head()).isVerb()) {
                return e.head();
            }
        }
        return -1;
    }

    /** Actors these words name directly, with their modifiers, without resolving pronouns or group nouns. */
    public List<EntityRef> namedActors(int s, List<Integer> words) {
        Set<EntityRef> out = new LinkedHashSet<>();
        for (int w : words) {
            out.addAll(actorsOf(s, w));
        }
        return new ArrayList<>(out);
    }

    /** Actors named directly by a word or its modifiers (no anaphora). */
    private List<EntityRef> actorsOf(int s, int w) {
        Set<EntityRef> out = new LinkedHashSet<>();
        collect(s, d.sentence(s), w, 0, out);
        return new ArrayList<>(out);
    }

    /**
     * The words of a phrase headed by {@code w}: its dependents down the tree (not its subject
     * nor clauses of their own), at most {@code max} words, as the text writes them.
     */
    public String phrase(int s, int w, int max, Set<Integer> exclude) {
        Sentence sentence = d.sentence(s);
        Dependencies deps = sentence.deps();
        Set<Integer> in = new java.util.TreeSet<>();
        Set<Integer> out = new LinkedHashSet<>(exclude);
        for (Dependencies.Edge e : deps.children(w)) {
            // "agreed on Monday in Tokyo to ...": when and where are not what was agreed
            if (e.base().equals("obl") && (isDate(s, e.dep()) || place(s, e.dep()) != null && actors(s, e.dep()).isEmpty())) {
                out.add(e.dep());
            }
        }
        java.util.BitSet verbs = new java.util.BitSet();
        java.util.BitSet nouns = new java.util.BitSet();
        List<String> words = new ArrayList<>();
        for (int k = 0; k < sentence.tokens().size(); k++) {
            verbs.set(k, sentence.tokens().get(k).isVerb());
            nouns.set(k, sentence.tokens().get(k).isNoun());
            words.add(sentence.tokens().get(k).text().toLowerCase(Locale.ROOT));
        }
        collectPhrase(deps, verbs, nouns, words, w, in, out, 0);
        List<Token> ts = sentence.tokens();
        // quotation marks and hyphens between two words of the phrase belong to it
        for (int k = 1; k + 1 < ts.size(); k++) {
            if (!in.contains(k) && isMark(ts.get(k)) && in.contains(k - 1) && (in.contains(k + 1) || ts.get(k).text().equals("-"))) {
                in.add(k);
            }
        }
        // words glued by hyphens are one word: "minister-level", "top-level", "Japanese-built"
        for (int k = 2; k < ts.size(); k++) {
            if (in.contains(k) && !in.contains(k - 2) && ts.get(k - 1).text().equals("-")
                    && ts.get(k - 1).start() == ts.get(k - 2).end() && ts.get(k - 1).end() == ts.get(k).start()) {
                in.add(k - 2);
                in.add(k - 1);
            }
        }
        List<Integer> kept = new ArrayList<>(new java.util.TreeSet<>(in));
        // at most max words, the farthest from the head dropped first
        while (kept.size() > max) {
            int first = kept.get(0);
            int last = kept.get(kept.size() - 1);
            kept.remove(Math.abs(last - w) >= Math.abs(first - w) ? kept.size() - 1 : 0);
        }
        while (kept.size() > 1 && kept.get(0) != w && isEdgeWord(ts.get(kept.get(0)))) {
            kept.remove(0);
        }
        while (kept.size() > 1 && kept.get(kept.size() - 1) != w && isEdgeWord(ts.get(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        // the words in text order; where words of other phrases sit between ("a deal with Boeing to buy"), a space
        StringBuilder b = new StringBuilder();
        int segment = -1;
        int prev = -2;
        for (int k : kept) {
            if (k != prev + 1) {
                if (segment >= 0) {
                    b.append(d.article.text(), ts.get(segment).start(), ts.get(prev).end()).append(' ');
                }
                segment = k;
            }
            prev = k;
        }
        if (segment >= 0) {
            b.append(d.article.text(), ts.get(segment).start(), ts.get(prev).end());
        }
        return balanced(Text.collapse(b.toString()));
    }

    /** A name without quotation marks that open or close nothing inside it. */
    public static String balanced(String name) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (char c : name.toCharArray()) {
            open += c == '\u201c' ? 1 : 0;
            close += c == '\u201d' ? 1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        if (open == close && straight % 2 == 0) {
            return name;
        }
        return Text.collapse(name.replaceAll("[\"\u201c\u201d]", ""));
    }

    private static final Set<String> PHRASE_STOP = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "punct", "parataxis",
            "advcl", "acl:relcl", "ccomp", "dep", "discourse", "vocative", "root", "obl:tmod", "nmod:tmod", "appos", "cc", "ref", "det:qmod");
    /** Words of the head verb that a name leaves out: "will further expand" names "expand". */
    private static final Set<String> HEAD_STOP = Set.of("aux", "aux:pass", "mark", "cop", "neg", "obl:during", "obl:after",
            "obl:before", "obl:tmod", "nmod:poss");
    /** Adverbs that say nothing about what was agreed ("also", "further"): left out of names; "annually" stays. */
    private static final Set<String> EMPTY_ADVERBS = Set.of("also", "further", "still", "now", "already", "recently", "then", "later",
            "however", "previously", "again", "too", "even", "just", "only", "finally", "instead", "meanwhile", "so", "not", "never");
    /** What a noun never governs in a well-formed phrase: such arcs are the parser's mistakes. */
    private static final Set<String> NOT_UNDER_NOUNS = Set.of("obj", "iobj", "ccomp", "xcomp");

    private static void collectPhrase(Dependencies deps, java.util.BitSet verbs, java.util.BitSet nouns, List<String> words, int w,
                                      Set<Integer> in, Set<Integer> exclude, int depth) {
        if (!in.add(w) || depth > 6) {
            return;
        }
        for (Dependencies.Edge e : deps.children(w)) {
            boolean meansOrPurpose = e.rel().equals("advcl:in") || e.rel().equals("advcl:by") || e.rel().equals("advcl:for")
                    || e.rel().equals("advcl:to");
            if (exclude.contains(e.dep()) || PHRASE_STOP.contains(e.rel()) || PHRASE_STOP.contains(e.base()) && !meansOrPurpose
                    || e.rel().startsWith("nsubj")) {
                continue;
            }
            if (e.base().equals("conj") && (depth == 0 || verbs.get(e.dep()))) {
                continue; // coordinated verbs are separate commitments; coordinated nouns one phrase ("security and economic ties")
            }
            if (e.dep() < w && e.base().equals("obl")) {
                continue; // "On Sunday, ... agreed": a fronted adjunct is not part of what was agreed
            }
            if (depth == 0 && (HEAD_STOP.contains(e.rel()) || HEAD_STOP.contains(e.base()) && !e.base().equals("obl") && !e.base().equals("nmod"))) {
                continue;
            }
            if (e.base().equals("advmod") && EMPTY_ADVERBS.contains(words.get(e.dep()))) {
                continue;
            }
            if (nouns.get(w) && NOT_UNDER_NOUNS.contains(e.base())) {
                continue;
            }
            collectPhrase(deps, verbs, nouns, words, e.dep(), in, exclude, depth + 1);
        }
    }

    private static boolean isMark(Token t) {
        String x = t.text();
        return x.equals("\"") || x.equals("\u201c") || x.equals("\u201d") || x.equals("-") || x.equals("'") || x.equals("\u2018") || x.equals("\u2019");
    }

    private static boolean isEdgeWord(Token t) {
        String x = t.text();
        return t.tag().equals("DT") || t.tag().equals("CC") || t.tag().equals("IN") || t.tag().equals("TO")
                || t.tag().equals("POS") || t.tag().equals("PRP$") || x.equals(",") || x.equals("-") || x.equals("(")
                || x.equals(")") || x.equals("\"") || x.equals("\u201c") || x.equals("\u201d") || x.equals(".");
    }

    /** The subjects of the nearest verb above a word (up to three steps): who a phrase's clause is about. */
    public static List<Integer> clauseSubjects(Dependencies deps, int w) {
        int at = w;
        for (int step = 0; step < 3; step++) {
            int up = -1;
            for (Dependencies.Edge e : deps.heads(at)) {
                if (e.head() >= 0 && !e.base().equals("conj")) {
                    up = e.head();
                    break;
                }
            }
            if (up < 0) {
                return List.of();
            }
            List<Integer> subjects = new ArrayList<>();
            for (Dependencies.Edge e : deps.children(up)) {
                if (e.rel().equals("nsubj") || e.rel().equals("nsubj:xsubj")) {
                    subjects.add(e.dep());
                }
            }
            if (!subjects.isEmpty()) {
                return subjects;
            }
            at = up;
        }
        return List.of();
    }
}
