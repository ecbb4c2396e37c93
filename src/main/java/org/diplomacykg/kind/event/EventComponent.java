package org.diplomacykg.kind.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomacykg.extract.Arguments;
import org.diplomacykg.extract.ArticleDoc;
import org.diplomacykg.extract.Component;
import org.diplomacykg.extract.Gazetteers;
import org.diplomacykg.extract.Mention;
import org.diplomacykg.extract.Text;
import org.diplomacykg.extract.frame.Frame;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.nlp.Dependencies;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Events of one article, from its event frames (meet, talks, visit, host, summit) and from
 * outcomes two leaders of different countries reached together (they met to reach them). Every
 * frame becomes a draft with its actors, place and date; drafts that describe the same real
 * meeting (the same sides, a compatible day and place) are one event, whatever word each
 * sentence used for it: a visit and the talks held during it, a summit and its opening. A
 * meeting held on the sidelines of the article's summit is part of it.
 */
public final class EventComponent implements Component {
    static final String NAME = "events";
    private final Gazetteers g;
    private final Lexicon lexicon;
    /** Outcome frames one party carries out alone (words/one_way_frames.tsv): they imply no meeting. */
    private final Set<String> oneWayFrames;
    private final Set<String> sidelines;
    private final Set<String> genericModifiers;
    private final Set<String> excludedModifiers;
    private final Set<String> groupNouns;
    private final Set<String> irrealisWords;

    public EventComponent(Gazetteers g) {
        this.g = g;
        this.lexicon = g.lexicon();
        this.oneWayFrames = g.lexicon().words("one_way_frames");
        this.sidelines = g.lexicon().words("sidelines");
        this.genericModifiers = g.lexicon().words("generic_event_modifiers");
        this.excludedModifiers = g.lexicon().words("excluded_event_modifiers");
        this.groupNouns = g.lexicon().words("group_nouns");
        this.irrealisWords = g.lexicon().words("irrealis");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** An event as the sentences describe it so far. */
    static final class Draft {
        final Set<String> frames = new LinkedHashSet<>();
        final Set<EntityRef> actors = new LinkedHashSet<>();
        EntityRef visitor;
        EntityRef destination;
        EntityRef host;
        EntityRef place;
        String date;
        String endDate;
        String name;
        int sentence;
        int mentions = 1;
        boolean sideline;
        /** "the talks", "their meeting": a noun that refers back to an event already told. */
        boolean anaphoric;
        /** What the event marks: "50th anniversary". */
        String occasion;
        String id;
        String partOf;

        boolean is(String frame) {
            return frames.contains(frame);
        }
    }

    @Override
    public void process(ArticleDoc d) {
        Arguments args = new Arguments(d, lexicon);
        List<Draft> drafts = new ArrayList<>();
        for (Frame f : d.frames()) {
            Draft draft = f.def().isEvent() ? fromEventFrame(d, args, f) : fromOutcomeFrame(d, args, f);
            if (draft != null) {
                args.setContext(sides(d, draft.actors));
                drafts.add(draft);
            }
        }
        List<Draft> events = merge(d, drafts);
        int n = 1;
        for (Draft e : events) {
            e.id = "event-" + n++;
        }
        Draft main = events.stream().filter(e -> e.is("summit")).max(java.util.Comparator.comparingInt(e -> e.mentions)).orElse(null);
        List<Integer> sidelineSentences = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (mentionsSidelines(d.sentence(i))) {
                sidelineSentences.add(i);
            }
        }
        for (Draft e : events) {
            // "On Saturday, on the sidelines of the summit, Kishida held a series of bilateral talks": the meetings told next
            boolean beside = e.sideline || sidelineSentences.stream().anyMatch(i -> i <= e.sentence && e.sentence - i <= 4);
            if (main != null && e != main && beside && !e.is("summit")) {
                e.partOf = main.id;
            }
        }
        Draft first = events.stream().max(java.util.Comparator.comparingInt((Draft e) -> e.mentions)).orElse(null);
        if (first != null && first.date == null && first.sentence <= 3 && d.dates() != null && d.dates().referenceDate() != null
                && !d.dates().printedDateContradicted()) {
            // the story's main event happened on the day its lead dates it ("India and Brazil on Tuesday set a
            // target ..."), else on the day its text is dated
            String lead = null;
            for (int i = 0; i <= Math.min(1, d.size() - 1) && lead == null; i++) {
                String own = d.dates().own().get(i);
                lead = own != null && own.length() == 10 ? own : null;
            }
            first.date = lead != null ? lead : d.dates().referenceDate();
        }
        if (first != null && first.place == null && d.article().datelinePlace() != null && !d.article().datelinePlace().isBlank()) {
            String p = Text.collapse(d.article().datelinePlace());
            first.place = new EntityRef(EntityKind.PLACE, Text.slug(p), p);
        }
        for (Draft e : events) {
            d.add(EventKind.INSTANCE, build(d, e));
        }
    }

