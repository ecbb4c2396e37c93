package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.nlp.Token;

/**
 * Finds where one sentence names a person, and what it says they are:
 * <ul>
 * <li>title before a name, with the country from a possessive, a demonym or "of"/"to"
 * ("Canada's Prime Minister X", "Peruvian President X", "Kenyan Ambassador to the Netherlands X");</li>
 * <li>"his Chilean counterpart(,) X": same office as the person "his" refers to (set by the resolver);</li>
 * <li>apposition: "X, associate professor at ORG", "X, director of the ... Department at ORG",
 * "X, Australia's foreign minister";</li>
 * <li>a capitalised name before a speech verb ("X Y said") or "X, who";</li>
 * <li>any full name of a leader in leaders.tsv, in either name order;</li>
 * <li>descriptions that stand for a person: "the prime minister", "the U.S. president";</li>
 * <li>apposition of an office: "X, the general secretary of the Communist Party of Ruritania";</li>
 * <li>the spans the statistical recogniser tags as a person, which also widen a name a rule cut
 * short ("President Abdel Fattah al-Sisi"), and catch names of shapes no rule knows.</li>
 * <li>roles written as common nouns around a name ("billionaire X", "Kenya's top golfers, X and Y"), read by {@link RoleNounReader};</li>
 * </ul>
 * Stateless; one instance may be shared.
 */
final class PersonMatcher {
    enum Kind { FULL, SHORT, DESCRIPTION }

    /**
     * A person named in a sentence: the name as written (folded), its span in the article, the
     * title, country and organisation the sentence gives, whether the title is "the same office
     * as the person 'his' refers to", and whether the person is the subject of a speech verb.
     */
    record Candidate(Kind kind, String name, int start, int end, String title, EntityRef country,
                     EntityRef org, boolean counterpart, boolean speaker) {
    }

    static final String NAMEW = "(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?|[A-Z]\\.)";
    static final String PARTICLE = "(?:bin|binti|al|el|de|da|dos|van|von|der|di|del|la|le)";
    static final String NAME = NAMEW + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + NAMEW + "){0,4}(?:,?\\s+Jr\\.)?";
    static final List<String> SPEECH_VERBS = List.of("said", "says", "told", "tells", "added", "adds", "stated", "noted", "explained", "warned", "argued", "wrote", "stressed", "emphasized", "emphasised", "insisted", "recalled", "points out", "pointed out", "asked");
    static final String SPEECH = "(?:" + String.join("|", SPEECH_VERBS) + ")";
    private static final Set<String> STOP = org.diplomacykg.lexicon.Lexicon.standard().words("not_name_starts");

    private final TitleGazetteer titles;
    private final RoleNounReader roleNouns;
    private final LeaderDirectory leaders;
    private final EntityGazetteer gazetteer;
    private final Guarded office;
    private final Guarded counterpart;
    private final Guarded apposition;
    private final Guarded appositionOffice;
    private final Guarded speech;
    private final Guarded who;
    private final Guarded saidName;
    private final Guarded particleSpeech;
    private final Guarded appositionOrgPosition;
    private final Guarded description;
    private final Guarded officeApposition;
    private final Guarded possessedOfficeApposition;
    /** "the foreign ministers": an office in the plural, which a list of its holders may follow. */
    private final Guarded pluralOffice;
    /** One holder in such a list: a name and the country it is held for, "X of Ruritania" or "X (Ruritania)". */
    private static final Pattern HOLDER = Pattern.compile("(" + NAME + ")\\s+(?:of\\s+(?:the\\s+)?|\\(\\s*)");
    /** Between a plural office and its list: "of the three countries -", "of Ruritania and Freedonia,", ":". */
    private static final Pattern LIST_OPENING = Pattern.compile("^(?:\\s+of\\s+[^,:;()\"-]{1,60}?\\s*[-:,]\\s*|\\s*[-:,]\\s*|\\s+)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("^\\s*\\)?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
    /** An office and "and" right before another office: "Prime Minister and " in "Prime Minister and Vice President X". */
    private final Pattern priorOffice;
    /** Words that never stand in a person's name: a run holding one names a thing (lexicon not_name_words). */
    private final Set<String> notNameWords;
    private final Pattern nameAt = Pattern.compile(NAME);
    private static final Pattern TO_COUNTRY = Pattern.compile("^\\s+(?:to|for)\\s+(?:the\\s+)?");
    private static final Pattern SPACE = Pattern.compile("^\\s+");
    private static final Pattern COMMA_SPACE = Pattern.compile("^,?\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern AT_WORD = Pattern.compile("\\sat\\s");
    private static final Pattern PARTICLE_WORD = Pattern.compile(PARTICLE);
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern TRAILING_DOT = Pattern.compile("[.]$");
    /** Between a country and its office: a possessive, and an abbreviation in brackets ("United Arab Emirates (UAE) Prime Minister"). */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("\\s*(?:\\(\\s*[A-Z][A-Za-z.]{1,8}\\s*\\)\\s*)?(?:['’]s?)?\\s*");
    private static final Pattern OF_COUNTRY = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z].*");
    private static final Pattern HAS_AND = Pattern.compile(".*\\band\\b.*");
    private static final Pattern AND_BEFORE_LAST_COMMA = Pattern.compile(".*\\band\\b.*, .*");

