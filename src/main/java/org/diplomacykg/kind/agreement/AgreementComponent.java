package org.diplomacykg.kind.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.extract.Arguments;
import org.diplomacykg.extract.ArticleDoc;
import org.diplomacykg.extract.Component;
import org.diplomacykg.extract.Gazetteers;
import org.diplomacykg.extract.Mention;
import org.diplomacykg.extract.MoneyParser;
import org.diplomacykg.extract.Text;
import org.diplomacykg.extract.frame.Frame;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.lexicon.DocumentNoun;
import org.diplomacykg.lexicon.FrameDef;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.nlp.Dependencies;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Outcomes of one article (agreements, statements, plans, partnerships, dialogues, grants,
 * aid, loans, investments, negotiations, commitments), from its outcome frames. A frame whose
 * theme is another outcome frame ("agreed to establish a hotline", "pledged to provide") passes
 * its status and its actors down to it, and the inner frame makes the fact. What the outcome is
 * comes from its theme: a noun of documents.tsv gives the class and the name ("a currency swap
 * deal"), a verb phrase names a commitment ("agreed to curb fentanyl production"). Transfers
 * run from the agent to the recipient, with the sum and the items the theme names.
 */
public final class AgreementComponent implements Component {
    static final String NAME = "agreements";
    private static final int NAME_WORDS = 14;
    /** A commitment's verb phrase may run longer: what is committed to often comes last. */
    private static final int COMMITMENT_WORDS = 18;

    private final Gazetteers g;
    private final Lexicon lexicon;
    private final Set<String> notCommitments;
    private final Set<String> aidModifiers;
    private final Set<String> irrealis;
    /** The last transfer of the article being read (components are shared: reset per article). */
    private final ThreadLocal<Draft> last = new ThreadLocal<>();

    public AgreementComponent(Gazetteers g) {
        this.g = g;
        this.lexicon = g.lexicon();
        this.notCommitments = g.lexicon().words("not_commitments");
        this.aidModifiers = g.lexicon().words("aid_modifiers");
        this.irrealis = g.lexicon().words("irrealis_modifiers");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** An outcome being built. */
    private static final class Draft {
        AgreementType type;
        String name;
        String date;
        AgreementStatus status;
        final Set<EntityRef> parties = new LinkedHashSet<>();
        EntityRef provider;
        EntityRef recipient;
        MonetaryAmount amount;
        final List<String> items = new ArrayList<>();
        String programme;
        String event;
        int sentence;
        int word;
        /** What the outcome is about: the common nouns of its name. */
        Set<String> nouns = Set.of();
        /** Named by a verb phrase ("curb fentanyl production"), not by a document noun. */
        boolean commitment;
    }

    @Override
    public void process(ArticleDoc d) {
        last.remove();
        Arguments args = new Arguments(d, lexicon);
        Map<Long, Frame> byWord = new HashMap<>();
        for (Frame f : d.frames()) {
            byWord.put(key(f.sentence(), f.trigger()), f);
        }
        // "agreed to establish a hotline": the outer frame hands its status and actors to the inner one
        Map<Frame, Frame> outer = new HashMap<>();
        Set<Frame> outers = new java.util.HashSet<>();
        for (Frame f : d.frames()) {
            if (f.def().isEvent()) {
                continue;
            }
            for (int w : f.role("theme")) {
                Frame inner = byWord.get(key(f.sentence(), w));
                if (inner != null && inner != f && !inner.def().isEvent()) {
                    outer.putIfAbsent(inner, f);
                    outers.add(f);
                }
            }
        }
        args.setMainActors(mainActors(d));
        List<Draft> out = new ArrayList<>();
        Set<Frame> produced = new java.util.HashSet<>();
        Set<Frame> done = new java.util.HashSet<>();
        Map<Frame, List<Frame>> inners = new HashMap<>();
        outer.forEach((in, o) -> inners.computeIfAbsent(o, k -> new ArrayList<>()).add(in));
        for (Frame f : d.frames()) {
            process(d, args, f, outer, outers, inners, byWord, produced, done, out);
        }
        dropPurposes(out);
        moneyToTransfers(out);
        out.sort(java.util.Comparator.comparingInt((Draft g) -> g.sentence).thenComparingInt(g -> g.word));
        enrichFromFollowingSentences(d, args, out);
        linkToEvents(d, out);
        int n = 1;
        for (Draft g : out) {
            if (g.type.isTransfer() && !g.items.isEmpty() && g.type == AgreementType.Aid) {
                g.type = AgreementType.EquipmentTransfer;
            }
            if (g.name == null) {
                g.name = transferName(g);
            }
            d.add(AgreementKind.INSTANCE, new AgreementFact("agreement-" + n++, g.type, g.name, g.date, g.status, new ArrayList<>(g.parties),
                    g.provider, g.recipient, g.amount, g.items, g.programme, null, g.event, d.evidence(g.sentence)));
        }
    }

    /**
     * One frame in reading order; an outer frame's inner frames go first, so it knows which of
     * its themes made an outcome of their own.
     */
    private void process(ArticleDoc d, Arguments args, Frame f, Map<Frame, Frame> outer, Set<Frame> outers,
                         Map<Frame, List<Frame>> inners, Map<Long, Frame> byWord, Set<Frame> produced, Set<Frame> done, List<Draft> out) {
        if (f.def().isEvent() || !done.add(f)) {
            return;
        }
        for (Frame in : inners.getOrDefault(f, List.of())) {
            process(d, args, in, outer, outers, inners, byWord, produced, done, out);
        }
        List<EntityRef> eventSides = eventSidesIn(d, f.sentence());
        if (!eventSides.isEmpty()) {
            args.setContext(eventSides);
        }
        args.setLeaders(leadersIn(d, f.sentence()));
        List<Frame> chain = new ArrayList<>();
        for (Frame o = outer.get(f); o != null && !chain.contains(o) && chain.size() < 4; o = outer.get(o)) {
            chain.add(o);
        }
        boolean innerMade = inners.getOrDefault(f, List.of()).stream().anyMatch(produced::contains);
        if (innerMade) {
            produced.add(f); // what it reports was made by the frame inside it
        }
        List<Draft> made = new ArrayList<>(innerMade && !hasTransferTheme(d, f) ? otherDocuments(d, args, f, chain, byWord, produced)
                : drafts(d, args, f, chain));
        if (outers.contains(f) || made.isEmpty() || made.stream().allMatch(x -> x.commitment)) {
            // "agreed to expand naval exercises and to cooperate on critical minerals": one commitment per verb
            for (Draft c : commitments(d, args, f, chain, byWord, produced)) {
                if (made.stream().noneMatch(x -> x.word == c.word)) {
                    made.add(c);
                }
            }
        }
        for (Draft g : made) {
            g.nouns = g.name == null ? Set.of() : args.nounsOf(g.sentence, g.name);
            if (!duplicate(d, out, g)) {
                out.add(g);
                if (!g.type.isTransfer()) {
                    // "both parties" are the two sides of an agreement, not a giver and a receiver
                    args.setContext(new ArrayList<>(g.parties));
                }
            }
            produced.add(f);
        }
    }

    /**
     * An outcome of exactly the sides of one event of the article came out of it ("The leaders
     * adopted an implementation plan" in a story about their summit), when the sentence itself
     * names no event.
     */
    private void linkToEvents(ArticleDoc d, List<Draft> out) {
        for (Draft g : out) {
            if (g.event != null) {
                continue;
            }
            Set<EntityRef> sides = new LinkedHashSet<>(g.parties);
            String found = null;
            int matches = 0;
            for (EventFact e : d.facts(EventKind.INSTANCE)) {
                if (new LinkedHashSet<>(this.g.sides(d, e.participants())).equals(sides)
                        && (g.date == null || e.startDate() == null || g.date.startsWith(e.startDate()) || e.startDate().startsWith(g.date))) {
                    found = e.localId();
                    matches++;
                }
            }
            if (matches == 1) {
                g.event = found;
            }
        }
    }

    /**
     * "The assistance includes provisions of night-vision cameras ... under a Korean maritime
     * partnership program": a sentence about a transfer just told adds its items and programme.
     */
    private void enrichFromFollowingSentences(ArticleDoc d, Arguments args, List<Draft> out) {
        Set<String> enriching = lexicon.words("enriching_verbs");
        for (int i = 0; i < d.size(); i++) {
            Sentence sentence = d.sentence(i);
            if (sentence.deps() == null) {
                continue;
            }
            for (Dependencies.Edge e : sentence.deps().edges()) {
                if (!e.rel().equals("nsubj") || e.head() < 0 || !enriching.contains(sentence.tokens().get(e.head()).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Token subject = sentence.tokens().get(e.dep());
                DocumentNoun dn = subject.isNoun() ? documentOf(sentence, e.dep()) : null;
                if (dn == null || !demonstrative(sentence, e.dep())) {
                    continue;
                }
                final int here = i;
                if (out.stream().anyMatch(g -> g.sentence == here)) {
                    continue; // the sentence tells a transfer of its own: what it includes is that one's
                }
                Draft before = null;
                for (Draft g : out) {
                    if (g.type.isTransfer() && g.sentence < i && i - g.sentence <= 2) {
                        before = g;
                    }
                }
                if (before == null) {
                    continue;
                }
                for (String item : items(d, i, e.head())) {
                    if (!before.items.contains(item)) {
                        before.items.add(item);
                    }
                }
                if (before.programme == null) {
                    before.programme = programme(d, args, i);
                }
            }
        }
    }

    /**
     * The programme a sentence says a transfer runs under: a name it is called by ("dubbed
     * Official Security Assistance"), else the words before a programme noun ("under a Korean
     * maritime partnership program" gives "Maritime Partnership"); null when none.
     */
    private String programme(ArticleDoc d, Arguments args, int s) {
        Sentence sentence = d.sentence(s);
        if (sentence.deps() == null) {
            return null;
        }
        Set<String> nouns = lexicon.words("programme_nouns");
        List<Token> ts = sentence.tokens();
        for (int w = 0; w < ts.size(); w++) {
            if (!ts.get(w).isNoun() || !nouns.contains(ts.get(w).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String called = args.calledName(sentence, w);
            if (called != null) {
                return called;
            }
            List<Integer> mods = new ArrayList<>();
            List<Integer> todo = new ArrayList<>(List.of(w));
            for (int k = 0; k < todo.size() && k < 8; k++) {
                for (Dependencies.Edge e : sentence.deps().children(todo.get(k))) {
                    Token m = ts.get(e.dep());
                    boolean demonym = d.mentionAt(s, m) != null;
                    if ((e.base().equals("compound") || e.base().equals("amod")) && e.dep() < w && !demonym
                            && !m.lemma().equalsIgnoreCase("new") && !m.tag().equals("CD")) {
                        mods.add(e.dep());
                        todo.add(e.dep());
                    }
                }
            }
            if (!mods.isEmpty()) {
                java.util.Collections.sort(mods);
                StringBuilder b = new StringBuilder();
                for (int m : mods) {
                    b.append(b.length() == 0 ? "" : " ").append(ts.get(m).text());
                }
                return Text.titleCase(b.toString());
            }
        }
        return null;
    }

    /** "offering a grant of ... to fund ...": the frame names the transfer itself, whatever its inner frame made. */
    private boolean hasTransferTheme(ArticleDoc d, Frame f) {
        Sentence sentence = d.sentence(f.sentence());
        for (int w : f.role("theme")) {
            DocumentNoun dn = sentence.tokens().get(w).isNoun() ? documentOf(sentence, w) : null;
            if (dn != null && dn.kind() == DocumentNoun.Kind.TRANSFER && !dn.needsAmount()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom "the leaders" stand for before any sentence has named a group: the sides of the
     * article's summit, else of its first event, else the two sides the story names most.
     */
    private List<EntityRef> mainActors(ArticleDoc d) {
        for (EventFact e : d.facts(EventKind.INSTANCE)) {
            if (e.type() == org.diplomacykg.kind.event.EventType.Summit) {
                return g.sides(d, new LinkedHashSet<>(e.participants()));
            }
        }
        if (!d.facts(EventKind.INSTANCE).isEmpty()) {
            return g.sides(d, new LinkedHashSet<>(d.facts(EventKind.INSTANCE).get(0).participants()));
        }
        Map<EntityRef, Integer> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            for (Mention m : d.all(i)) {
                EntityRef r = m.isPerson() || m.ref().kind() == EntityKind.ORGANIZATION ? g.sideOf(d, m.ref())
                        : ArticleDoc.isActorKind(m.ref()) ? m.ref() : null;
                if (r != null) {
                    counts.merge(r, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(2).map(Map.Entry::getKey).toList();
    }

    private static long key(int sentence, int word) {
        return ((long) sentence << 20) | word;
    }

    /** The countries of the people of different countries named in a sentence or the one before, if at least two. */
    private List<EntityRef> leadersIn(ArticleDoc d, int sentence) {
        Set<EntityRef> out = new LinkedHashSet<>();
        for (int i = Math.max(0, sentence - 1); i <= sentence; i++) {
            for (Mention m : d.personMentions(i)) {
                EntityRef c = d.countryOf(m);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out.size() >= 2 ? new ArrayList<>(out) : List.of();
    }

    private List<EntityRef> eventSidesIn(ArticleDoc d, int sentence) {
        for (EventFact e : d.facts(EventKind.INSTANCE)) {
            if (e.evidence().sentenceIndex() == sentence) {
                return g.sides(d, new LinkedHashSet<>(e.participants()));
            }
        }
        return List.of();
    }

    /**
     * The outcomes one frame reports: usually one; one per purpose for a plural document noun
     * ("agreements to curb fentanyl production and to reopen military ties").
     */
    private List<Draft> drafts(ArticleDoc d, Arguments args, Frame f, List<Frame> chain) {
        Sentence sentence = d.sentence(f.sentence());
        Token t = sentence.tokens().get(f.trigger());
        if (t.isNoun() && underNegotiation(sentence, f.trigger())) {
            return List.of();
        }
        if (t.isNoun() && t.tag().endsWith("S") && lexicon.document(t.lemma()) != null
                && lexicon.document(t.lemma()).kind() == DocumentNoun.Kind.DOCUMENT) {
            // what the agreements are: "to curb fentanyl production and to reopen military ties",
            // "in key areas including curbs on fentanyl and the resumption of military communications"
            List<Integer> purposes = new ArrayList<>();
            for (int w : f.role("theme")) {
                Token c = sentence.tokens().get(w);
                if (c.isVerb() || c.isNoun() && lexicon.document(c.lemma()) == null && !c.isProperNoun()) {
                    purposes.add(w);
                }
            }
            if (!purposes.isEmpty()) {
                List<Draft> out = new ArrayList<>();
                for (int w : purposes) {
                    Draft g = commitment(d, args, f, chain, w);
                    if (g != null) {
                        out.add(g);
                    }
                }
                return out;
            }
            if (args.calledName(sentence, f.trigger()) == null && !counted(sentence, f.trigger())) {
                return List.of(); // "similar agreements", "the agreements": which ones, the text does not say here
            }
        }
        List<Integer> documents = conjoinedDocuments(sentence, f);
        if (documents.size() >= 2) {
            // "adopted a joint vision statement and an implementation plan": two outcomes of one act
            List<Draft> out = new ArrayList<>();
            for (int w : documents) {
                List<Integer> theme = new ArrayList<>(f.role("theme"));
                theme.removeIf(x -> documents.contains(x) && x != w);
                Draft g = draft(d, args, f.withRole("theme", theme), chain);
                if (g != null) {
                    out.add(g);
                }
            }
            return out;
        }
        Draft g = draft(d, args, f, chain);
        return g == null ? List.of() : List.of(g);
    }

    /**
     * "adopted a joint declaration and an action plan", where the declaration made an outcome of
     * its own: the documents joined to it that made none.
     */
    private List<Draft> otherDocuments(ArticleDoc d, Arguments args, Frame f, List<Frame> chain, Map<Long, Frame> byWord, Set<Frame> produced) {
        List<Integer> documents = conjoinedDocuments(d.sentence(f.sentence()), f);
        List<Draft> out = new ArrayList<>();
        for (int w : documents) {
            Frame own = byWord.get(key(f.sentence(), w));
            if (own != null && produced.contains(own)) {
                continue;
            }
            List<Integer> theme = new ArrayList<>(f.role("theme"));
            theme.removeIf(x -> documents.contains(x) && x != w);
            Draft g = draft(d, args, f.withRole("theme", theme), chain);
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    /** The document nouns among a verb's themes that are joined by a conjunction ("a statement and a plan"). */
    private List<Integer> conjoinedDocuments(Sentence sentence, Frame f) {
        if (!sentence.tokens().get(f.trigger()).isVerb()) {
            return List.of();
        }
        List<Integer> docs = new ArrayList<>();
        for (int w : f.role("theme")) {
            Token t = sentence.tokens().get(w);
            if (t.isNoun() && !docs.contains(w) && documentOf(sentence, w) != null && documentOf(sentence, w).kind() == DocumentNoun.Kind.DOCUMENT) {
                docs.add(w);
            }
        }
        if (docs.size() < 2) {
            return List.of();
        }
        for (Dependencies.Edge e : sentence.deps().edges()) {
            if (e.base().equals("conj") && docs.contains(e.head()) && docs.contains(e.dep())) {
                return docs;
            }
        }
        return List.of();
    }

    /**
     * An outer frame ("agreed to ...", "pledged to ...") whose themes are verbs: each theme that
     * made no outcome of its own is a commitment named by its verb phrase ("agreed to resume
     * military-to-military communications and work to curb fentanyl production").
     */
    private List<Draft> commitments(ArticleDoc d, Arguments args, Frame f, List<Frame> chain, Map<Long, Frame> byWord, Set<Frame> produced) {
        String frame = f.def().name();
        if (!frame.equals("agree") && !frame.equals("pledge")) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        Sentence sentence = d.sentence(f.sentence());
        for (int w : f.role("theme")) {
            if (!sentence.tokens().get(w).isVerb()) {
                continue;
            }
            Frame inner = byWord.get(key(f.sentence(), w));
            if (inner != null && produced.contains(inner)) {
                continue;
            }
            if (objectIsOutcome(sentence, w)) {
                continue; // "showcasing modest agreements to combat fentanyl": the agreements are the outcomes
            }
            Draft g = commitment(d, args, f, chain, w);
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    /** A commitment named by a verb phrase, with the frame's actors, status and date. */
    private Draft commitment(ArticleDoc d, Arguments args, Frame f, List<Frame> chain, int verb) {
        int s = f.sentence();
        Sentence sentence = d.sentence(s);
        Token v = sentence.tokens().get(verb);
        if (notCommitments.contains(v.lemma().toLowerCase(Locale.ROOT)) || v.isNoun() && !args.actors(s, verb).isEmpty()) {
            return null;
        }
        Draft g = new Draft();
        g.sentence = s;
        g.word = verb;
        g.commitment = true;
        g.type = AgreementType.Agreement;
        g.status = status(f, chain);
        g.date = date(d, args, f, chain);
        g.event = eventIn(d, s);
        g.name = args.name(s, verb, COMMITMENT_WORDS);
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            if (e.base().equals("obj") || e.base().equals("iobj")) {
                addSides(d, args.actors(s, e.dep()), g.parties);
            }
        }
        addSides(d, agents(d, args, f, chain), g.parties);
        List<EntityRef> counterparts = new ArrayList<>(args.actors(s, f.role("counterpart")));
        if (counterparts.isEmpty() && sentence.tokens().get(f.trigger()).isVerb()) {
            counterparts.addAll(prepositionAfter(d, args, s, f.trigger(), "with", 3));
        }
        addSides(d, counterparts, g.parties);
        // a name needs what is committed to, not only the verb ("step up", "invest")
        boolean content = v.isNoun() ? g.name.split("\\s+").length >= 2 : hasObject(sentence, verb);
        return g.parties.isEmpty() || g.name.split("\\s+").length < 2 || !content ? null : g;
    }

    /** The frame's agents, else its outer frames', else the subject of the clause it sits in. */
    private List<EntityRef> agents(ArticleDoc d, Arguments args, Frame f, List<Frame> chain) {
        List<EntityRef> agents = args.actors(f.sentence(), f.role("agent"));
        for (Frame o : chain) {
            if (agents.isEmpty()) {
                agents = args.actors(o.sentence(), o.role("agent"));
            }
        }
        if (agents.isEmpty()) {
            agents = args.actors(f.sentence(), Arguments.clauseSubjects(d.sentence(f.sentence()).deps(), f.trigger()));
        }
        return agents;
    }


    private Draft draft(ArticleDoc d, Arguments args, Frame f, List<Frame> chain) {
        int s = f.sentence();
        Sentence sentence = d.sentence(s);
        List<Token> ts = sentence.tokens();
        FrameDef def = f.def();
        String frame = def.name();

        // the theme: a noun naming the outcome, a verb naming a commitment, talks being started, or the trigger itself
        int themeNoun = -1;
        DocumentNoun doc = null;
        int themeVerb = -1;
        int talks = -1;
        if (ts.get(f.trigger()).isNoun()) {
            themeNoun = f.trigger();
            doc = lexicon.document(ts.get(f.trigger()).lemma());
        }
        for (int w : f.role("theme")) {
            Token t = ts.get(w);
            FrameDef inner = t.isNoun() ? lexicon.trigger(t) : null;
            if (inner != null && (inner.name().equals("talks") || inner.name().equals("negotiate")) && talks < 0) {
                talks = w;
            } else if (t.isNoun() && doc == null) {
                DocumentNoun dn = documentOf(sentence, w);
                if (dn != null && transferOnly(frame) && dn.kind() != DocumentNoun.Kind.TRANSFER) {
                    dn = null; // "fund Indonesia's advancement plan": the plan is what the money is for
                }
                if (dn != null && dn.needsAmount() && hasModifier(sentence, w, aidModifiers)) {
                    dn = new DocumentNoun(dn.noun(), dn.type(), dn.kind(), false); // "financial support"
                }
                if (dn != null) {
                    themeNoun = w;
                    doc = dn;
                }
            } else if (t.isVerb() && themeVerb < 0) {
                themeVerb = w;
            }
        }
        int clauseTransfer = doc != null && doc.kind() == DocumentNoun.Kind.DOCUMENT && themeNoun == f.trigger() && themeVerb >= 0
                ? transferInClause(sentence, f.trigger(), themeVerb) : -1;
        if (clauseTransfer >= 0) {
            // "a protocol stipulating the supply of radars to X", "an accord providing for the delivery of ...": the document is that transfer
            themeNoun = clauseTransfer;
            doc = documentOf(sentence, clauseTransfer);
        }
        int clauseVerb = themeVerb;
        if (clauseTransfer >= 0) {
            themeVerb = -1; // the clause is read: its object is the outcome
        }
        if (themeVerb >= 0 && isRelative(sentence, f.trigger(), themeVerb) && !underWhich(sentence, f.trigger(), themeVerb)) {
            themeVerb = -1; // "the agreement, which was signed in 2015": a relative clause tells of it, it is not its content
        }
        if (doc == null && themeVerb < 0 && talks < 0 && !frame.equals("negotiate")) {
            // a parse that lost the object ("signed a 400 million yen ($2.8 million) deal"): the next outcome noun of the clause
            int w = nextDocumentNoun(sentence, f.trigger());
            if (w >= 0 && outcomeTrigger(sentence.tokens().get(w))) {
                return null; // "reaching agreements in key areas including ...": the noun's own frame reports them
            }
            DocumentNoun next = w >= 0 ? documentOf(sentence, w) : null;
            if (next != null && !(transferOnly(frame) && next.kind() != DocumentNoun.Kind.TRANSFER)) {
                themeNoun = w;
                doc = next;
            }
        }
        if ((frame.equals("agree") || frame.equals("pledge")) && themeVerb >= 0 && themeNoun >= 0 && themeNoun != f.trigger()
                && !isObjectOf(sentence.deps(), f.trigger(), themeNoun)) {
            doc = null; // "pledged to reinforce support ... as well as investment": the verb says what was pledged
            themeNoun = -1;
        }
        if (frame.equals("negotiate") || talks >= 0) {
            int anchor = talks >= 0 ? talks : f.trigger();
            themeNoun = -1;
            List<Integer> subjects = talks >= 0 ? topicOf(sentence, talks) : f.role("theme");
            for (int w : subjects) {
                if (ts.get(w).isNoun()) {
                    themeNoun = w;
                    break;
                }
            }
            doc = null;
            frame = "negotiate";
            if (themeNoun < 0 && anchor != f.trigger()) {
                themeNoun = -1;
            }
        }

        // who
        List<EntityRef> agents = agents(d, args, f, chain);
        List<EntityRef> counterparts = args.actors(s, f.role("counterpart"));
        for (Frame o : chain) {
            counterparts.addAll(args.actors(o.sentence(), o.role("counterpart")));
        }
        if (counterparts.isEmpty() && (frame.equals("agree") || frame.equals("sign")) && ts.get(f.trigger()).isVerb()) {
            counterparts.addAll(prepositionAfter(d, args, s, f.trigger(), "with", 3)); // "agreed with Quispe to ...", however parsed
        }
        List<EntityRef> recipients = new ArrayList<>();
        for (int w : f.role("recipient")) {
            List<EntityRef> found = new ArrayList<>(args.actors(s, w));
            EntityRef place = found.isEmpty() ? args.place(s, w) : null;
            if (place != null) {
                EntityRef c = place.kind() == EntityKind.COUNTRY ? place : g.countryOfCapital(place.name());
                if (c != null) {
                    found.add(c); // "to Kuala Lumpur": the government seated there
                }
            }
            addSides(d, found, recipients);
        }

        if (clauseTransfer >= 0) {
            for (Dependencies.Edge e : sentence.deps().children(clauseVerb)) {
                if (e.rel().equals("obl:to") || e.rel().equals("obl:for")) {
                    addSides(d, args.actors(s, e.dep()), recipients); // "stipulating the supply of radars to the Philippines"
                }
            }
        }
        if (themeNoun >= 0 && doc != null) {
            Map<String, List<Integer>> nounRoles = org.diplomacykg.extract.frame.FrameReader.roles(sentence.deps(), themeNoun, lexicon.nounRoles(doc.kind()));
            addSides(d, args.actors(s, nounRoles.getOrDefault("recipient", List.of())), recipients);
            if (agents.isEmpty()) {
                agents = args.actors(s, nounRoles.getOrDefault("agent", List.of()));
            }
            counterparts.addAll(args.actors(s, nounRoles.getOrDefault("counterpart", List.of())));
        }
        List<Integer> anchors = new ArrayList<>(List.of(themeNoun >= 0 ? themeNoun : f.trigger(), f.trigger()));
        for (Frame o : chain) {
            if (o.sentence() == s) {
                anchors.add(o.trigger());
            }
        }
        if (recipients.isEmpty() && frame.equals("invest")) {
            for (EntityRef r : prepositionAfter(d, args, s, f.trigger(), "in", 12)) {
                EntityRef c = side(d, r);
                if (c != null && c.kind() == EntityKind.COUNTRY) {
                    recipients.add(c); // "will invest $50 billion (about ...) in India"
                }
            }
        }
        for (EntityRef r : purposeRecipients(d, args, s, anchors)) {
            if (!recipients.contains(r)) {
                recipients.add(r);
            }
        }

        Draft g = new Draft();
        g.sentence = s;
        g.word = f.trigger();
        g.status = status(f, chain);
        g.date = date(d, args, f, chain);
        g.event = eventIn(d, s);
        boolean transferFrame = frame.equals("give") || frame.equals("lend") || frame.equals("invest") || frame.equals("pledge");
        MonetaryAmount amount = amount(d, s, f);
        List<String> items = new ArrayList<>(items(d, s, f.trigger()));
        if (themeNoun >= 0) {
            for (String i : items(d, s, themeNoun)) {
                if (!items.contains(i)) {
                    items.add(i);
                }
            }
        }

        if (frame.equals("negotiate")) {
            g.type = AgreementType.NegotiationAgreement;
            g.status = AgreementStatus.under_negotiation; // agreed to start, launched or under way: what is reported is a negotiation
            g.name = themeNoun >= 0 ? args.name(s, themeNoun, NAME_WORDS) : "negotiations";
        } else if (doc != null && doc.kind() != DocumentNoun.Kind.TRANSFER) {
            if (doc.needsAmount() && amount == null || hasModifier(sentence, themeNoun, irrealis)) {
                return null; // "a possible deal": not (yet) an outcome
            }
            g.type = AgreementType.valueOf(doc.type());
            g.name = args.name(s, themeNoun, NAME_WORDS);
            if (themeVerb >= 0 && themeNoun == f.trigger() && underWhich(sentence, f.trigger(), themeVerb)) {
                // "an MoU under which Norway will help build a hydropower plant in Nepal": named, and its sides, by what it commits to
                g.name = args.phrase(s, themeNoun, 3, Set.of()) + " to " + args.name(s, themeVerb, COMMITMENT_WORDS);
                for (int w : subtree(sentence.deps(), themeVerb, 3)) {
                    if (w != themeNoun) {
                        for (EntityRef a : args.actors(s, w)) {
                            if (d.mentionAt(s, ts.get(w)) != null) {
                                counterparts.add(a);
                            }
                        }
                    }
                }
                for (Dependencies.Edge e : sentence.deps().children(themeVerb)) {
                    if (e.rel().startsWith("nsubj")) {
                        counterparts.addAll(args.actors(s, e.dep()));
                    }
                }
            }
            if (g.name.split("\\s+").length <= 1 && anaphoric(sentence, themeNoun)) {
                return null; // "their agreement", "the deal": one the story has already reported
            }
            if (g.name.split("\\s+").length <= 1) {
                int purpose = purposeClause(sentence, themeNoun, f.trigger());
                for (int k = 0; purpose < 0 && k < chain.size(); k++) {
                    if (chain.get(k).sentence() == s) {
                        purpose = purposeClause(sentence, -1, chain.get(k).trigger());
                    }
                }
                if (purpose >= 0) {
                    g.name = g.name + " to " + args.phrase(s, purpose, NAME_WORDS, Set.of());
                }
            }
            if (transferFrame && doc.type().equals("Agreement") && amount != null) {
                g.type = AgreementType.valueOf(def.type());
            }
        } else if (doc != null) {
            if (doc.needsAmount() && amount == null) {
                return null;
            }
            g.type = AgreementType.valueOf(doc.type());
        } else if (transferFrame && (amount != null || !items.isEmpty()) && themeVerb < 0) {
            g.type = AgreementType.valueOf(def.type());
        } else if ((frame.equals("agree") || frame.equals("pledge")) && themeVerb >= 0) {
            if (notCommitments.contains(ts.get(themeVerb).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            g.type = AgreementType.Agreement;
            g.commitment = true;
            g.word = themeVerb;
            g.name = args.name(s, themeVerb, COMMITMENT_WORDS);
            if (g.name.split("\\s+").length < 2 || !hasObject(sentence, themeVerb)) {
                return null;
            }
            for (Dependencies.Edge e : sentence.deps().children(themeVerb)) {
                if (e.base().equals("obj") || e.base().equals("iobj")) {
                    counterparts.addAll(args.actors(s, e.dep())); // "pledged to aid Vietnam in ...": Vietnam is a party
                }
            }
        } else {
            return null;
        }

        Set<EntityRef> sides = new LinkedHashSet<>();
        addSides(d, agents, sides);
        EntityRef provider = null;
        for (EntityRef a : sides) {
            if (!recipients.contains(a)) {
                provider = a;
                break;
            }
        }
        addSides(d, counterparts, sides);
        boolean commitment = themeVerb >= 0 && g.type == AgreementType.Agreement && doc == null && !frame.equals("negotiate");
        Draft lastTransfer = last.get();
        if (!g.type.isTransfer() && !commitment && doc != null && doc.kind() == DocumentNoun.Kind.DOCUMENT && recipients.size() == 1
                && sides.size() >= 1 && !sides.equals(Set.of(recipients.get(0)))) {
            // "a deal to bolster Malaysia's maritime security": one side's capability is what the other gives to
            g.type = AgreementType.Aid;
            g.name = null;
        }
        if (g.type.isTransfer()) {
            EntityRef recipient = null;
            for (EntityRef r : recipients) {
                if (!r.equals(provider)) {
                    recipient = r;
                    break;
                }
            }
            if (recipient == null && provider != null) {
                for (EntityRef c : sides) {
                    if (!c.equals(provider)) {
                        recipient = c;
                        break;
                    }
                }
            }
            if (recipient != null && recipient.kind() == EntityKind.ORGANIZATION && provider != null) {
                // "to provide a radar system for the Department of National Defense": a body of the other party
                final EntityRef from = provider;
                List<EntityRef> others = sides.stream().filter(c -> c.kind() == EntityKind.COUNTRY && !c.equals(from)).toList();
                if (others.size() == 1 && isGovernmentBody(recipient)) {
                    recipient = others.get(0);
                }
            }
            if (recipient == null && provider != null && lastTransfer != null && provider.equals(lastTransfer.provider)
                    && s - lastTransfer.sentence <= 3) {
                recipient = lastTransfer.recipient; // "the bank's board approved a separate $25 million grant": to the same country
            }
            if (provider == null && recipient != null && agents.isEmpty() && ts.get(f.trigger()).isNoun() && lastTransfer != null
                    && s - lastTransfer.sentence <= 2 && !recipient.equals(lastTransfer.provider)) {
                // "He also promised Indonesia a patrol vessel. This came after a protocol on the supply of radars to the
                // Philippines": a transfer told by its noun alone, in a run of one giver's transfers, is that giver's
                provider = lastTransfer.provider;
                sides.add(provider);
            }
            if (provider != null && recipient != null) {
                g.provider = provider;
                g.recipient = recipient;
            }
            if (recipient != null) {
                sides.add(recipient);
            }
        }
        g.parties.addAll(sides);
        if (g.type == AgreementType.Investment && g.provider == null && provider != null && amount != null) {
            g.provider = provider; // "X plans to open a $1.6 billion factory in ...": the investor and the sum say enough
        }
        if (g.type.isTransfer()) {
            if (g.provider == null || g.recipient == null && g.type != AgreementType.Investment) {
                return null; // a transfer needs someone who gives and someone who gets
            }
            last.set(g);
            g.items.addAll(items);
            g.programme = programme(d, args, s);
        } else if (!commitment && g.parties.size() < 2) {
            g.parties.addAll(possessors(d, args, s, themeNoun >= 0 ? themeNoun : f.trigger()));
            if (g.parties.size() < 2 && themeNoun >= 0 && hasModifier(sentence, themeNoun, Set.of("joint"))) {
                g.parties.addAll(args.groupContext()); // "a joint declaration said": the sides the story is about
            }
            if (g.parties.size() < 2 && themeNoun >= 0 && g.type == AgreementType.JointStatement) {
                // "following a summit between A and B, a statement read ...": the statement of the event the sentence names
                // (not a deal "sealed during" a visit: companies and ministries sign those, not the summit's sides)
                g.parties.addAll(eventSidesIn(d, s));
            }
            if (g.parties.size() < 2 && themeNoun >= 0) {
                // "agreed a $7.8-billion deal with Boeing", where the parse lost the "with": the actor right after it
                addSides(d, withAfter(d, args, s, themeNoun), g.parties);
            }
            int purpose = purposeClause(sentence, themeNoun, f.trigger());
            for (int k = 0; purpose < 0 && k < chain.size(); k++) {
                if (chain.get(k).sentence() == s) {
                    purpose = purposeClause(sentence, -1, chain.get(k).trigger());
                }
            }
            if (purpose >= 0 && g.parties.size() < 2) {
                g.parties.addAll(possessors(d, args, s, purpose)); // "signed an agreement to strengthen their coast guards' cooperation"
            }
            if (g.parties.size() < 2) {
                return null; // an agreement, statement or partnership is between two sides at least
            }
        }
        if (g.parties.isEmpty()) {
            return null;
        }
        g.amount = amount;
        return g;
    }

    /**
     * "talks for a key defense pact", "will discuss details of a possible deal": a document that
     * is being negotiated or talked about is not reached.
     */
    private boolean underNegotiation(Sentence sentence, int noun) {
        Set<String> governors = lexicon.words("irrealis_governors");
        int at = noun;
        for (int step = 0; step < 3; step++) {
            int up = -1;
            for (Dependencies.Edge e : sentence.deps().heads(at)) {
                if (e.head() >= 0 && !e.base().equals("conj")) {
                    up = e.head();
                    String base = e.base();
                    Token h = sentence.tokens().get(up);
                    FrameDef def = h.isNoun() ? lexicon.trigger(h) : null;
                    if (base.equals("nmod") && def != null && (def.name().equals("talks") || def.name().equals("negotiate"))) {
                        return true;
                    }
                    if (governors.contains(h.lemma().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                    break;
                }
            }
            if (up < 0) {
                return false;
            }
            at = up;
        }
        return false;
    }

    private boolean isGovernmentBody(EntityRef r) {
        for (String h : lexicon.words("government_heads")) {
            if ((" " + r.name() + " ").contains(" " + h + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "eight memoranda of understanding", "a number of cooperation documents": documents the text counts or describes. */
    private static boolean counted(Sentence sentence, int noun) {
        boolean described = false;
        for (Dependencies.Edge e : sentence.deps().children(noun)) {
            Token t = sentence.tokens().get(e.dep());
            String w = t.text().toLowerCase(Locale.ROOT);
            if (e.base().equals("det") && (w.equals("the") || w.equals("these") || w.equals("those") || w.equals("such"))
                    || e.base().equals("amod") && (w.equals("similar") || w.equals("other") || w.equals("previous") || w.equals("such"))) {
                return false;
            }
            described |= e.base().equals("nummod") || e.base().equals("compound") || e.base().equals("amod") || e.base().equals("det")
                    && (w.equals("several") || w.equals("many") || w.equals("some"));
        }
        for (Dependencies.Edge e : sentence.deps().heads(noun)) {
            described |= e.rel().equals("nmod:of") && e.head() >= 0
                    && List.of("number", "series", "raft", "batch", "dozen", "host", "set").contains(sentence.tokens().get(e.head()).lemma());
        }
        return described;
    }

    /** "The assistance", "This bilateral deal": a noun that points back with a determiner. */
    private static boolean demonstrative(Sentence sentence, int noun) {
        for (Dependencies.Edge e : sentence.deps().children(noun)) {
            String w = sentence.tokens().get(e.dep()).text().toLowerCase(Locale.ROOT);
            if (e.base().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anaphoric(Sentence sentence, int noun) {
        for (Dependencies.Edge e : sentence.deps().children(noun)) {
            String w = sentence.tokens().get(e.dep()).text().toLowerCase(Locale.ROOT);
            if (e.base().equals("nmod") && e.rel().equals("nmod:poss") || e.base().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean transferOnly(String frame) {
        return frame.equals("give") || frame.equals("lend") || frame.equals("invest");
    }

    private static boolean hasModifier(Sentence s, int w, Set<String> words) {
        for (Dependencies.Edge e : s.deps().children(w)) {
            if ((e.base().equals("amod") || e.base().equals("compound")) && words.contains(s.tokens().get(e.dep()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The actor named by "with X" within a few words after a noun. */
    private List<EntityRef> withAfter(ArticleDoc d, Arguments args, int s, int noun) {
        return prepositionAfter(d, args, s, noun, "with", 6);
    }

    /** The actor named by "PREPOSITION X" within {@code window} words after a word. */
    private List<EntityRef> prepositionAfter(ArticleDoc d, Arguments args, int s, int word, String preposition, int window) {
        List<Token> ts = d.sentence(s).tokens();
        for (int k = word + 1; k < ts.size() && k <= word + window; k++) {
            if (ts.get(k).text().equalsIgnoreCase(preposition) && k + 1 < ts.size()) {
                for (int j = k + 1; j < ts.size() && j <= k + 4; j++) {
                    List<EntityRef> a = args.actors(s, j);
                    if (!a.isEmpty() && d.mentionAt(s, ts.get(j)) != null) {
                        return a;
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** "an agreement to strengthen cooperation between their coast guards": who "their" stands for. */
    private List<EntityRef> possessors(ArticleDoc d, Arguments args, int s, int head) {
        Sentence sentence = d.sentence(s);
        List<EntityRef> out = new ArrayList<>();
        for (int w : subtree(sentence.deps(), head, 5)) {
            Token t = sentence.tokens().get(w);
            String x = t.text().toLowerCase(Locale.ROOT);
            if (x.equals("their") || x.equals("both") || x.equals("each")) {
                addSides(d, args.actors(s, w), out);
            }
        }
        return out;
    }

    /** The first outcome noun after the trigger in its clause (before another verb of the lexicon or a semicolon), or -1. */
    private int nextDocumentNoun(Sentence sentence, int trigger) {
        List<Token> ts = sentence.tokens();
        for (int i = trigger + 1; i < ts.size() && i <= trigger + 12; i++) {
            Token t = ts.get(i);
            if (t.text().equals(";") || (t.isVerb() && lexicon.trigger(t) != null)) {
                return -1;
            }
            if (t.isNoun() && documentOf(sentence, i) != null) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isObjectOf(Dependencies deps, int verb, int noun) {
        for (Dependencies.Edge e : deps.children(verb)) {
            if (e.dep() == noun && (e.base().equals("obj") || e.base().equals("iobj"))) {
                return true;
            }
        }
        return false;
    }

    /** What talks are about or for: "talks for a key defense pact", "negotiations on a trade agreement". */
    private static List<Integer> topicOf(Sentence sentence, int talks) {
        List<Integer> out = new ArrayList<>();
        for (Dependencies.Edge e : sentence.deps().children(talks)) {
            String r = e.rel();
            if (r.equals("nmod:for") || r.equals("nmod:on") || r.equals("nmod:over") || r.equals("nmod:about") || r.equals("nmod:toward")
                    || r.equals("nmod:towards") || r.equals("acl:to")) {
                out.add(e.dep());
            }
        }
        return out;
    }

    /** A purpose clause of the outcome noun or its verb ("an agreement to strengthen ...", "signed ... to bolster ..."), or -1. */
    private static int purposeClause(Sentence sentence, int noun, int trigger) {
        for (int from : new int[] {noun, trigger}) {
            if (from < 0) {
                continue;
            }
            for (Dependencies.Edge e : sentence.deps().children(from)) {
                String r = e.rel();
                if ((r.equals("acl:to") || r.equals("advcl:to") || r.equals("xcomp") && hasTo(sentence, e.dep()))
                        && sentence.tokens().get(e.dep()).isVerb()) {
                    return e.dep();
                }
            }
        }
        return -1;
    }

    private static boolean hasObject(Sentence sentence, int verb) {
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            String b = e.base();
            if (b.equals("obj") || b.equals("obl") || b.equals("xcomp") || b.equals("ccomp") || b.equals("iobj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transfer noun that a clause on a document says the document provides for ("a protocol
     * stipulating the supply of ..."): the clause's object, when it is a transfer noun; else -1.
     */
    private int transferInClause(Sentence sentence, int document, int verb) {
        boolean clause = sentence.deps().children(document).stream().anyMatch(e -> e.dep() == verb && e.base().equals("acl"));
        if (!clause) {
            return -1;
        }
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            if (e.base().equals("obj") || e.rel().equals("obl:for")) {
                Token t = sentence.tokens().get(e.dep());
                DocumentNoun dn = t.isNoun() ? documentOf(sentence, e.dep()) : null;
                if (dn != null && dn.kind() == DocumentNoun.Kind.TRANSFER && !dn.needsAmount()) {
                    return e.dep();
                }
            }
        }
        return -1;
    }

    private static boolean isRelative(Sentence sentence, int noun, int verb) {
        for (Dependencies.Edge e : sentence.deps().heads(verb)) {
            if (e.head() == noun && e.rel().equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    /** "an MoU under which ...": the relative clause says what the document does. */
    private static boolean underWhich(Sentence sentence, int noun, int verb) {
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            String r = e.rel();
            boolean by = r.equals("obl:under") || r.equals("obl:by") || r.equals("obl:through");
            if (by && (e.dep() == noun || sentence.tokens().get(e.dep()).text().equalsIgnoreCase("which"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTo(Sentence sentence, int verb) {
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            if (e.base().equals("mark") && sentence.tokens().get(e.dep()).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who a sum or a deal is for, read off a purpose clause: the owner or object of a verb like
     * "bolster" or "fund" ("a deal to bolster Malaysia's maritime security", "to fund
     * Indonesia's ... plan").
     */
    private List<EntityRef> purposeRecipients(ArticleDoc d, Arguments args, int s, List<Integer> anchors) {
        Sentence sentence = d.sentence(s);
        Set<String> benefit = lexicon.words("benefit_verbs");
        List<EntityRef> out = new ArrayList<>();
        Set<Integer> verbs = new LinkedHashSet<>();
        for (int from : anchors) {
            for (Dependencies.Edge e : sentence.deps().children(from)) {
                if (e.base().equals("acl") || e.base().equals("xcomp") || e.base().equals("advcl") || e.base().equals("dep")) {
                    verbs.add(e.dep());
                }
            }
        }
        for (int v : verbs) {
            if (!benefit.contains(sentence.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Integer> owners = new ArrayList<>();
            for (Dependencies.Edge e : sentence.deps().children(v)) {
                if (e.base().equals("obj") || e.base().equals("iobj")) {
                    owners.add(e.dep());
                }
                if (e.base().equals("ccomp") || e.base().equals("xcomp")) {
                    for (Dependencies.Edge x : sentence.deps().children(e.dep())) {
                        if (x.rel().equals("nsubj")) {
                            owners.add(x.dep()); // "to help Malawi rebuild roads"
                        }
                    }
                }
            }
            for (int o : owners) {
                addSides(d, args.actors(s, o), out);
            }
        }
        return out;
    }

    /** The noun of documents.tsv a theme word is or ends in ("currency swap deal", "coast guard agreement"). */
    private DocumentNoun documentOf(Sentence s, int w) {
        DocumentNoun dn = lexicon.document(s.tokens().get(w).lemma());
        if (dn != null) {
            return dn;
        }
        String word = s.tokens().get(w).text().toLowerCase(Locale.ROOT);
        return lexicon.document(word);
    }

    /** The side an actor stands for: a person's country (or the person), a country or an organisation. */
    private EntityRef side(ArticleDoc d, EntityRef a) {
        return g.sideOf(d, a);
    }

    /** The sides these actors stand for, added to {@code into} in order and without repeats. */
    private void addSides(ArticleDoc d, Iterable<EntityRef> actors, java.util.Collection<EntityRef> into) {
        for (EntityRef a : actors) {
            EntityRef c = side(d, a);
            if (c != null && !into.contains(c)) {
                into.add(c);
            }
        }
    }

    /** The status the outermost frame reports ("agreed to sign" is agreed), else this frame's. */
    private static AgreementStatus status(Frame f, List<Frame> chain) {
        FrameDef top = chain.isEmpty() ? f.def() : chain.get(chain.size() - 1).def();
        String s = top.status() != null ? top.status() : f.def().status();
        return s == null ? AgreementStatus.announced : AgreementStatus.valueOf(s);
    }

    private static String date(ArticleDoc d, Arguments args, Frame f, List<Frame> chain) {
        List<Frame> all = new ArrayList<>(List.of(f));
        all.addAll(chain);
        for (Frame x : all) {
            for (int w : x.role("time")) {
                String v = args.date(x.sentence(), w);
                if (v != null) {
                    return v;
                }
            }
        }
        return args.clauseDate(f.sentence(), f.trigger(), f.support());
    }

    private static String eventIn(ArticleDoc d, int s) {
        for (EventFact e : d.facts(EventKind.INSTANCE)) {
            if (e.evidence().sentenceIndex() == s) {
                return e.localId();
            }
        }
        return null;
    }

    /**
     * The sum the frame names: a money expression inside the subtree of its trigger or theme
     * ("a $50 million loan", "provide Kenya with 200 million euros"), else the one the sentence
     * gives when it gives only one.
     */
    private MonetaryAmount amount(ArticleDoc d, int s, Frame f) {
        Sentence sentence = d.sentence(s);
        List<MoneyParser.Money> found = g.money().parse(d.folded(s));
        if (found.isEmpty()) {
            return null;
        }
        Set<Integer> span = subtree(sentence.deps(), f.trigger(), 4);
        for (String role : List.of("theme", "recipient")) {
            for (int w : f.role(role)) {
                span.addAll(subtree(sentence.deps(), w, 4));
            }
        }
        if (f.support() >= 0) {
            for (Dependencies.Edge e : sentence.deps().children(f.support())) {
                if (e.base().equals("obl") || e.base().equals("obj")) {
                    span.addAll(subtree(sentence.deps(), e.dep(), 3));
                }
            }
        }
        MonetaryAmount inside = moneyIn(sentence, found, span);
        if (inside != null) {
            return inside;
        }
        // "a P235 million grant under the OSA agreement to provide radars": the sum sits on the transfer noun above
        int at = f.trigger();
        for (int step = 0; step < 4; step++) {
            int up = -1;
            for (Dependencies.Edge e : sentence.deps().heads(at)) {
                if (e.head() >= 0 && !e.base().equals("conj")) {
                    up = e.head();
                    break;
                }
            }
            if (up < 0) {
                break;
            }
            DocumentNoun dn = sentence.tokens().get(up).isNoun() ? lexicon.document(sentence.tokens().get(up).lemma()) : null;
            if (dn != null && dn.kind() == DocumentNoun.Kind.TRANSFER) {
                MonetaryAmount m = moneyIn(sentence, found, subtree(sentence.deps(), up, 1));
                if (m != null) {
                    return m;
                }
            }
            at = up;
        }
        if (found.size() == 1 && !attachedElsewhere(sentence, found.get(0), span)) {
            return found.get(0).amount();
        }
        return null;
    }

    /** Whether a sum modifies a noun outside the frame ("... and Amkor plans to open a $1.6 billion factory"). */
    private static boolean attachedElsewhere(Sentence sentence, MoneyParser.Money m, Set<Integer> span) {
        for (int w = 0; w < sentence.tokens().size(); w++) {
            Token t = sentence.tokens().get(w);
            int rs = t.start() - sentence.start();
            if (rs < m.start() || rs >= m.end()) {
                continue;
            }
            for (Dependencies.Edge e : sentence.deps().heads(w)) {
                int h = e.head();
                if (h >= 0 && !span.contains(h) && sentence.tokens().get(h).isNoun()
                        && (e.base().equals("nummod") || e.base().equals("compound") || e.base().equals("amod") || e.base().equals("dep"))) {
                    int hs = sentence.tokens().get(h).start() - sentence.start();
                    if (hs < m.start() || hs >= m.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static MonetaryAmount moneyIn(Sentence sentence, List<MoneyParser.Money> found, Set<Integer> span) {
        for (MoneyParser.Money m : found) {
            for (int w : span) {
                Token t = sentence.tokens().get(w);
                int rs = t.start() - sentence.start();
                if (rs >= m.start() && rs < m.end()) {
                    return m.amount();
                }
            }
        }
        return null;
    }

    private static Set<Integer> subtree(Dependencies deps, int w, int depth) {
        Set<Integer> out = new LinkedHashSet<>();
        collect(deps, w, depth, out);
        return out;
    }

    private static void collect(Dependencies deps, int w, int depth, Set<Integer> out) {
        if (!out.add(w) || depth == 0) {
            return;
        }
        for (Dependencies.Edge e : deps.children(w)) {
            if (!e.rel().startsWith("nsubj") && !e.base().equals("conj") && !e.base().equals("parataxis")) {
                collect(deps, e.dep(), depth - 1, out);
            }
        }
    }

    /** Equipment the theme names ("coastal surveillance radars"). */
    private List<String> items(ArticleDoc d, int s, int head) {
        Sentence sentence = d.sentence(s);
        Set<Integer> span = subtree(sentence.deps(), head, 4);
        if (span.isEmpty()) {
            return List.of();
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int w : span) {
            Token t = sentence.tokens().get(w);
            lo = Math.min(lo, t.start() - sentence.start());
            hi = Math.max(hi, t.end() - sentence.start());
        }
        List<String> out = new ArrayList<>();
        for (String item : g.items(d.folded(s), lo, hi, sentence.tokens(), sentence.start())) {
            String one = singular(sentence, item, lo, hi, d.folded(s));
            if (!out.contains(one)) {
                out.add(one);
            }
        }
        return out;
    }

    /** An item in its base form ("coastal surveillance radar"), as a list of kinds of equipment names it. */
    private static String singular(Sentence sentence, String item, int lo, int hi, String folded) {
        int at = folded.indexOf(item, lo);
        if (at < 0 || at + item.length() > hi) {
            return item;
        }
        int end = sentence.start() + at + item.length();
        for (Token t : sentence.tokens()) {
            if (t.end() == end && t.isNoun() && !t.lemma().isEmpty()) {
                int space = item.lastIndexOf(' ');
                return (space < 0 ? "" : item.substring(0, space + 1)) + t.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return item;
    }

    /** The same outcome named twice in one article (a headline and the story): kept once. */
    private boolean duplicate(ArticleDoc d, List<Draft> out, Draft g) {
        for (Draft o : out) {
            if (o.sentence == g.sentence && o.commitment != g.commitment && sameOrWider(o.parties, g.parties)) {
                // "agreed to begin talks to finalize a Reciprocal Access Agreement": the agreement named, being negotiated
                Draft named = o.commitment ? g : o;
                Draft commit = o.commitment ? o : g;
                if (named.name != null && commit.name != null && Character.isUpperCase(named.name.charAt(0)) && !named.type.isTransfer()
                        && commit.name.toLowerCase(Locale.ROOT).contains(named.name.toLowerCase(Locale.ROOT))) {
                    if (o == commit) {
                        o.commitment = false;
                        o.name = named.name;
                        o.type = named.type;
                        o.nouns = named.nouns;
                        o.parties.addAll(named.parties);
                    }
                    if (talksIn(d, commit) || talksIn(d, named)) {
                        o.type = AgreementType.NegotiationAgreement;
                        o.status = AgreementStatus.under_negotiation;
                    }
                    return true;
                }
            }
            if (o.sentence == g.sentence && !o.commitment && !g.commitment && o.parties.equals(g.parties) && o.parties.size() >= 2
                    && (o.type == AgreementType.NegotiationAgreement) != (g.type == AgreementType.NegotiationAgreement)
                    && (o.type == AgreementType.Agreement || g.type == AgreementType.Agreement)) {
                // "negotiations on a new bilateral treaty, known as a reciprocal access agreement": one treaty, under negotiation
                Draft named = o.type == AgreementType.NegotiationAgreement ? g : o;
                o.name = named.name;
                o.nouns = named.nouns;
                o.type = AgreementType.NegotiationAgreement;
                o.status = AgreementStatus.under_negotiation;
                return true;
            }
            if (o.name != null && g.name != null && o.name.equalsIgnoreCase(g.name) && o.parties.equals(g.parties)
                    && (o.type == AgreementType.NegotiationAgreement || g.type == AgreementType.NegotiationAgreement)) {
                // "negotiations on a treaty known as the RAA" and "the RAA": the same thing, being negotiated
                o.type = AgreementType.NegotiationAgreement;
                o.status = o.status == AgreementStatus.signed ? o.status : AgreementStatus.under_negotiation;
                return true;
            }
            if (o.sentence == g.sentence && o.amount != null && g.amount != null && o.amount.value().compareTo(g.amount.value()) == 0
                    && (o.type.isTransfer() || g.type.isTransfer())) {
                // "signed a deal with X, offering a grant of ...": one outcome, the transfer
                if (!o.type.isTransfer()) {
                    o.type = g.type;
                    o.name = g.name;
                    o.provider = g.provider;
                    o.recipient = g.recipient;
                    o.parties.addAll(g.parties);
                    o.status = g.status == AgreementStatus.announced ? o.status : g.status;
                } else {
                    if (o.recipient == null && g.recipient != null) {
                        o.provider = g.provider;
                        o.recipient = g.recipient;
                    }
                    if (o.type == AgreementType.Aid && g.type != AgreementType.Aid) {
                        o.type = g.type; // "a grant ... to fund a plan including patrol boats": a grant, with its items
                    }
                }
                for (String i : g.items) {
                    if (!o.items.contains(i)) {
                        o.items.add(i);
                    }
                }
                if (o.programme == null) {
                    o.programme = g.programme;
                }
                return true;
            }
            if (!o.commitment && !g.commitment && o.type != g.type && (o.type == AgreementType.Agreement || g.type == AgreementType.Agreement)
                    && !o.type.isTransfer() && !g.type.isTransfer() && o.parties.equals(g.parties) && o.parties.size() >= 2
                    && org.diplomacykg.reconcile.Keys.similarNames(o.name, g.name)) {
                // "the strategic partnership" and later "the strategic partnership agreement": one outcome, of the named kind
                if (o.type == AgreementType.Agreement) {
                    o.type = g.type;
                    o.name = g.name;
                    o.nouns = g.nouns;
                }
                if (o.date == null) {
                    o.date = g.date;
                }
                return true;
            }
            boolean sameDocument = o.type == g.type && o.type != AgreementType.Agreement && !o.type.isTransfer()
                    && o.parties.equals(g.parties) && o.name != null && g.name != null && headNoun(o.name).equals(headNoun(g.name));
            boolean otherSum = o.amount != null && g.amount != null && o.amount.value().compareTo(g.amount.value()) != 0;
            if (!otherSum && (sameDocument || o.type == g.type && o.commitment == g.commitment && o.parties.equals(g.parties)
                    && java.util.Objects.equals(o.provider, g.provider) && sameSubject(o, g))) {
                if (o.amount == null) {
                    o.amount = g.amount;
                }
                for (String i : g.items) {
                    if (!o.items.contains(i)) {
                        o.items.add(i);
                    }
                }
                if (o.date == null) {
                    o.date = g.date;
                }
                return true;
            }
        }
        return false;
    }

    /** A noun that triggers an outcome frame of its own ("agreements", "a deal"). */
    private boolean outcomeTrigger(Token t) {
        FrameDef def = t.isNoun() ? lexicon.trigger(t) : null;
        return def != null && !def.isEvent();
    }

    private boolean objectIsOutcome(Sentence sentence, int verb) {
        for (Dependencies.Edge e : sentence.deps().children(verb)) {
            if (e.base().equals("obj") && outcomeTrigger(sentence.tokens().get(e.dep()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrWider(Set<EntityRef> a, Set<EntityRef> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    /** Whether talks are what an outcome's verb starts ("will begin talks to finalize ..."): a talks noun within two steps below it. */
    private boolean talksIn(ArticleDoc d, Draft g) {
        Sentence sentence = d.sentence(g.sentence);
        if (sentence.deps() == null || g.word < 0) {
            return false;
        }
        List<Integer> todo = new ArrayList<>(List.of(g.word));
        for (int depth = 0, from = 0; depth < 3; depth++) {
            int to = todo.size();
            for (int k = from; k < to; k++) {
                Token t = sentence.tokens().get(todo.get(k));
                FrameDef f = lexicon.trigger(t);
                if (f != null && (f.name().equals("talks") || f.name().equals("negotiate"))) {
                    return true;
                }
                for (Dependencies.Edge e : sentence.deps().children(todo.get(k))) {
                    todo.add(e.dep());
                }
            }
            from = to;
        }
        return false;
    }

    /**
     * "notes on a P235 million grant under the OSA agreement to provide a coastal radar system":
     * the sum is what the transfer told in the same sentence carries, not the framework it runs under.
     */
    private static void moneyToTransfers(List<Draft> out) {
        for (Draft a : out) {
            if (a.amount == null || a.type.isTransfer()) {
                continue;
            }
            List<Draft> transfers = out.stream().filter(t -> t.sentence == a.sentence && t.type.isTransfer() && t.amount == null
                    && t.parties.containsAll(a.parties)).toList();
            if (transfers.size() == 1) {
                transfers.get(0).amount = a.amount;
                a.amount = null;
            }
        }
    }

    /**
     * "will begin negotiations on a treaty ... to strengthen security ties": a commitment naming
     * only one side, in a sentence whose outcome has that side and others, is that outcome's
     * purpose, not an outcome of its own.
     */
    private static void dropPurposes(List<Draft> out) {
        out.removeIf(c -> c.commitment && c.parties.size() == 1 && out.stream().anyMatch(o -> o != c && o.sentence == c.sentence
                && o.parties.size() >= 2 && o.parties.containsAll(c.parties)));
    }

    /**
     * Two outcomes of one article about the same thing: both unnamed transfers, or names about the
     * same things (a noun in common, "curb fentanyl production" and "combat illegal fentanyl").
     */
    private static boolean sameSubject(Draft x, Draft y) {
        if (x.name == null || y.name == null) {
            return x.name == null && y.name == null;
        }
        if (!x.nouns.isEmpty() && !y.nouns.isEmpty()) {
            return x.nouns.stream().anyMatch(y.nouns::contains);
        }
        return sameWords(x.name, y.name);
    }

    /** The outcome noun a name is about: its first word of documents.tsv kind ("statement" in "joint statement against ..."). */
    private String headNoun(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            DocumentNoun dn = lexicon.document(w);
            if (dn != null) {
                return dn.noun();
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean sameWords(String a, String b) {
        Set<String> wa = new LinkedHashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> wb = new LinkedHashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        wa.removeAll(List.of("a", "an", "the", "of", "to", "and", "on", "for", ""));
        wb.removeAll(List.of("a", "an", "the", "of", "to", "and", "on", "for", ""));
        long common = wa.stream().filter(wb::contains).count();
        return common >= 2 && common * 2 >= Math.min(wa.size(), wb.size()) || common > 0 && (wa.containsAll(wb) || wb.containsAll(wa));
    }

    private static String transferName(Draft g) {
        String what = switch (g.type) {
            case Grant -> "grant";
            case EquipmentTransfer -> "equipment transfer";
            case Loan -> "loan";
            case Investment -> "investment";
            case FinancialArrangement -> "financial arrangement";
            default -> "aid";
        };
        String items = g.items.isEmpty() ? "" : " (" + String.join(", ", g.items) + ")";
        String from = g.provider != null ? g.provider.name() : g.parties.iterator().next().name();
        String to = g.recipient != null ? " to " + g.recipient.name() : "";
        return from + " " + what + to + items;
    }
}