    private Draft fromEventFrame(ArticleDoc d, Arguments args, Frame f) {
        int s = f.sentence();
        Sentence sentence = d.sentence(s);
        Token trigger = sentence.tokens().get(f.trigger());
        if (generic(sentence, f) || startedByOutcome(sentence, f) || excluded(sentence, f) || unnamedCounterparts(d, args, sentence, f)) {
            return null;
        }
        Draft e = new Draft();
        e.frames.add(f.def().name());
        e.sentence = s;
        boolean bilateral = bilateral(sentence, f.trigger());
        List<EntityRef> agents = args.actors(s, f.role("agent"));
        // "a bilateral leaders' meeting": the leaders are the two sides, not the group the story was about
        List<EntityRef> counterparts = bilateral ? args.namedActors(s, f.role("counterpart")) : args.actors(s, f.role("counterpart"));
        List<EntityRef> parties = args.actors(s, f.role("party"));
        if (agents.isEmpty() && parties.isEmpty() && !counterparts.isEmpty()) {
            // "Biden declared at the start of the meeting with Yoon and Kishida": the clause's subject took part
            agents = args.actors(s, Arguments.clauseSubjects(sentence.deps(), f.trigger()));
            if (agents.isEmpty()) {
                agents = otherPerson(d, s, counterparts); // "When meeting with X, Y promised ...", however it was parsed
            }
        }
        e.actors.addAll(agents);
        e.actors.addAll(parties);
        e.actors.addAll(counterparts);
        if (bilateral && e.actors.isEmpty()) {
            e.actors.addAll(args.actors(s, Arguments.clauseSubjects(sentence.deps(), f.trigger())));
        }
        if (sides(d, e.actors).size() == 1 && bilateral) {
            // "at a bilateral leaders' meeting, Kishida pledged to provide Malaysia ...": the one other country named
            Set<EntityRef> others = new LinkedHashSet<>();
            for (Mention m : d.all(s)) {
                EntityRef c = m.isPerson() ? d.countryOf(m) : m.isCountry() && m.form() != Mention.Form.DEMONYM ? m.ref() : null;
                if (c != null && !sides(d, e.actors).contains(c)) {
                    others.add(c);
                }
            }
            if (others.size() == 1) {
                e.actors.addAll(others);
            }
        }
        for (int w : f.role("destination")) {
            EntityRef dest = destination(d, args, s, w);
            if (dest != null) {
                e.destination = dest;
                if (dest.kind() == EntityKind.COUNTRY) {
                    e.actors.add(dest);
                } else if (e.place == null) {
                    e.place = dest;
                }
                break;
            }
        }
        String frame = f.def().name();
        if (frame.equals("visit") || frame.equals("host")) {
            e.visitor = firstPerson(frame.equals("visit") ? agents : counterparts);
            if (e.visitor == null) {
                return null; // "welcomes more Chinese companies to invest": a visit is made by people
            }
            EntityRef hostActor = frame.equals("visit") ? first(counterparts) : first(agents);
            e.host = hostActor == null ? null : country(d, hostActor);
            if (e.host == null && e.destination != null) {
                e.host = e.destination.kind() == EntityKind.COUNTRY ? e.destination : g.countryOfCapital(e.destination.name());
            }
            if (e.host != null) {
                e.actors.add(e.host);
            }
        }
        if (e.place == null && e.destination != null && e.destination.kind() == EntityKind.COUNTRY) {
            e.place = e.destination; // "visited Vietnam": the visit took place there
        }
        for (int w : f.role("place")) {
            EntityRef p = args.place(s, w);
            if (p != null && (e.place == null || e.place.kind() == EntityKind.COUNTRY)) {
                e.place = p;
            }
        }
        e.date = date(d, args, f);
        if (plannedNoun(sentence, f) || irrealis(sentence, f) && !hasOwnDate(args, f) && (d.dates() == null || d.dates().own().get(s) == null)
                && !(frame.equals("summit") && summitName(d, args, f, trigger) != null)) {
            return null; // "will meet his counterpart when one is named", "will next head to Malaysia": not (yet) an event
        }
        if (frame.equals("summit")) {
            e.name = summitName(d, args, f, trigger);
        }
        e.sideline = mentionsSidelines(sentence);
        e.anaphoric = definite(sentence, f.trigger());
        e.occasion = anniversary(sentence);
        return e;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /** "The summit marks the 50th anniversary of ...": the occasion, as "50th anniversary". */
    private static String anniversary(Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 0; k + 1 < ts.size(); k++) {
            if (ORDINAL.matcher(ts.get(k).text()).matches() && ts.get(k + 1).lemma().equalsIgnoreCase("anniversary")) {
                return ts.get(k).text() + " anniversary";
            }
        }
        return null;
    }