    PersonMatcher(TitleGazetteer titles, LeaderDirectory leaders, EntityGazetteer gazetteer, Set<String> notNameWords,
                  RoleNounReader roleNouns) {
        this.titles = titles;
        this.roleNouns = roleNouns;
        this.leaders = leaders;
        this.gazetteer = gazetteer;
        this.notNameWords = Set.copyOf(notNameWords);
        // each pattern with the literals every match of it holds: its office, position, verb or word
        office = Guarded.ignoringCase("(?<![A-Za-z-])(?i:" + titles.offices() + ")(?=[\\s,])", titles.officeNames());
        counterpart = Guarded.of("\\b(?:(?:his|her|their)\\s+)?(?:([A-Z][\\w.]*(?:\\s[A-Z][\\w.]*)?)(?:'s)?\\s+)?counterparts?,?\\s+(?=[A-Z])", "counterpart");
        apposition = Guarded.of("(?<![A-Za-z])(" + NAME + "),\\s+(?:an?\\s+|the\\s+)?(" + titles.positions() + ")\\b([^,;\"]*)", titles.positionNames());
        appositionOffice = Guarded.ignoringCase("(?<![A-Za-z])(" + NAME + "),\\s+(?:the\\s+)?([A-Z][\\w.]*(?:\\s[A-Z][a-z]+)?)(?:'s)?\\s+(?i:(" + titles.offices() + "))\\b", titles.officeNames());
        speech = Guarded.of("(?<![A-Za-z])(" + NAME + ")\\s+(?:also\\s+)?" + SPEECH + "\\b", SPEECH_VERBS);
        who = Guarded.of("(?<![A-Za-z])(" + NAME + "),\\s+who\\b", "who");
        particleSpeech = Guarded.of("(?<![A-Za-z])((?:" + PARTICLE + "\\s+){1,2}[A-Z][a-z]+)\\s+(?:also\\s+)?" + SPEECH + "\\b", SPEECH_VERBS);
        saidName = Guarded.of("\\b(?:said|says|added|noted|wrote)\\s+(" + NAME + ")(?=\\s*[,.])", "said", "says", "added", "noted", "wrote");
        appositionOrgPosition = Guarded.of("(?<![A-Za-z])(" + NAME + "),\\s+(?:the\\s+)?((?:[A-Z][\\w.-]*\\s+){0,4}[A-Z][\\w.-]*)'s\\s+(" + titles.positions() + ")\\b([^,;\"]*)", "'s");
        // "X, the general secretary of the Communist Party of Ruritania," / "X, the prime minister, said":
        // an office after a name, closed by punctuation or by "of" and what it is held for
        // "X, Crown Prince Prime Minister, said": a run of offices after a name, the first taken as the title
        officeApposition = Guarded.ignoringCase("(?<![A-Za-z])(" + NAME + "),\\s+(?:the\\s+|an?\\s+)?(?i:(" + titles.offices() + "))"
                + "(?:\\s+(?:and\\s+)?(?i:" + titles.offices() + "))*(?=\\s+of\\s|\\s*[,;.]|\\s*$)", titles.officeNames());
        possessedOfficeApposition = Guarded.ignoringCase("\\b([A-Z][\\w.]*(?:\\s[A-Z][a-z]+)?)(?:'s|\u2019s)\\s+(?i:(" + titles.offices() + "))"
                + ",\\s+(" + NAME + ")(?=\\s*[,;.]|\\s+(?:said|says|and)\\b)", "'s", "\u2019s");
        pluralOffice = Guarded.ignoringCase("(?<![A-Za-z-])(?i:(" + titles.offices() + "))s\\b", titles.officeNames());
        priorOffice = Pattern.compile("(?<![A-Za-z-])(?i:" + titles.offices() + ")\\s+and\\s+$");
        description = Guarded.ignoringCase("\\b(?:[Tt]he\\s+((?:U\\.S\\.|U\\.K\\.|[A-Z][a-z]+|[A-Z]{2,3})\\s+)?|([A-Z][\\w.]*)'s\\s+)(?i:(" + titles.offices() + "))\\b(?![\\s,]+(?:[A-Z][a-z]|to\\s|of\\s))", titles.officeNames());
    }

    /** Candidates in one sentence without its tokens: the rules on the text alone. */
    List<Candidate> find(String t, int off, List<Mention> entities) {
        return find(t, off, entities, List.of());
    }

    /**
     * Candidates in one sentence. {@code t} is the folded sentence, {@code off} its start in the
     * article, {@code entities} the non-person mentions already found in it, {@code tokens} its
     * tokens with their named-entity classes.
     */
    List<Candidate> find(String t, int off, List<Mention> entities, List<Token> tokens) {
        List<Candidate> out = rules(t, off, entities);
        List<int[]> runs = personRuns(t, off, tokens);
        widen(out, runs, t, off, entities);
        recognised(out, runs, t, off, entities);
        if (!tokens.isEmpty()) {
            out.addAll(roleNouns.read(out, tokens, entities));
        }
        return out;
    }

    private List<Candidate> rules(String t, int off, List<Mention> entities) {
        List<Candidate> out = new ArrayList<>();
        titled(t, off, entities, out);
        holderLists(t, off, entities, out);
        Matcher m = counterpart.matcher(t);
        while (m.find()) {
            Matcher n = nameAt.matcher(t).region(m.end(), t.length());
            if (!n.lookingAt() || startsWithOffice(t.substring(m.end()))) {
                continue;
            }
            EntityRef country = m.group(1) == null ? null : countryIn(entities, off + m.start(1), off + m.end(1));
            add(out, t, off, n.start(), n.end(), entities, null, country, null, true, false);
        }
        m = apposition.matcher(t);
        while (m.find()) {
            String tail = m.group(3);
            int atIdx = indexOf(AT_WORD, tail);
            String roleTail = atIdx >= 0 ? tail.substring(0, atIdx) : cutAt(tail, " with ", " in ", " who ");
            String role = Text.collapse(m.group(2) + roleTail);
            int tailStart = m.start(3) + (atIdx >= 0 ? atIdx : 0);
            EntityRef org = orgIn(entities, off + tailStart, off + m.end(3));
            EntityRef country = org == null ? possessorCountry(t, off, entities, m.start(3), m.start(3) + roleTail.length()) : null;
            add(out, t, off, m.start(1), m.end(1), entities, role, country, org, false, false);
        }
        m = appositionOffice.matcher(t);
        while (m.find()) {
            EntityRef c = countryIn(entities, off + m.start(2), off + m.end(2));
            if (c != null && !nameFollows(t, m.end(3))) {
                add(out, t, off, m.start(1), m.end(1), entities, titles.canonicalOffice(m.group(3)), c, null, false, false);
            }
        }
        m = officeApposition.matcher(t);
        while (m.find()) {
            officeAfterName(out, t, off, entities, m);
        }
        m = speech.matcher(t);
        while (m.find()) {
            add(out, t, off, m.start(1), m.end(1), entities, null, null, null, false, true);
        }
        m = particleSpeech.matcher(t);
        while (m.find()) {
            // "von der Leyen said": a surname that starts with a lower-case particle keeps it
            String name = TRAILING_COMMA.matcher(m.group(1)).replaceAll("");
            out.add(new Candidate(Kind.FULL, name, off + m.start(1), off + m.start(1) + name.length(), null, null, null, false, true));
        }
        m = saidName.matcher(t);
        while (m.find()) {
            add(out, t, off, m.start(1), m.end(1), entities, null, null, null, false, true);
        }
        m = appositionOrgPosition.matcher(t);
        while (m.find()) {
            EntityRef org = orgIn(entities, off + m.start(2), off + m.end(2));
            EntityRef c = org == null ? countryIn(entities, off + m.start(2), off + m.end(2)) : null;
            if (org != null || c != null) {
                add(out, t, off, m.start(1), m.end(1), entities, TRAILING_DOT.matcher(Text.collapse(m.group(3) + cutAt(m.group(4), " who ", " with "))).replaceAll(""), c, org, false, false);
            }
        }
        m = who.matcher(t);
        while (m.find()) {
            add(out, t, off, m.start(1), m.end(1), entities, null, null, null, false, false);
        }
        for (PhraseMatcher.Hit<String> h : leaders.find(t)) {
            out.add(new Candidate(Kind.FULL, h.value(), off + h.start(), off + h.end(), null, null, null, false, false));
        }
        m = possessedOfficeApposition.matcher(t);
        while (m.find()) {
            // "Ruritania's president, Jane Roe,": the office the country's possessive names, then the holder
            EntityRef c = gazetteer.countryByName(m.group(1));
            if (c != null) {
                add(out, t, off, m.start(3), m.end(3), entities, titles.canonicalOffice(m.group(2)), c, null, false, false);
            }
        }
        m = description.matcher(t);
        while (m.find()) {
            String cw = m.group(1) != null ? m.group(1).trim() : m.group(2);
            EntityRef c = null;
            if (cw != null) {
                c = gazetteer.countryByName(cw);
                if (c == null) {
                    continue; // "the Foreign Ministry spokesperson"-like phrases with a non-country word
                }
            }
            String o = titles.canonicalOffice(m.group(3));
            out.add(new Candidate(Kind.DESCRIPTION, null, off + m.start(), off + m.end(), o, c, null, false, false));
        }
        return out;
    }