    /** "bilateral talks", "a bilateral leaders' meeting". */
    private static boolean bilateral(Sentence sentence, int w) {
        if (hasModifier(sentence, w, "bilateral")) {
            return true;
        }
        for (Dependencies.Edge e : sentence.deps().children(w)) {
            if (e.base().equals("compound") && hasModifier(sentence, e.dep(), "bilateral")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasModifier(Sentence sentence, int w, String word) {
        for (Dependencies.Edge e : sentence.deps().children(w)) {
            if (e.base().equals("amod") && sentence.tokens().get(e.dep()).lemma().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean definite(Sentence sentence, int noun) {
        if (!sentence.tokens().get(noun).isNoun()) {
            return false;
        }
        for (Dependencies.Edge e : sentence.deps().children(noun)) {
            String w = sentence.tokens().get(e.dep()).text().toLowerCase(Locale.ROOT);
            if (e.base().equals("det") && (w.equals("the") || w.equals("this") || w.equals("these"))
                    || e.rel().equals("nmod:poss") && (w.equals("their") || w.equals("its"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X and his Malaysian counterpart Y signed a deal": a leader who reaches an outcome together
     * with the leader or government of another country met them.
     */
    private static final String SIGNING = "sign";

    private Draft fromOutcomeFrame(ArticleDoc d, Arguments args, Frame f) {
        if (oneWayFrames.contains(f.def().name())) {
            return null;
        }
        int s = f.sentence();
        List<EntityRef> people = new ArrayList<>();
        Set<EntityRef> countries = new LinkedHashSet<>();
        List<EntityRef> actors = new ArrayList<>(args.actors(s, f.role("agent")));
        actors.addAll(args.actors(s, f.role("counterpart")));
        for (EntityRef r : actors) {
            if (r.kind() == EntityKind.PERSON) {
                people.add(r);
            }
            EntityRef c = country(d, r);
            if (c != null && c.kind() == EntityKind.COUNTRY) {
                countries.add(c);
            }
        }
        EntityRef place = null;
        for (int w : f.role("place")) {
            EntityRef p = args.place(s, w);
            if (p != null && p.kind() != EntityKind.COUNTRY) {
                place = p; // "agreed in Rabat on Wednesday": where they met
                break;
            }
        }
        boolean signedThere = place != null && SIGNING.equals(f.def().name());
        if (countries.size() < 2 && signedThere) {
            // "the government and the rebels signed the deal in Lome": a signing in a named city or
            // venue brings the signatories together, whether they are states, movements or envoys
            // whose country the article leaves unsaid (they then stand for themselves)
            countries.clear();
            countries.addAll(g.sides(d, new LinkedHashSet<>(actors)));
        }
        if ((people.isEmpty() && !signedThere) || countries.size() < 2) {
            return null;
        }
        Draft e = new Draft();
        e.frames.add("meet");
        e.sentence = s;
        e.actors.addAll(people);
        e.actors.addAll(countries);
        e.place = place;
        e.date = date(d, args, f);
        e.sideline = mentionsSidelines(d.sentence(s));
        return e;
    }

    /**
     * Whether the frame reports an event only planned, expected or possible: a modal on its verb
     * ("will meet"), a verb of intention above it ("plans to visit", "hopes to ... at a summit"),
     * or "next".
     */
    private boolean irrealis(Sentence sentence, Frame f) {
        if (plannedNoun(sentence, f)) {
            return true;
        }
        int verb = sentence.tokens().get(f.trigger()).isVerb() ? f.trigger() : f.support();
        if (verb < 0) {
            return false;
        }
        Dependencies deps = sentence.deps();
        for (int at = verb, step = 0; at >= 0 && step < 3; step++) {
            for (Dependencies.Edge e : deps.children(at)) {
                String w = sentence.tokens().get(e.dep()).lemma().toLowerCase(Locale.ROOT);
                if ((e.base().equals("aux") || e.base().equals("advmod")) && irrealisWords.contains(w)) {
                    return true;
                }
            }
            int up = -1;
            for (Dependencies.Edge e : deps.heads(at)) {
                if (e.head() >= 0 && (e.base().equals("xcomp") || e.base().equals("ccomp"))) {
                    up = e.head();
                }
            }
            if (up >= 0 && irrealisWords.contains(sentence.tokens().get(up).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            at = up;
        }
        return false;
    }

    /** "their next summit", "an upcoming visit": an event noun that names a plan. */
    private boolean plannedNoun(Sentence sentence, Frame f) {
        if (!sentence.tokens().get(f.trigger()).isNoun()) {
            return false;
        }
        for (Dependencies.Edge e : sentence.deps().children(f.trigger())) {
            if (e.base().equals("amod") && irrealisWords.contains(sentence.tokens().get(e.dep()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOwnDate(Arguments args, Frame f) {
        for (int w : f.role("time")) {
            if (args.date(f.sentence(), w) != null) {
                return true;
            }
        }
        return false;
    }

    /** "annual summits", "a series of bilateral talks", "agreed to hold regular meetings": no one event. */
    private boolean generic(Sentence sentence, Frame f) {
        Dependencies deps = sentence.deps();
        Token t = sentence.tokens().get(f.trigger());
        if (!t.isNoun()) {
            return false;
        }
        for (Dependencies.Edge e : deps.children(f.trigger())) {
            String w = sentence.tokens().get(e.dep()).lemma().toLowerCase(Locale.ROOT);
            if ((e.base().equals("amod") || e.base().equals("advmod")) && genericModifiers.contains(w)) {
                return true;
            }
        }
        for (Dependencies.Edge e : deps.heads(f.trigger())) {
            if (e.head() >= 0 && e.rel().equals("nmod:of") && genericModifiers.contains(sentence.tokens().get(e.head()).lemma().toLowerCase(Locale.ROOT))) {
                return true; // "a series of talks"
            }
        }
        return false;
    }

    /** "agreed to start talks", "launched negotiations": talks being set up are an outcome, not a meeting. */
    private boolean startedByOutcome(Sentence sentence, Frame f) {
        if (!sentence.tokens().get(f.trigger()).isNoun() || f.support() < 0) {
            return false;
        }
        var outer = lexicon.trigger(sentence.tokens().get(f.support()));
        if (outer == null || outer.isEvent()) {
            return false;
        }
        for (Dependencies.Edge e : sentence.deps().children(f.support())) {
            if (e.dep() == f.trigger() && e.base().equals("obj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "bilateral talks between Japan and ASEAN countries", "met African leaders": the other side
     * is several countries the text does not name, so there is no one meeting to record.
     */
    private boolean unnamedCounterparts(ArticleDoc d, Arguments args, Sentence sentence, Frame f) {
        String frame = f.def().name();
        if (frame.equals("summit")) {
            return false;
        }
        List<Integer> sides = new ArrayList<>(f.role("counterpart"));
        sides.addAll(f.role("agent"));
        for (int w : sides) {
            Token t = sentence.tokens().get(w);
            if (t.isNoun() && !t.isProperNoun() && t.tag().endsWith("S") && groupNouns.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && args.actors(f.sentence(), w).stream().noneMatch(a -> a.kind() == EntityKind.COUNTRY || a.kind() == EntityKind.PERSON)) {
                return true; // "ASEAN countries", "African leaders": members the text does not name
            }
        }
        return false;
    }

    /** "a joint news conference": not a diplomatic event. */
    private boolean excluded(Sentence sentence, Frame f) {
        for (Dependencies.Edge e : sentence.deps().children(f.trigger())) {
            if ((e.base().equals("compound") || e.base().equals("amod"))
                    && excludedModifiers.contains(sentence.tokens().get(e.dep()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsSidelines(Sentence s) {
        for (Token t : s.tokens()) {
            if (sidelines.contains(t.lemma().toLowerCase(Locale.ROOT)) || sidelines.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private EntityRef destination(ArticleDoc d, Arguments args, int s, int w) {
        for (EntityRef a : args.actors(s, w)) {
            if (a.kind() == EntityKind.COUNTRY || a.kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                return a;
            }
        }
        return args.place(s, w);
    }

    private String date(ArticleDoc d, Arguments args, Frame f) {
        for (int w : f.role("time")) {
            String v = args.date(f.sentence(), w);
            if (v != null) {
                return v;
            }
        }
        return args.clauseDate(f.sentence(), f.trigger(), f.support());
    }

    /**
     * A summit's own name: the capitalised name the trigger belongs to ("ASEAN-Japan
     * Commemorative Summit Meeting"), or what it is held for ("a summit for the Asian Zero
     * Emission Community initiative"); null when the text gives none.
     */
    private String summitName(ArticleDoc d, Arguments args, Frame f, Token trigger) {
        Sentence s = d.sentence(f.sentence());
        for (Dependencies.Edge e : s.deps().heads(f.trigger())) {
            // "the Group of 20 summit" parsed as "Group" of "summit": the organisation above names it
            if (e.head() >= 0 && e.rel().equals("nmod:of")) {
                Mention m = d.mentionAt(f.sentence(), s.tokens().get(e.head()));
                if (m != null && m.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                    return d.article().text().substring(m.start(), m.end()) + " summit";
                }
            }
        }
        if (trigger.isCapitalized() && f.trigger() > 0) {
            String p = args.properPhrase(s, f.trigger());
            if (p != null && p.contains(" ")) {
                return p;
            }
        }
        for (Dependencies.Edge e : s.deps().children(f.trigger())) {
            if (e.rel().equals("nmod:for") || e.rel().equals("nmod:of")) {
                Token head = s.tokens().get(e.dep());
                String p = args.properPhrase(s, e.dep());
                if (p != null && args.actors(f.sentence(), e.dep()).isEmpty() && head.isCapitalized() || p != null && !head.isCapitalized()) {
                    return p.replaceAll("(?i)\\s+initiative$", "") + " summit";
                }
            }
        }
        // "a summit attended by the Asia Zero Emission Community leaders": the body its members make up
        for (Dependencies.Edge e : s.deps().children(f.trigger())) {
            if (!e.base().equals("acl")) {
                continue;
            }
            for (Dependencies.Edge by : s.deps().children(e.dep())) {
                Token members = s.tokens().get(by.dep());
                if (by.rel().equals("obl:by") && !members.isCapitalized() && members.isNoun() && !namesKnownBody(d, f.sentence(), by.dep())) {
                    String p = args.properPhrase(s, by.dep());
                    if (p != null && p.endsWith(members.text()) && p.length() > members.text().length()) {
                        return p.substring(0, p.length() - members.text().length()).trim() + " summit";
                    }
                }
            }
        }
        return null;
    }

    /** "ASEAN leaders", "Japanese leaders": the words before the noun name a body the gazetteers know. */
    private static boolean namesKnownBody(ArticleDoc d, int s, int noun) {
        Sentence sentence = d.sentence(s);
        for (Dependencies.Edge e : sentence.deps().children(noun)) {
            if ((e.base().equals("compound") || e.base().equals("amod")) && d.mentionAt(s, sentence.tokens().get(e.dep())) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sides of an event: countries and organisations, people counted by their country. */
    List<EntityRef> sides(ArticleDoc d, Set<EntityRef> actors) {
        return g.sides(d, actors);
    }

    private EntityRef country(ArticleDoc d, EntityRef a) {
        return g.sideOf(d, a);
    }

    /** Dates that may be the same day: equal, one missing, or one a prefix of the other (2023-11, 2023-11-15). */
    static boolean datesCompatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    /** The one person a sentence names besides these, if exactly one. */
    private static List<EntityRef> otherPerson(ArticleDoc d, int s, List<EntityRef> known) {
        Set<EntityRef> others = new LinkedHashSet<>();
        for (Mention m : d.personMentions(s)) {
            if (!known.contains(m.ref())) {
                others.add(m.ref());
            }
        }
        return others.size() == 1 ? new ArrayList<>(others) : List.of();
    }

    private static EntityRef firstPerson(List<EntityRef> refs) {
        for (EntityRef r : refs) {
            if (r.kind() == EntityKind.PERSON) {
                return r;
            }
        }
        return null;
    }

    private static EntityRef first(List<EntityRef> refs) {
        return refs.isEmpty() ? null : refs.get(0);
    }

    // ---- one event per real meeting ----

    private List<Draft> merge(ArticleDoc d, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft x : drafts) {
            if (!enoughSides(d, x)) {
                continue;
            }
            Draft into = null;
            for (Draft y : out) {
                if (same(d, x, y)) {
                    into = y;
                    break;
                }
            }
            if (into == null && x.anaphoric) {
                // "Spain's ambassador attended the talks": the talks told before, with one more participant
                for (int k = out.size() - 1; k >= 0 && into == null; k--) {
                    Draft y = out.get(k);
                    List<EntityRef> shared = new ArrayList<>(sides(d, x.actors));
                    shared.retainAll(sides(d, y.actors));
                    if (!shared.isEmpty() && datesCompatible(x.date, y.date) && x.is("summit") == y.is("summit")) {
                        into = y;
                    }
                }
            }
            if (into == null) {
                out.add(x);
            } else {
                absorb(into, x);
            }
        }
        // a summit named by no one and with no sides of its own is the article's summit
        List<Draft> anonymous = new ArrayList<>();
        for (Draft x : drafts) {
            if (!enoughSides(d, x) && x.is("summit") && x.name == null) {
                anonymous.add(x);
            }
        }
        Draft main = out.stream().filter(e -> e.is("summit")).findFirst()
                .orElse(out.stream().max(java.util.Comparator.comparingInt((Draft e) -> e.mentions)).orElse(null));
        if (main != null && !main.is("summit") && sides(d, main.actors).size() < 2) {
            main = null;
        }
        for (Draft x : anonymous) {
            if (main != null && datesCompatible(main.date, x.date)) {
                absorb(main, x);
            }
        }
        return out;
    }

    /** A meeting needs two sides; a visit a visitor and where they went; a summit a name or a side. */
    private boolean enoughSides(ArticleDoc d, Draft x) {
        int sides = sides(d, x.actors).size();
        if (x.is("summit")) {
            return x.name != null || sides >= 2 || x.actors.stream().anyMatch(a -> a.kind() == EntityKind.INTERNATIONAL_ORGANIZATION);
        }
        if (x.is("visit") || x.is("host")) {
            return x.visitor != null && (x.destination != null || x.host != null || sides >= 2);
        }
        return sides >= 2;
    }

    private boolean same(ArticleDoc d, Draft x, Draft y) {
        if (x.sentence == y.sentence && (x.is("visit") || y.is("visit")) && x.visitor != null | y.visitor != null) {
            EntityRef visitor = x.visitor != null ? x.visitor : y.visitor;
            Draft other = x.visitor != null ? y : x;
            if (other.actors.contains(visitor)) {
                return true; // "visited Accra last week and met President X": the meeting is part of the visit
            }
        }
        if (x.name != null && y.name != null && !x.name.equalsIgnoreCase(y.name)) {
            return false;
        }
        if (!datesCompatible(x.date, y.date) && !closeDays(x, y)) {
            return false;
        }
        Set<EntityRef> pa = new LinkedHashSet<>(x.actors);
        pa.removeIf(r -> r.kind() != EntityKind.PERSON);
        Set<EntityRef> pb = new LinkedHashSet<>(y.actors);
        pb.removeIf(r -> r.kind() != EntityKind.PERSON);
        if (!pa.isEmpty() && !pb.isEmpty() && pa.stream().noneMatch(pb::contains)) {
            return false; // the same countries met through other people: another meeting
        }
        Set<EntityRef> a = new LinkedHashSet<>(sides(d, x.actors));
        Set<EntityRef> b = new LinkedHashSet<>(sides(d, y.actors));
        if (a.size() >= 2 && a.equals(b)) {
            return true; // the same sides on a compatible day: one meeting, however each sentence places it
        }
        if (x.place != null && y.place != null && !samePlace(x.place, y.place)) {
            return false;
        }
        Set<EntityRef> small = a.size() <= b.size() ? a : b;
        Set<EntityRef> large = small == a ? b : a;
        return small.size() >= 2 && large.containsAll(small) && (small.size() == large.size() || !(x.is("summit") ^ y.is("summit")) || large.size() <= 3);
    }

    /** A visit spans days: reports of it a day or two apart are the same visit. */
    private static boolean closeDays(Draft x, Draft y) {
        if (x.date == null || y.date == null || x.date.length() != 10 || y.date.length() != 10) {
            return false;
        }
        if (!(x.is("visit") || y.is("visit") || x.is("host") || y.is("host"))) {
            return false;
        }
        long gap = Math.abs(java.time.LocalDate.parse(x.date).toEpochDay() - java.time.LocalDate.parse(y.date).toEpochDay());
        return gap <= 3;
    }

    private boolean samePlace(EntityRef a, EntityRef b) {
        if (a.equals(b)) {
            return true;
        }
        // a city and its country, or two names of which one contains the other ("Filoli" and "Filoli estate")
        EntityRef ca = a.kind() == EntityKind.COUNTRY ? a : g.countryOfCapital(a.name());
        EntityRef cb = b.kind() == EntityKind.COUNTRY ? b : g.countryOfCapital(b.name());
        if ((a.kind() == EntityKind.COUNTRY && a.equals(cb)) || (b.kind() == EntityKind.COUNTRY && b.equals(ca))) {
            return true;
        }
        String x = a.name().toLowerCase(Locale.ROOT);
        String y = b.name().toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    private static void absorb(Draft into, Draft x) {
        into.frames.addAll(x.frames);
        into.actors.addAll(x.actors);
        into.mentions += x.mentions;
        into.sideline |= x.sideline;
        if (into.visitor == null) {
            into.visitor = x.visitor;
        }
        if (into.destination == null) {
            into.destination = x.destination;
        }
        if (into.host == null) {
            into.host = x.host;
        }
        if (into.place == null || (into.place.kind() == EntityKind.COUNTRY && x.place != null && x.place.kind() == EntityKind.PLACE)) {
            into.place = x.place != null ? x.place : into.place;
        }
        if (into.name == null) {
            into.name = x.name;
        }
        if (into.occasion == null) {
            into.occasion = x.occasion;
        }
        if (into.date == null || (x.date != null && x.date.length() > into.date.length())) {
            into.date = x.date;
        } else if (x.date != null && x.date.length() == 10 && into.date.length() == 10 && !x.date.equals(into.date)) {
            String early = x.date.compareTo(into.date) < 0 ? x.date : into.date;
            String late = early.equals(x.date) ? into.date : x.date;
            into.date = early;
            into.endDate = into.endDate == null || late.compareTo(into.endDate) > 0 ? late : into.endDate;
        }
    }

    private EventFact build(ArticleDoc d, Draft e) {
        // a meeting at a government's seat ("at the Kremlin", "at the White House") is hosted by that
        // government, whether or not the sentence names its leader
        EntityRef seat = g.seatOf(e.place);
        if (seat != null) {
            e.actors.add(seat);
            if (e.host == null) {
                e.host = seat;
            }
        }
        List<EntityRef> participants = new ArrayList<>();
        for (EntityRef a : e.actors) {
            if (!participants.contains(a)) {
                participants.add(a);
            }
            EntityRef c = country(d, a);
            if (c != null && !participants.contains(c)) {
                participants.add(c);
            }
        }
        List<EntityRef> sides = sides(d, e.actors);
        EventType type;
        if (e.is("summit")) {
            type = EventType.Summit;
        } else if (e.is("visit") || e.is("host")) {
            type = EventType.Visit;
        } else if (sides.size() == 2) {
            type = EventType.BilateralMeeting;
        } else if (e.is("talks") && !e.is("meet")) {
            type = EventType.Talks;
        } else {
            type = EventType.Meeting;
        }
        String name = e.name != null ? e.name : name(type, e, sides);
        EntityRef host = e.host;
        if (host == null && e.place != null) {
            EntityRef c = e.place.kind() == EntityKind.COUNTRY ? e.place : g.countryOfCapital(e.place.name());
            if (c != null && sides.contains(c)) {
                host = c;
            }
        }
        String end = e.endDate != null && e.date != null && e.endDate.compareTo(e.date) > 0 ? e.endDate : null;
        return new EventFact(e.id, type, name, e.date, end, e.place, participants, host, e.occasion, e.partOf, d.evidence(e.sentence));
    }

    private static String name(EventType type, Draft e, List<EntityRef> sides) {
        if (type == EventType.Visit && e.visitor != null) {
            String where = e.destination != null ? e.destination.name() : e.host != null ? e.host.name() : null;
            return e.visitor.name() + " visit" + (where == null ? "" : " to " + where);
        }
        // countries first, then organisations, each in alphabetical order: "Japan-ASEAN summit"
        List<String> countries = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (EntityRef r : sides) {
            if (r.kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                others.add(r.key().toUpperCase(Locale.ROOT));
            } else {
                (r.kind() == EntityKind.COUNTRY ? countries : others).add(r.name());
            }
        }
        java.util.Collections.sort(countries);
        java.util.Collections.sort(others);
        List<String> names = new ArrayList<>(countries);
        names.addAll(others);
        String who = String.join("-", names);
        return switch (type) {
            case Summit -> who.isEmpty() ? "summit" : who + " summit";
            case BilateralMeeting -> who + " bilateral meeting";
            case Talks -> who + " talks";
            default -> who + " meeting";
        };
    }
}