    /**
     * "the foreign ministers of the three countries - X of Ruritania, Y of Freedonia and Z of
     * Sylvania", "Prime Ministers X (Ruritania) and Y (Freedonia)": each holder in the list takes
     * the office in the singular and the country named with them. The list stops at the first
     * item that is not a name with its country.
     */
    private void holderLists(String t, int off, List<Mention> entities, List<Candidate> out) {
        Matcher m = pluralOffice.matcher(t);
        while (m.find()) {
            String title = titles.canonicalOffice(m.group(1));
            Matcher open = LIST_OPENING.matcher(t.substring(m.end()));
            if (title == null || !open.find()) {
                continue;
            }
            int p = m.end() + open.end();
            List<Candidate> items = new ArrayList<>();
            while (p < t.length()) {
                Matcher h = HOLDER.matcher(t).region(p, t.length());
                if (!h.lookingAt()) {
                    break;
                }
                Mention held = mentionAt(entities, off + h.end());
                if (held == null || !held.isCountry()) {
                    break;
                }
                add(items, t, off, h.start(1), h.end(1), entities, title, held.ref(), null, false, false);
                p = held.end() - off;
                Matcher sep = LIST_SEPARATOR.matcher(t.substring(p));
                if (!sep.find()) {
                    break;
                }
                p += sep.end();
            }
            if (items.size() >= 2) {
                out.addAll(items);
            }
        }
    }

    /** "Fumio Kishida, U.S. President Joe Biden and ...": an office followed by a name is that name's title, no apposition. */
    private static boolean nameFollows(String t, int officeEnd) {
        return NAME_AFTER.matcher(t).region(officeEnd, t.length()).lookingAt();
    }

    private static final Pattern NAME_AFTER = Pattern.compile("\\s+[A-Z]");
    private static final Pattern OF_CLAUSE = Pattern.compile("\\s+of\\s+([^,;()]*)");
    /** A field an office is held for, ending the clause: "Energy", "Culture and Sport". */
    private static final Pattern FIELD = Pattern.compile("((?:the\\s+)?[A-Z][a-z]+(?:\\s+(?:and\\s+)?[A-Z][a-z]+){0,3})\\s*");

    /**
     * "X, the general secretary of the Communist Party of Ruritania": the office, held for the
     * country or organisation the "of" phrase names (a party's country when its name holds one).
     * An "of" phrase that names nothing the gazetteers know ("the chief of staff") is no office
     * held for anyone, and gives nothing.
     */
    private void officeAfterName(List<Candidate> out, String t, int off, List<Mention> entities, Matcher m) {
        String title = titles.canonicalOffice(m.group(2));
        if (title == null) {
            return;
        }
        EntityRef country = null;
        EntityRef org = null;
        Matcher of = OF_CLAUSE.matcher(t).region(m.end(2), t.length());
        if (of.lookingAt()) {
            Mention held = firstMentionIn(entities, off + of.start(1), off + of.end(1));
            Matcher portfolio = FIELD.matcher(of.group(1));
            if (held == null && portfolio.matches()) {
                // "X, Minister of Energy,": the office is held for a field, not a country or body
                add(out, t, off, m.start(1), m.end(1), entities, title + " of " + portfolio.group(1), null, null, false, false);
                return;
            }
            if (held == null) {
                return;
            }
            if (held.isCountry()) {
                country = held.ref();
            } else if (held.ref().kind() == EntityKind.ORGANIZATION || held.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                country = held.ref().kind() == EntityKind.ORGANIZATION ? countryInName(held.ref().name()) : null;
                org = country == null ? held.ref() : null;
            } else {
                return;
            }
        }
        add(out, t, off, m.start(1), m.end(1), entities, title, country, org, false, false);
    }

    private static Mention firstMentionIn(List<Mention> entities, int s, int e) {
        for (Mention m : entities) {
            if (m.start() >= s && m.end() <= e) {
                return m;
            }
        }
        return null;
    }

    /**
     * Spans (sentence offsets) of the runs of tokens the recogniser tags as a person, without
     * photo credits and bylines ("Jane Roe/Reuters", "(AP Photo/Jane Roe)", "By Jane Roe",
     * "Photo by Jane Roe") and without runs that name a thing after a person ("the John Roe
     * Memorial", "Cyclone Freddy").
     */
    private List<int[]> personRuns(String t, int off, List<Token> tokens) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).ner().equals("PERSON")) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON")) {
                j++;
            }
            boolean thing = false;
            for (int k = i; k <= j; k++) {
                thing |= notNameWords.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT));
            }
            int s = tokens.get(i).start() - off;
            int e = tokens.get(j).end() - off;
            if (!thing && s >= 0 && e <= t.length() && !credit(t, tokens, i, j, s, e)) {
                runs.add(new int[] {s, e});
            }
            i = j;
        }
        return runs;
    }

    private static final Set<String> CREDIT_WORDS = Set.of("photo", "photos", "photograph", "picture", "image", "images", "video",
            "credit", "credits", "reporting", "editing", "writing", "written", "edited", "compiled", "graphic", "illustration", "courtesy");

    /** Whether a person run is a photo credit or a byline rather than a mention of someone in the story. */
    private static boolean credit(String t, List<Token> tokens, int i, int j, int s, int e) {
        int before = s - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        int after = e;
        while (after < t.length() && t.charAt(after) == ' ') {
            after++;
        }
        if ((before >= 0 && t.charAt(before) == '/') || (after < t.length() && t.charAt(after) == '/')) {
            return true;
        }
        String prev = i > 0 ? tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
        String prev2 = i > 1 ? tokens.get(i - 2).text().toLowerCase(java.util.Locale.ROOT) : "";
        if (prev.equals("by") && (i == 1 || CREDIT_WORDS.contains(prev2))) {
            return true; // "By Jane Roe", "Photo by Jane Roe", "Additional reporting by Jane Roe"
        }
        return prev.equals(":") && CREDIT_WORDS.contains(prev2); // "Photo: Jane Roe"
    }

    /**
     * A rule's name that the recogniser's run continues ("President Abdel Fattah" of "President
     * Abdel Fattah al-Sisi", a name with a letter no rule reads) is widened to the run, trimmed
     * like any name; the rule's title, country and organisation stay.
     */
    private void widen(List<Candidate> out, List<int[]> runs, String t, int off, List<Mention> entities) {
        for (int k = 0; k < out.size(); k++) {
            Candidate c = out.get(k);
            if (c.kind() == Kind.DESCRIPTION || c.name() == null) {
                continue;
            }
            int cs = c.start() - off;
            int ce = c.end() - off;
            for (int[] r : runs) {
                if (r[0] >= ce || cs >= r[1]) {
                    continue;
                }
                int[] span = trim(t, off, r[0], r[1], entities, c.title() != null);
                if (span != null && span[0] <= cs && span[1] >= ce && span[1] - span[0] > ce - cs) {
                    String name = t.substring(span[0], span[1]);
                    out.set(k, new Candidate(name.contains(" ") ? Kind.FULL : Kind.SHORT, name, off + span[0], off + span[1],
                            c.title(), c.country(), c.org(), c.counterpart(), c.speaker()));
                }
            }
        }
    }

    /** The recogniser's person runs that no rule found: full names, with no title of their own. */
    private void recognised(List<Candidate> out, List<int[]> runs, String t, int off, List<Mention> entities) {
        for (int[] r : runs) {
            int[] span = trim(t, off, r[0], r[1], entities, false);
            if (span == null || overlapsName(out, off + span[0], off + span[1])) {
                continue;
            }
            String name = t.substring(span[0], span[1]);
            if (name.contains(" ")) {
                out.add(new Candidate(Kind.FULL, name, off + span[0], off + span[1], null, null, null, false, false));
            }
        }
    }

    private static boolean overlapsName(List<Candidate> cs, int s, int e) {
        for (Candidate c : cs) {
            if (c.kind() != Kind.DESCRIPTION && s < c.end() && c.start() < e) {
                return true;
            }
        }
        return false;
    }

    private void titled(String t, int off, List<Mention> entities, List<Candidate> out) {
        Matcher m = office.matcher(t);
        while (m.find()) {
            String title = titles.canonicalOffice(m.group());
            int p = m.end();
            boolean destination = false;
            Matcher to = TO_COUNTRY.matcher(t.substring(p));
            if (to.find()) {
                Mention dest = mentionAt(entities, off + p + to.end());
                if (dest != null && dest.isCountry()) {
                    title = title + " to " + dest.ref().name();
                    p = dest.end() - off;
                    destination = true;
                }
            }
            EntityRef heldFor = null;
            Matcher of = destination ? null : OF_COUNTRY.matcher(t.substring(p));
            if (of != null && of.find()) {
                // "the Amir of Kuwait, Sheikh X": the office with the country it is held for
                Mention held = mentionAt(entities, off + p + of.end());
                if (held != null && held.isCountry()) {
                    heldFor = held.ref();
                    p = held.end() - off;
                    destination = true;
                }
            }
            if (honorificAfterOffice(t, m.start())) {
                continue; // "President Sheikh X": the honorific is no second office
            }
            EntityRef inTitle = null;
            int[] split = destination ? null : nameAfterPortfolio(t, p);
            if (split != null) {
                // "Minister of Foreign Affairs, Trade and Ruritanian Expatriates X", "Vice President for Eastern Africa X"
                inTitle = countryIn(entities, off + p, off + split[0]);
                p = split[0] - 1;
            } else {
                Matcher hon = HONORIFIC.matcher(t).region(p, t.length());
                if (hon.lookingAt()) {
                    p = hon.end() - 1; // "President His Highness Sheikh X"
                }
            }
            Matcher n = nameAt.matcher(t).region(p, t.length());
            // "Ruritania's ambassador to Freedonia, X, said": a comma may follow a title that names its destination
            Matcher ws = (destination ? COMMA_SPACE : SPACE).matcher(t.substring(p));
            if (!ws.find()) {
                continue;
            }
            n.region(p + ws.end(), t.length());
            if (!n.lookingAt()) {
                continue;
            }
            EntityRef country = null;
            EntityRef org = null;
            int officeStart = chainStart(t, m.start());
            int portfolio = portfolioBefore(t, off, officeStart, entities);
            if (portfolio >= 0 && title != null && title.indexOf(' ') < 0) {
                // "Ruritanian Infrastructure Minister X": a field the gazetteer does not list, between country and office
                title = t.substring(portfolio, officeStart).strip() + " " + title;
                officeStart = portfolio;
            }
            for (Mention e : entities) {
                int gapStart = e.end() - off;
                if (gapStart <= officeStart && POSSESSIVE_GAP.matcher(t.substring(gapStart, officeStart)).matches()) {
                    if (e.isCountry()) {
                        country = e.ref();
                    } else if (e.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                        org = e.ref();
                    } else if (e.ref().kind() == EntityKind.ORGANIZATION) {
                        // "Ruritanian Workers' Party General Secretary X": the party's country,
                        // which is what the office is read for; the party only when it names none
                        country = countryInName(e.ref().name());
                        org = country == null ? e.ref() : null;
                    }
                }
            }
            if (country == null && org == null) {
                country = heldFor != null ? heldFor : inTitle;
            }
            if (country == null && org == null) {
                // "President X of Ruritania": the country after the name is the one the office is held for
                Matcher after = OF_COUNTRY.matcher(t.substring(n.end()));
                Mention held = after.find() ? mentionAt(entities, off + n.end() + after.end()) : null;
                country = held != null && held.isCountry() ? held.ref() : null;
            }
            add(out, t, off, n.start(), n.end(), entities, title, country, org, false, false);
        }
    }

    /** One, then two capitalised words right before an office: the nearest first. */
    private static final List<Pattern> PORTFOLIO_BEFORE = List.of(Pattern.compile("[A-Z][a-z]+\\s+$"),
            Pattern.compile("(?:[A-Z][a-z]+\\s+){2}$"));

    /**
     * Where one or two capitalised words before an office start, when a country (or its
     * possessive) comes right before them and they name nothing the gazetteers know; else -1.
     */
    private static int portfolioBefore(String t, int off, int officeStart, List<Mention> entities) {
        int from = Math.max(0, officeStart - 40);
        for (Pattern p : PORTFOLIO_BEFORE) {
            Matcher pf = p.matcher(t.substring(from, officeStart));
            if (!pf.find()) {
                return -1;
            }
            int start = from + pf.start();
            boolean countryBefore = false;
            boolean named = false;
            for (Mention e : entities) {
                int s = e.start() - off;
                int end = e.end() - off;
                named |= s < officeStart && end > start;
                countryBefore |= e.isCountry() && end <= start && POSSESSIVE_GAP.matcher(t.substring(end, start)).matches();
            }
            if (named) {
                return -1;
            }
            if (countryBefore) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Where a run of offices joined by "and" starts, for the last of them: "French Prime Minister
     * and Foreign Minister X" has its country before the first office.
     */
    private int chainStart(String t, int start) {
        int at = start;
        while (true) {
            Matcher prior = priorOffice.matcher(t.substring(Math.max(0, at - 60), at));
            if (!prior.find()) {
                return at;
            }
            at = Math.max(0, at - 60) + prior.start();
        }
    }

    /** Honorifics between an office and a name, which are not offices of their own. */
    private static final Pattern HONORIFIC = Pattern.compile("\\s+(?:(?:His|Her)\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency)\\s+)?(?=(?:Sheikh|Sheikha|Shaikh|Shaikha|Sheik)\\s+[A-Z])");
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("\\s+(?:(?:His|Her)\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency)\\s+)?$");
    private static final Pattern HONORIFIC_WORD = Pattern.compile("(?i)Sheikha?|Shaikha?|Sheik");
    /** A portfolio list or a "for" phrase after an office: ", Trade and Development" / " for Eastern and Southern Africa". */
    private static final Pattern PORTFOLIO = Pattern.compile("(,\\s+|\\s+for\\s+(?:the\\s+)?)([A-Z][\\w'-]*(?:(?:\\s+|,\\s+)(?:[A-Z][\\w'-]*|and|of|the))*)");

    /** "Sheikh" right after another office (or "His Highness") is an honorific, not a second office. */
    private boolean honorificAfterOffice(String t, int start) {
        if (!HONORIFIC_WORD.matcher(t.substring(start)).lookingAt()) {
            return false;
        }
        String before = t.substring(Math.max(0, start - 80), start);
        Matcher h = HONORIFIC_BEFORE.matcher(before);
        if (!h.find()) {
            return false;
        }
        String rest = before.substring(0, h.start());
        if (h.group().contains("Highness") || h.group().contains("Majesty") || h.group().contains("Excellency")) {
            return true;
        }
        Matcher o = office.matcher(rest);
        while (o.find()) {
            if (o.end() == rest.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name starts after a portfolio list or a "for" phrase that follows an office, or
     * null: the words after the last comma when at least two, else the last two capitalised
     * words of the run. A comma list must contain "and" ("Minister of Foreign Affairs, European
     * Union and Cooperation, X"); a "for" phrase need not ("Vice President for Africa X").
     * Returns {start of the name, end of the run}.
     */
    private int[] nameAfterPortfolio(String t, int p) {
        Matcher m = PORTFOLIO.matcher(t).region(p, t.length());
        if (!m.lookingAt()) {
            return null;
        }
        boolean isFor = !m.group(1).startsWith(",");
        String run = m.group(2);
        if (!isFor && !HAS_AND.matcher(run).matches()) {
            return null;
        }
        int runStart = m.start(2);
        int comma = run.lastIndexOf(", ");
        if (comma >= 0 && AND_BEFORE_LAST_COMMA.matcher(run).matches()) {
            String tail = run.substring(comma + 2);
            if (WHITESPACE.split(tail).length >= 2 && CAPITALISED.matcher(tail).matches() && !HAS_AND.matcher(tail).matches()) {
                return new int[] {runStart + comma + 2, m.end()};
            }
        }
        String[] words = WHITESPACE.split(run.substring(comma + 1).trim());
        if (words.length < 3) {
            return null; // no words left for a name after the portfolio
        }
        int k = words.length - 2;
        if (!CAPITALISED.matcher(words[k]).matches() || !CAPITALISED.matcher(words[k + 1]).matches() || PARTICLE_WORD.matcher(words[k]).matches()) {
            return null;
        }
        int at = m.end();
        for (int j = words.length - 1; j >= k; j--) {
            at = t.lastIndexOf(words[j], at - 1);
        }
        return at < 0 ? null : new int[] {at, m.end()};
    }

    /** The country an organisation's name starts with ("Ruritanian" in "Ruritanian Workers' Party"), or null. */
    private EntityRef leadingCountry(String orgName) {
        for (PhraseMatcher.Hit<EntityGazetteer.Entry> h : gazetteer.find(Text.fold(orgName))) {
            return h.start() == 0 && h.value().ref().kind() == EntityKind.COUNTRY ? h.value().ref() : null;
        }
        return null;
    }

    /** The country an organisation's name starts or ends with ("Workers' Party of Ruritania"), or null. */
    private EntityRef countryInName(String orgName) {
        EntityRef lead = leadingCountry(orgName);
        if (lead != null) {
            return lead;
        }
        String f = Text.fold(orgName);
        EntityRef last = null;
        for (PhraseMatcher.Hit<EntityGazetteer.Entry> h : gazetteer.find(f)) {
            boolean ofCountry = h.end() == f.length() && f.substring(0, h.start()).endsWith(" of ");
            last = ofCountry && h.value().ref().kind() == EntityKind.COUNTRY ? h.value().ref() : null;
        }
        return last;
    }

    private boolean startsWithOffice(String s) {
        Matcher m = office.matcher(s);
        return m.lookingAt();
    }

    /** Trims stop words, title words and gazetteer names off a capitalised run; adds what remains. */
    private void add(List<Candidate> out, String t, int off, int s, int e, List<Mention> entities, String title,
                     EntityRef country, EntityRef org, boolean counterpartFlag, boolean speaker) {
        int[] span = trim(t, off, s, e, entities, title != null);
        if (span == null) {
            return;
        }
        String name = t.substring(span[0], span[1]);
        Kind kind = name.contains(" ") ? Kind.FULL : Kind.SHORT;
        out.add(new Candidate(kind, name, off + span[0], off + span[1], title, country, org, counterpartFlag, speaker));
    }

    /** The name inside a capitalised run (sentence offsets), without stop words, titles and gazetteer names; null if none. */
    private int[] trim(String t, int off, int s, int e, List<Mention> entities, boolean afterTitle) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(t.substring(s, e));
        while (w.find()) {
            words.add(new int[] {s + w.start(), s + w.end()});
        }
        int first = 0;
        while (first < words.size() && badWord(t, words.get(first), off, entities)) {
            if (afterTitle && first + 1 < words.size() && cityWord(t, words.get(first), off, entities)
                    && !badWord(t, words.get(first + 1), off, entities)) {
                break; // "Vice President Victoria X": a city's name as a given name, after a title
            }
            first++;
        }
        int last = first < words.size() && badWord(t, words.get(first), off, entities) ? first + 1 : first;
        while (last < words.size() && (!badWord(t, words.get(last), off, entities) || innerParticle(t, words, last, off, entities))) {
            last++;
        }
        if (first >= last) {
            return null;
        }
        int ns = words.get(first)[0];
        String name = TRAILING_COMMA.matcher(t.substring(ns, words.get(last - 1)[1])).replaceAll("");
        return new int[] {ns, ns + name.length()};
    }

    /** A particle inside a name ("da" in "Luiz Inacio Lula da Silva") belongs to it when a name word follows. */
    private boolean innerParticle(String t, List<int[]> words, int k, int off, List<Mention> entities) {
        String word = t.substring(words.get(k)[0], words.get(k)[1]);
        if (!PARTICLE_WORD.matcher(word).matches()) {
            return false;
        }
        // "van der Berg": a run of particles belongs to the name when a name word ends it
        int j = k + 1;
        while (j < words.size() && PARTICLE_WORD.matcher(t.substring(words.get(j)[0], words.get(j)[1])).matches()) {
            j++;
        }
        return j < words.size() && !badWord(t, words.get(j), off, entities);
    }

    /** A word that is only a city's name (a capital or a place), not a title or stop word. */
    private boolean cityWord(String t, int[] w, int off, List<Mention> entities) {
        String word = TRAILING_COMMA.matcher(t.substring(w[0], w[1])).replaceAll("");
        if (STOP.contains(word) || titles.isTitleWord(word) || PARTICLE_WORD.matcher(word).matches()) {
            return false;
        }
        for (Mention m : entities) {
            if (off + w[0] == m.start() && m.end() == off + w[0] + word.length()) {
                return m.form() == Mention.Form.CAPITAL || m.ref().kind() == EntityKind.PLACE;
            }
        }
        return false;
    }

    private boolean badWord(String t, int[] w, int off, List<Mention> entities) {
        String word = TRAILING_COMMA.matcher(t.substring(w[0], w[1])).replaceAll("");
        if (STOP.contains(word) || titles.isTitleWord(word) || PARTICLE_WORD.matcher(word).matches()) {
            return true;
        }
        for (Mention m : entities) {
            if (off + w[0] < m.end() && m.start() < off + w[1]) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static String cutAt(String s, String... stops) {
        int cut = s.length();
        for (String stop : stops) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut);
    }

    private static Mention mentionAt(List<Mention> entities, int pos) {
        for (Mention m : entities) {
            if (m.start() == pos) {
                return m;
            }
        }
        return null;
    }

    /**
     * "X, an adviser to Ruritania's president": the country whose office the role serves, written
     * as a possessor; not "ambassador to Ruritania", which names the host country, not theirs.
     */
    private static EntityRef possessorCountry(String t, int off, List<Mention> entities, int s, int e) {
        for (Mention m : entities) {
            int end = m.end() - off;
            if (m.isCountry() && m.start() >= off + s && end <= e && (t.startsWith("'s", end) || t.startsWith("\u2019s", end))) {
                return m.ref();
            }
        }
        return null;
    }

    private static EntityRef countryIn(List<Mention> entities, int s, int e) {
        for (Mention m : entities) {
            if (m.isCountry() && m.start() >= s && m.end() <= e) {
                return m.ref();
            }
        }
        return null;
    }

    private static EntityRef orgIn(List<Mention> entities, int s, int e) {
        for (Mention m : entities) {
            boolean org = m.ref().kind() == EntityKind.ORGANIZATION || m.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION;
            if (org && m.start() >= s && m.end() <= e) {
                return m.ref();
            }
        }
        return null;
    }
}
