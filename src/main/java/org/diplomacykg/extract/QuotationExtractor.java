package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.ingest.Paragraph;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.nlp.Dependencies;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Direct quotations in double quotes (curly, straight, two apostrophes or guillemets), found
 * paragraph by paragraph (a quotation may span sentences and go on in the next paragraph; single
 * quotes inside stay in the text), with their speaker, read as a careful reader would:
 * <ul>
 * <li>a document speaks: {@code "…," according to the joint statement}, {@code "…," they said in a
 * joint statement}, {@code a statement read, "…"}, {@code "…," the statement said};</li>
 * <li>the attribution after the quotation: {@code "…," X said}, {@code said X}, {@code "…," the
 * chancellor said} (a description resolved to the person holding that office in the article),
 * {@code "…," he said} (a pronoun: see below), {@code "…," Reuters quoted X as saying};</li>
 * <li>the attribution before it: {@code X said: "…"}, {@code X told reporters "…"}, {@code X said
 * the plan "…"}, {@code the American president said, "…"}, {@code He said … "…"}; in a parsed
 * sentence, the subject of the verb that governs the quotation;</li>
 * <li>a quotation after an attributed one in its paragraph, after {@code adding,}, or making up a
 * whole paragraph after a quotation paragraph, goes on in the same speaker's words; a quotation
 * left open at the end of its paragraph takes the speaker of its continuation;</li>
 * <li>a quotation with no attribution of its own that ends its sentence is attributed by the next
 * sentence when that starts with {@code X said} or {@code he added}.</li>
 * </ul>
 * A pronoun stands for the last person named who speaks or is the subject of a sentence (the
 * speaker of a sentence before its other subjects), never for someone the quotation addresses
 * ({@code "…, Mr. President, …"}). Quotations of one or two words, titles in quotation marks
 * ({@code the "Camp David Principles"}) and unattributed phrases of up to four words (scare
 * quotes) are no quotations; neither is anything in a paragraph that reads as a headline.
 */
final class QuotationExtractor {
    /** Stands for a person the text names but the people layer did not resolve. */
    private static final EntityRef UNKNOWN = new EntityRef(EntityKind.PERSON, "?", "?");
    /** A verb of speaking in a sentence: it reports what someone said. */
    private static final Pattern SPEAKING = Pattern.compile("\\b(?:said|says|told|added|stated|noted|explained|stressed|announced|declared|wrote)\\b");
    /** Unattributed quotations up to this many words are scare quotes or terms, not quotations. */
    static final int MAX_SCARE_WORDS = 4;
    /** How many sentences back a pronoun looks for the person it stands for. */
    private static final int PRONOUN_WINDOW = 10;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern QUOTES_AND_SPACE = Pattern.compile("[\"\u201c\u201d\u00ab\u00bb'\\s]");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?s).*\\b[A-Z]\\.$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*", Pattern.DOTALL);
    private static final Pattern DOCUMENT_NOUN = Pattern.compile("statement|communique|communiqu\u00e9|declaration|readout|document|press release");
    private static final String DOCUMENT = "((?:[a-z'-]+\\s+){0,2}?(?:statement|communique|communiqu\u00e9|declaration|readout|document|press release))";
    private static final Pattern ACCORDING = Pattern.compile("(?i)according to (?:the |a |their |its )?((?:joint |final |leaders' |chair's |closing |summit )?(?:vision )?(?:statement|communique|communiqu\u00e9|declaration|document|readout))");
    private static final Pattern DOC_READ_BEFORE = Pattern.compile("(?i)\\b(?:a|the|an|their|its)\\s+" + DOCUMENT + "\\s+(?:read|reads|said|says|stated|states|noted|notes|added|adds|declared|declares)\\b[^\"]*$");
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)\\baccording to (?:the |a |their |its )?" + DOCUMENT + "\\s*,?\\s*$");
    /** "According to the state broadcaster KBC, \"…\"": who is cited, right before the quotation. */
    private static final Pattern ACCORDING_TO_BEFORE = Pattern.compile("(?i)\\baccording\\s+(?:instead\\s+|also\\s+)?to\\s+([^,;:\"]{1,80}?)\\s*[,:]?\\s*(?:the\\s+[a-z]+\\s+(?:says|said|states|stated|reads)\\s+(?:that\\s+)?)?$");
    private static final Pattern ADDING = Pattern.compile("(?i)\\badding\\b[,:]?\\s*(?:that\\s+)?$");
    private static final Pattern VOCATIVE = Pattern.compile("(?:^|[,;:]\\s*)(?:(?:Mr|Mrs|Ms|Mister|Madam|Madame)\\.?\\s+)([A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)?)\\s*(?=[,.!?;]|$)");
    private static final Pattern HEADLINE_END = Pattern.compile("[.!?\u2026:][\"'\u201d\u2019)\\]]*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-\u2022*\u00b7\u25aa\u25ba]|\\d+[.)])\\s+");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "for", "in", "on", "to", "at", "with", "de", "&");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> DATE_WORDS = Set.of("week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "on", ",");
    private static final Pattern MONTHS_AND_DAYS = Pattern.compile("(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    /** What may stand between "said" and the name after it: a title, a country's adjective ("said Japanese Prime Minister"). */
    private static final Pattern NAME_PREFIX = Pattern.compile("(?:(?:the\\s+)?(?:[A-Z][\\w.'-]*|of|for)\\s+){0,5}(?:the\\s+)?");
    private static final Set<String> ADVERBS = Set.of("also", "later", "then", "again", "further", "once", "previously", "earlier", "recently", "repeatedly");

    private final Set<String> speechWords = new HashSet<>();
    private final Set<String> quoteVerbs;
    /** "the US department of state", "the Turkish presidency": a government body the country's word opens. */
    private final Pattern bodyAfterCountry;
    private final TitleGazetteer titles;
    private final Pattern speechNext;
    private final Pattern speechAfterApposition;
    private final Pattern verbFirst;
    private final Pattern pronounAfter;
    private final Pattern pronounAtEnd;
    private final Pattern speechAtEnd;
    private final Pattern saidInStatement;
    private final Pattern statementSaidAfter;
    private final Pattern quotedAs;
    private final Pattern quotedAsBefore;
    private final Pattern description;

    /** A quotation found in the text, while its speaker is worked out. */
    private static final class Found {
        final int start;
        final int end;
        final int paragraph;
        final boolean closed;
        final int sentence;
        final int lastSentence;
        final String text;
        final int words;
        EntityRef speaker;

        Found(int start, int end, int paragraph, boolean closed, int sentence, int lastSentence, String text) {
            this.start = start;
            this.end = end;
            this.paragraph = paragraph;
            this.closed = closed;
            this.sentence = sentence;
            this.lastSentence = lastSentence;
            this.text = text;
            this.words = text.isEmpty() ? 0 : WHITESPACE.split(text).length;
        }
    }

    QuotationExtractor(Lexicon lexicon, TitleGazetteer titles) {
        this.titles = titles;
        List<String> forms = new ArrayList<>();
        for (String w : lexicon.words("speech_verbs")) {
            String f = w.toLowerCase(Locale.ROOT).trim();
            if (!f.isEmpty()) {
                forms.add(f);
                speechWords.add(f);
            }
        }
        this.quoteVerbs = lexicon.words("quote_verbs");
        List<String> bodies = new ArrayList<>();
        for (String w : lexicon.words("government_heads")) {
            bodies.add(Pattern.quote(w.toLowerCase(Locale.ROOT)));
        }
        this.bodyAfterCountry = Pattern.compile("(?i)^\\s+(?:[a-z]+\\s+){0,2}?(?:" + String.join("|", bodies) + ")\\b");
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder("(?:");
        for (int i = 0; i < forms.size(); i++) {
            alt.append(i > 0 ? "|" : "").append(Pattern.quote(forms.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        String speech = alt.append(")").toString();
        String adverb = "(?:(?:" + String.join("|", ADVERBS) + ")\\s+)?";
        this.speechNext = Pattern.compile("(?is)^\\s+" + adverb + speech + "\\b.*");
        this.speechAfterApposition = Pattern.compile("(?is)^,[^,\"]{1,100}(?:,[^,\"]{1,80})?,\\s+" + adverb + speech + "\\b.*");
        this.verbFirst = Pattern.compile("(?i)^[\\s,.\"]*" + speech + "\\s+");
        this.pronounAfter = Pattern.compile("(?i)^[\\s,.\"]*(he|she)\\s+" + adverb + speech + "\\b");
        this.speechAtEnd = Pattern.compile("(?i)^\\s+" + adverb + speech + "\\s*[.!?]?\\s*$");
        this.pronounAtEnd = Pattern.compile("(?i)(?:^|,)\\s*(he|she)\\s+" + adverb + speech + "\\s*[.!?]?\\s*$");
        this.saidInStatement = Pattern.compile("(?i)^[^\"]{0,120}?\\b" + speech + "\\s+in\\s+(?:a|an|the|their|its)\\s+" + DOCUMENT + "\\b");
        this.statementSaidAfter = Pattern.compile("(?i)^[\\s,.\"]*(?:the|a|an|their|its)\\s+" + DOCUMENT + "\\s+(?:" + speech + "|read|reads)\\b");
        this.quotedAs = Pattern.compile("(?i)^[^\"]{0,80}?\\bquoted\\s+(.{2,80}?)\\s+as\\s+(?:saying|telling|stating|adding)\\b");
        this.quotedAsBefore = Pattern.compile("(?i)\\bquoted\\s+(.{2,80}?)\\s+as\\s+(?:saying|telling|stating|adding)\\b[^\"]{0,60}$");
        this.description = Pattern.compile("\\b[Tt]he\\s+(?:([A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*)?)\\s+)?((?i:" + titles.offices() + "|leader))\\b(?![\\s,]+[A-Z][a-z])");
    }

    /**
     * Quotations of the article. {@code document} makes the entity for a document that speaks
     * ("joint statement"), given its name.
     */
    List<QuotationFact> extract(ArticleDoc d, Function<String, EntityRef> document) {
        return new Reading(d, document).run();
    }

    /** One article's quotations and the state that attributing them needs. */
    private final class Reading {
        private final ArticleDoc d;
        private final String text;
        private final Function<String, EntityRef> document;
        private final List<Found> found = new ArrayList<>();
        /** The speaker of the first attributed quotation of each sentence, for pronouns that follow. */
        private final Map<Integer, EntityRef> sentenceSpeaker = new HashMap<>();
        private final Map<Integer, List<Mention>> descriptions = new HashMap<>();
        private final List<String> documents = new ArrayList<>();
        private final Map<Integer, List<Mention>> surnames = new HashMap<>();

        Reading(ArticleDoc d, Function<String, EntityRef> document) {
            this.d = d;
            this.text = d.article.text();
            this.document = document;
        }

        List<QuotationFact> run() {
            List<Paragraph> paragraphs = d.article.paragraphs();
            for (int pi = 0; pi < paragraphs.size(); pi++) {
                Paragraph p = paragraphs.get(pi);
                if (p.kind() != Paragraph.Kind.BODY || headline(text.substring(p.start(), p.end()))) {
                    continue;
                }
                EntityRef paragraphSpeaker = null;
                for (int[] q : spans(text, p.start(), p.end())) {
                    int si = d.sentenceAt(q[0]);
                    int ei = d.sentenceAt(Math.max(q[0], q[1] - 1));
                    if (si < 0) {
                        continue;
                    }
                    ei = Math.max(ei, si);
                    String quoted = trimEnd(Text.collapse(text.substring(q[0], q[1])));
                    Found f = new Found(q[0], q[1], pi, q[2] == 1, si, ei, quoted);
                    if (f.words < 1) {
                        continue;
                    }
                    f.speaker = attribute(f);
                    if (f.speaker == null && ADDING.matcher(before(f)).find()) {
                        Found prev = found.isEmpty() ? null : found.get(found.size() - 1);
                        f.speaker = prev != null && prev.lastSentence >= si - 1 ? prev.speaker : null;
                    }
                    if (f.speaker == null && paragraphSpeaker != null) {
                        // "'A,' X said. 'B.'": a quotation after the attribution goes on in X's words
                        f.speaker = paragraphSpeaker;
                    }
                    if (f.speaker == null && !found.isEmpty() && found.get(found.size() - 1).paragraph == pi - 1 && wholeParagraph(p, quoted)) {
                        // a paragraph that is only a quotation, after a quotation, goes on in its speaker's words
                        f.speaker = found.get(found.size() - 1).speaker;
                    }
                    if (f.speaker != null) {
                        paragraphSpeaker = f.speaker;
                        sentenceSpeaker.putIfAbsent(si, f.speaker);
                        sentenceSpeaker.putIfAbsent(ei, f.speaker);
                    }
                    found.add(f);
                }
            }
            for (int k = found.size() - 1; k >= 0; k--) {
                Found f = found.get(k);
                if (f.speaker == null && !f.closed && k + 1 < found.size()) {
                    Found next = found.get(k + 1);
                    Paragraph np = paragraphs.get(next.paragraph);
                    if (next.paragraph == f.paragraph + 1 && next.start - np.start() <= 2) {
                        f.speaker = next.speaker; // a quotation left open goes on in the next paragraph
                    }
                }
                if (f.speaker == null) {
                    f.speaker = nextSentenceSpeaker(f);
                }
                if (f.speaker == null) {
                    f.speaker = previousParagraphSpeaker(f);
                }
            }
            List<QuotationFact> out = new ArrayList<>();
            for (Found f : found) {
                if (f.words <= 2 || isTitle(f.text) || (f.speaker == null && f.words <= MAX_SCARE_WORDS)) {
                    continue;
                }
                out.add(new QuotationFact(f.speaker, f.text, d.evidence(f.sentence)));
            }
            return out;
        }

        /** Folded text of the quotation's last sentence after the closing mark, up to the next quotation. */
        private String after(Found f) {
            int from = afterStart(f);
            String s = d.between(f.lastSentence, from, d.sentence(f.lastSentence).end());
            int cut = s.indexOf('"');
            return cut < 0 ? s : s.substring(0, cut);
        }

        /** Where the text after the closing mark (one character, or two apostrophes) starts. */
        private int afterStart(Found f) {
            int from = Math.min(f.end + 1, text.length());
            if (from < text.length() && text.charAt(from) == '\'' && text.charAt(from - 1) == '\'') {
                from++;
            }
            return from;
        }

        /** Folded text of the quotation's first sentence before the opening mark, after the last quotation. */
        private String before(Found f) {
            Sentence s = d.sentence(f.sentence);
            String b = d.between(f.sentence, s.start(), Math.max(s.start(), f.start - 1));
            int cut = b.lastIndexOf('"');
            return cut < 0 ? b : b.substring(cut + 1);
        }

        private int beforeStart(Found f) {
            Sentence s = d.sentence(f.sentence);
            String b = d.between(f.sentence, s.start(), Math.max(s.start(), f.start - 1));
            int cut = b.lastIndexOf('"');
            return s.start() + (cut < 0 ? 0 : cut + 1);
        }

        /** The speaker the quotation's own sentences give it, or null. */
        private EntityRef attribute(Found f) {
            String after = after(f);
            String before = before(f);
            Set<EntityRef> addressed = addressees(f.text);
            Matcher m = ACCORDING.matcher(after);
            if (m.find() && m.start() < 40) {
                return document(m.group(1));
            }
            m = statementSaidAfter.matcher(after);
            if (m.find()) {
                return document(m.group(1));
            }
            m = saidInStatement.matcher(after);
            if (m.find()) {
                // "they said in a joint statement": the parties speak through their document;
                // "the ministry said in a statement": its author does
                Mention single = speakerAfter(f, after);
                if (single != null && !m.group(1).contains("joint") && !listBefore(after, m.start(1))) {
                    return single.ref();
                }
                return document(m.group(1));
            }
            m = DOC_READ_BEFORE.matcher(before);
            if (m.find()) {
                return document(m.group(1));
            }
            m = ACCORDING_BEFORE.matcher(before);
            if (m.find()) {
                return document(m.group(1));
            }
            m = ACCORDING_TO_BEFORE.matcher(before);
            if (m.find()) {
                int from = beforeStart(f) + m.start(1);
                int to = beforeStart(f) + m.end(1);
                Mention cited = null;
                for (Mention x : speakers(f.sentence)) {
                    if (x.start() >= from && x.end() <= to + 1 && (cited == null || x.start() > cited.start())) {
                        cited = x; // the last name in the phrase: "the Turkish network TRT" is TRT, not Turkey
                    }
                }
                if (cited != null) {
                    return cited.ref();
                }
            }
            m = pronounAfter.matcher(after);
            if (m.find() || pronounAtEnd.matcher(after).find()) {
                // '"…," he said', '"…," and more must follow, she said
                return resolvePronoun(f.sentence, f.start, addressed);
            }
            m = quotedAs.matcher(after);
            if (m.find()) {
                int from = Math.min(f.end + 1, text.length()) + m.start(1);
                for (Mention x : speakers(f.lastSentence)) {
                    if (x.start() >= from && x.end() <= from + m.group(1).length() + 1) {
                        return x.ref();
                    }
                }
            }
            m = quotedAsBefore.matcher(before);
            if (m.find()) {
                int from = beforeStart(f) + m.start(1);
                for (Mention x : speakers(f.sentence)) {
                    if (x.start() >= from && x.end() <= from + m.group(1).length() + 1) {
                        return x.ref();
                    }
                }
            }
            Mention a = speakerAfter(f, after);
            if (a == null) {
                a = speakerAtEnd(f, after);
            }
            if (a != null) {
                return a.ref();
            }
            EntityRef b = speakerBefore(f, addressed);
            if (b != null) {
                return b;
            }
            EntityRef parsed = parseSpeaker(f.sentence, f.start, f.end, addressed);
            if (parsed == null && f.lastSentence != f.sentence) {
                parsed = parseSpeaker(f.lastSentence, f.start, f.end, addressed);
            }
            return parsed;
        }

        /**
         * The entity of a document that speaks; "the statement" after "a joint statement" is that
         * joint statement.
         */
        private EntityRef document(String phrase) {
            String name = Text.collapse(phrase.toLowerCase(Locale.ROOT));
            if (!name.contains(" ")) {
                for (int k = documents.size() - 1; k >= 0; k--) {
                    if (documents.get(k).endsWith(" " + name)) {
                        name = documents.get(k);
                        break;
                    }
                }
            }
            documents.add(name);
            return document.apply(name);
        }

        /** "Biden, Yoon and Kishida said in a joint statement": more than one name before the verb. */
        private boolean listBefore(String after, int upTo) {
            String head = after.substring(0, Math.max(0, Math.min(upTo, after.length())));
            return head.contains(" and ") || head.indexOf(',', 2) > 0;
        }

        /** "…," Danish Prime Minister X told …: the first person or body after the quote that a speech verb goes with. */
        private Mention speakerAfter(Found f, String after) {
            int si = f.lastSentence;
            int from = afterStart(f);
            int to = from + after.length();
            if (after.isBlank()) {
                return null;
            }
            Matcher vf = verbFirst.matcher(after);
            boolean verbFirstHere = vf.find();
            for (Mention m : speakers(si)) {
                if (m.start() < from || m.start() >= to) {
                    continue;
                }
                String gap = d.between(si, from, m.start());
                if (verbFirstHere) {
                    // "said X", "said Japanese Prime Minister X": only a title between verb and name
                    String between = gap.length() >= vf.end() ? gap.substring(vf.end()) : "";
                    if (!NAME_PREFIX.matcher(between).matches()) {
                        return null;
                    }
                    return m.ref().kind() == EntityKind.PERSON ? m : personAfterBody(si, m, to);
                }
                if (gap.length() >= 60 || !noSpeechVerbIn(gap)) {
                    return null;
                }
                if (m.ref().kind() == EntityKind.COUNTRY && !gap.trim().replace(",", "").isEmpty()) {
                    continue; // a country speaks only right after the quotation: '"…," China said'
                }
                String tail = d.between(si, m.end(), Math.min(m.end() + 120, to));
                if (speechNext.matcher(tail).matches() || speechAfterApposition.matcher(tail).matches()) {
                    return m;
                }
                // '"…," Foreign Ministry spokesperson X said': a body or place before the speaker's name
            }
            return null;
        }

        /**
         * 'said Red Cross Director-General X': the body names whose official speaks, and the person
         * after it, with only a title between, is the speaker; else the body itself.
         */
        private Mention personAfterBody(int si, Mention body, int to) {
            for (Mention n : speakers(si)) {
                if (n.start() >= body.end() && n.start() < to && n.ref().kind() == EntityKind.PERSON) {
                    return NAME_PREFIX.matcher(d.between(si, body.end(), n.start()).stripLeading()).matches() ? n : body;
                }
            }
            return body;
        }

        /** '"…," and more must follow, X said.': the attribution closes the sentence. */
        private Mention speakerAtEnd(Found f, String after) {
            int si = f.lastSentence;
            int from = afterStart(f);
            int to = from + after.length();
            Mention last = null;
            for (Mention m : speakers(si)) {
                if (m.start() >= from && m.end() <= to && m.ref().kind() != EntityKind.COUNTRY
                        && speechAtEnd.matcher(d.between(si, m.end(), to)).matches()) {
                    last = m;
                }
            }
            return last;
        }

        private boolean noSpeechVerbIn(String gap) {
            for (String w : WHITESPACE.split(gap.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim())) {
                if (speechWords.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * X said …"…": the nearest person or body before the quote (or "he", "she") that is the
         * subject of a speech verb, or of a verb that takes quoted words ("described the deal as").
         */
        private EntityRef speakerBefore(Found f, Set<EntityRef> addressed) {
            int si = f.sentence;
            Sentence s = d.sentence(si);
            int from = beforeStart(f);
            List<Object[]> candidates = new ArrayList<>(); // {start, end, Mention or null for a pronoun}
            for (Mention m : speakers(si)) {
                if (m.end() <= f.start && m.start() >= from && m.ref().kind() != EntityKind.COUNTRY) {
                    candidates.add(new Object[] {m.start(), m.end(), m});
                }
            }
            for (Token t : s.tokens()) {
                if (t.end() <= f.start && t.start() >= from && PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    candidates.add(new Object[] {t.start(), t.end(), null});
                }
            }
            candidates.sort(Comparator.comparingInt((Object[] c) -> (Integer) c[0]).reversed());
            for (Object[] c : candidates) {
                int v = verbAfter(s, (Integer) c[1]);
                if (v < 0 || s.tokens().get(v).start() >= f.start || !(speaks(s, v) || takesQuote(s.tokens().get(v)))) {
                    continue;
                }
                if (c[2] == null) {
                    return resolvePronoun(si, (Integer) c[0], addressed);
                }
                return ((Mention) c[2]).ref();
            }
            return null;
        }

        /**
         * In a parsed sentence, the subject of the verb that governs the quotation (its head, or the
         * speech verb the quotation's own root has as a parataxis or clausal dependent).
         */
        private EntityRef parseSpeaker(int si, int qs, int qe, Set<EntityRef> addressed) {
            Sentence s = d.sentence(si);
            Dependencies deps = s.deps();
            if (deps == null) {
                return null;
            }
            List<Token> tokens = s.tokens();
            Set<Integer> inside = new HashSet<>();
            for (int k = 0; k < tokens.size() && k < deps.size(); k++) {
                if (tokens.get(k).start() >= qs && tokens.get(k).end() <= qe) {
                    inside.add(k);
                }
            }
            if (inside.isEmpty()) {
                return null;
            }
            List<Integer> verbs = new ArrayList<>();
            for (int k : inside) {
                for (Dependencies.Edge e : deps.heads(k)) {
                    // up from the quotation's governor to the first verb that speaks or takes quoted words
                    int h = e.head();
                    for (int step = 0; step < 6 && h >= 0 && !inside.contains(h); step++) {
                        if (speaks(s, h) || takesQuote(tokens.get(h))) {
                            verbs.add(h);
                            break;
                        }
                        int up = -1;
                        for (Dependencies.Edge u : deps.heads(h)) {
                            up = u.head();
                        }
                        h = up;
                    }
                }
                for (Dependencies.Edge e : deps.children(k)) {
                    String rel = e.base();
                    if (!inside.contains(e.dep()) && (rel.equals("parataxis") || rel.equals("ccomp") || rel.equals("advcl"))
                            && speaks(s, e.dep())) {
                        verbs.add(e.dep());
                    }
                }
            }
            for (int v : verbs) {
                if (!(speaks(s, v) || takesQuote(tokens.get(v)))) {
                    continue;
                }
                for (Dependencies.Edge e : deps.children(v)) {
                    if (!e.base().equals("nsubj")) {
                        continue;
                    }
                    Token subj = tokens.get(e.dep());
                    if (PRONOUNS.contains(subj.text().toLowerCase(Locale.ROOT))) {
                        return resolvePronoun(si, subj.start(), addressed);
                    }
                    for (Mention m : speakers(si)) {
                        if (subj.start() >= m.start() && subj.end() <= m.end() && m.ref().kind() != EntityKind.COUNTRY) {
                            return m.ref();
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        /**
         * A quotation with no attribution that ends its sentence, followed by one that starts
         * "X said" or "he added": X speaks (the next sentence of the paragraph, or the first of the
         * next paragraph when the quotation ends its own).
         */
        private EntityRef nextSentenceSpeaker(Found f) {
            if (f.words <= MAX_SCARE_WORDS || HAS_LETTER.matcher(after(f)).matches()) {
                return null;
            }
            int ni = f.lastSentence + 1;
            if (ni >= d.size() || d.caption(ni)) {
                return null;
            }
            Sentence next = d.sentence(ni);
            Sentence last = d.sentence(f.lastSentence);
            if (next.paragraph() != last.paragraph()) {
                Paragraph p = d.article.paragraphs().get(f.paragraph);
                if (next.paragraph() != last.paragraph() + 1 || HAS_LETTER.matcher(text.substring(Math.min(f.end, p.end()), p.end())).matches()) {
                    return null;
                }
            }
            String head = d.folded.get(ni);
            int quote = head.indexOf('"');
            Set<EntityRef> addressed = addressees(f.text);
            List<Token> tokens = next.tokens();
            int first = 0;
            while (first < tokens.size() && (tokens.get(first).text().equalsIgnoreCase("but") || tokens.get(first).text().equalsIgnoreCase("and"))) {
                first++;
            }
            if (first >= tokens.size()) {
                return null;
            }
            Token t0 = tokens.get(first);
            if (PRONOUNS.contains(t0.text().toLowerCase(Locale.ROOT))) {
                int v = verbAfter(next, t0.end());
                if (v >= 0 && speaks(next, v) && (quote < 0 || next.tokens().get(v).start() - next.start() < quote)) {
                    return resolvePronoun(ni, t0.start(), addressed);
                }
                return null;
            }
            for (Mention m : speakers(ni)) {
                if (m.ref().kind() == EntityKind.COUNTRY) {
                    continue;
                }
                if (m.start() > t0.start() + 1) {
                    // "Said X": the verb first
                    if (speaks(next, first) && m.start() - tokens.get(first).end() <= 2) {
                        return m.ref();
                    }
                    // "Agriculture Minister X said": only a title before the name
                    if (!NAME_PREFIX.matcher(d.between(ni, t0.start(), m.start())).matches()) {
                        break;
                    }
                }
                int v = verbAfter(next, m.end());
                if (v >= 0 && speaks(next, v) && (quote < 0 || next.tokens().get(v).start() - next.start() < quote)) {
                    return m.ref();
                }
                break;
            }
            return null;
        }

        /**
         * The person "he" or "she" at {@code offset} of sentence {@code si} stands for: the speaker
         * or else the first subject of the nearest sentence that has one (the current sentence up to
         * the pronoun, then the ones before), leaving out the people the quotation addresses; failing
         * that, the last person named.
         */
        private EntityRef resolvePronoun(int si, int offset, Set<EntityRef> addressed) {
            int stop = Math.max(0, si - PRONOUN_WINDOW);
            for (int i = si; i >= stop; i--) {
                EntityRef t = topic(i, i == si ? offset : Integer.MAX_VALUE, addressed);
                if (t == UNKNOWN) {
                    return null; // the person is someone the people layer did not make out
                }
                if (t != null) {
                    return t;
                }
            }
            for (int i = si; i >= stop; i--) {
                List<Mention> ms = d.personMentions(i);
                for (int k = ms.size() - 1; k >= 0; k--) {
                    Mention m = ms.get(k);
                    if ((i < si || m.start() < offset) && !addressed.contains(m.ref())) {
                        return m.ref();
                    }
                }
            }
            return null;
        }

        /**
         * A paragraph that opens with an unattributed quotation, right after a paragraph that ends
         * with someone speaking ("X said it was made possible by ..." / "'...,' X said."): the
         * quotation gives X's words.
         */
        private EntityRef previousParagraphSpeaker(Found f) {
            Paragraph p = d.article.paragraphs().get(f.paragraph);
            int pi = f.sentence - 1;
            if (f.words <= MAX_SCARE_WORDS || f.start - p.start() > 1 || pi < 0 || d.caption(pi)
                    || d.sentence(pi).paragraph() != d.sentence(f.sentence).paragraph() - 1
                    || !SPEAKING.matcher(d.folded.get(pi)).find() || SPEAKING.matcher(after(f)).find()) {
                return null; // '"...," a guard noted.': attributed, if only to someone unnamed
            }
            EntityRef who = topic(pi, d.sentence(pi).end(), addressees(f.text));
            return who != null && who.kind() == EntityKind.PERSON ? who : null;
        }

        /** The person a sentence is about, up to {@code before}: its speaker, else its first person subject. */
        private EntityRef topic(int i, int before, Set<EntityRef> addressed) {
            if (d.caption(i)) {
                return null;
            }
            EntityRef quoted = sentenceSpeaker.get(i);
            if (quoted != null && quoted.kind() == EntityKind.PERSON && !addressed.contains(quoted)
                    && d.sentence(i).start() < before) {
                return quoted;
            }
            Sentence s = d.sentence(i);
            List<Mention> ms = new ArrayList<>(d.personMentions(i));
            ms.addAll(surnames(i));
            ms.addAll(unknownPeople(i));
            ms.sort(Comparator.comparingInt(Mention::start));
            EntityRef subject = null;
            for (Mention m : ms) {
                if (m.start() >= before || addressed.contains(m.ref()) || insideQuote(i, m)) {
                    continue;
                }
                if (speakerMention(i, m) || m.ref() != UNKNOWN && d.people != null && d.people.isSpeaker(i, d.personMentions(i).indexOf(m))) {
                    return m.ref();
                }
                if (subject == null && isSubject(s, m)) {
                    subject = m.ref();
                }
            }
            return subject;
        }

        /** Names the recogniser tags as a person that no person mention covers, standing for someone unknown. */
        private List<Mention> unknownPeople(int i) {
            List<Mention> out = new ArrayList<>();
            List<Mention> known = new ArrayList<>(d.all(i));
            known.addAll(surnames(i));
            List<Token> tokens = d.sentence(i).tokens();
            int k = 0;
            while (k < tokens.size()) {
                if (!tokens.get(k).ner().equals("PERSON")) {
                    k++;
                    continue;
                }
                int j = k;
                while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON")) {
                    j++;
                }
                int start = tokens.get(k).start();
                int end = tokens.get(j).end();
                boolean covered = false;
                for (Mention m : known) {
                    // a place the recogniser also calls a person ("Park Ji-hoon") is taken for the person
                    covered |= m.start() < end && start < m.end() && m.ref().kind() != EntityKind.PLACE;
                }
                if (!covered) {
                    out.add(new Mention(UNKNOWN, start, end, Mention.Form.NAME));
                }
                k = j + 1;
            }
            return out;
        }

        private boolean insideQuote(int i, Mention m) {
            for (Token t : d.sentence(i).tokens()) {
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    return d.quoted(i, t);
                }
            }
            return false;
        }

        /** "X said", "X, a fellow at Y, said", "said X". */
        private boolean speakerMention(int i, Mention m) {
            Sentence s = d.sentence(i);
            int v = verbAfter(s, m.end());
            if (v >= 0 && speaks(s, v)) {
                return true;
            }
            for (int k = s.tokens().size() - 1; k >= 0; k--) {
                Token t = s.tokens().get(k);
                if (t.end() <= m.start()) {
                    return m.start() - t.end() <= 1 && speaks(s, k);
                }
            }
            return false;
        }

        private boolean isSubject(Sentence s, Mention m) {
            Dependencies deps = s.deps();
            if (deps != null) {
                List<Token> tokens = s.tokens();
                for (int k = 0; k < tokens.size() && k < deps.size(); k++) {
                    Token t = tokens.get(k);
                    if (t.start() >= m.start() && t.end() <= m.end()) {
                        for (Dependencies.Edge e : deps.heads(k)) {
                            if (e.base().equals("nsubj")) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            }
            return verbAfter(s, m.end()) >= 0;
        }

        /** The people and bodies of a sentence that may speak, with descriptions the people layer left unresolved. */
        /** Whether a government body the recogniser left unnamed follows a country's word ("the US department of state"). */
        private boolean bodyFollows(int i, Mention m) {
            return bodyAfterCountry.matcher(d.between(i, m.end(), m.end() + 40)).find();
        }

        private List<Mention> speakers(int i) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : d.all(i)) {
                EntityKind k = m.ref().kind();
                if (k == EntityKind.PERSON || k == EntityKind.ORGANIZATION || k == EntityKind.INTERNATIONAL_ORGANIZATION
                        || k == EntityKind.COUNTRY && (m.form() != Mention.Form.DEMONYM || bodyFollows(i, m))) {
                    out.add(m);
                }
            }
            for (Mention m : surnames(i)) {
                if (out.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())) {
                    out.add(m);
                }
            }
            for (Mention m : descriptions(i)) {
                boolean covered = false;
                for (Mention o : out) {
                    if (o.isPerson() && o.start() < m.end() && m.start() < o.end()) {
                        covered = true;
                    }
                }
                if (!covered) {
                    // the description replaces the country or body named inside it ("the U.S. president")
                    out.removeIf(o -> o.start() >= m.start() && o.end() <= m.end());
                    out.add(m);
                }
            }
            out.sort(Comparator.comparingInt(Mention::start));
            return out;
        }

        /**
         * A capitalised word that is the surname (or family name) of exactly one person the
         * article names, where the people layer made no mention of it ("Xi, speaking alongside
         * Biden, said").
         */
        private List<Mention> surnames(int i) {
            return surnames.computeIfAbsent(i, k -> {
                List<Mention> out = new ArrayList<>();
                List<Mention> known = d.all(k);
                List<Token> tokens = d.sentence(k).tokens();
                for (int ti = 0; ti < tokens.size(); ti++) {
                    Token t = tokens.get(ti);
                    String w = Text.fold(t.text());
                    // the tagger may take a short name opening the sentence for a common word
                    if (!(t.isProperNoun() || ti == 0) || w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || d.quoted(k, t)) {
                        continue;
                    }
                    boolean covered = false;
                    for (Mention m : known) {
                        covered |= m.start() < t.end() && t.start() < m.end();
                    }
                    if (covered) {
                        continue;
                    }
                    PersonResolver.Person found = null;
                    int count = 0;
                    for (PersonResolver.Person p : d.people == null ? java.util.List.<PersonResolver.Person>of() : d.people.people().values()) {
                        if (p.words.size() > 1 && (p.words.get(p.words.size() - 1).equals(w) || w.equals(p.familyName))) {
                            found = p;
                            count++;
                        }
                    }
                    if (count == 1) {
                        out.add(new Mention(found.ref, t.start(), t.end(), Mention.Form.SHORT_NAME));
                    }
                }
                return out;
            });
        }

        /**
         * "the American president", "the chancellor": the person of the article holding that
         * office (for that country when one is named), when there is exactly one.
         */
        private List<Mention> descriptions(int i) {
            return descriptions.computeIfAbsent(i, k -> {
                List<Mention> out = new ArrayList<>();
                Sentence s = d.sentence(k);
                Matcher m = description.matcher(d.folded.get(k));
                while (m.find()) {
                    String office = titles.canonicalOffice(m.group(2));
                    String group1 = m.group(1);
                    if (group1 != null && titles.canonicalOffice(group1 + " " + m.group(2)) != null) {
                        office = titles.canonicalOffice(group1 + " " + m.group(2)); // "the Prime Minister"
                        group1 = null;
                    }
                    boolean leader = m.group(2).equalsIgnoreCase("leader");
                    if (office == null && !leader) {
                        continue;
                    }
                    EntityRef country = null;
                    if (group1 != null) {
                        for (Mention e : d.all(k)) {
                            if (e.isCountry() && e.start() >= s.start() + m.start(1) && e.end() <= s.start() + m.end(1)) {
                                country = e.ref();
                            }
                        }
                    }
                    if (country == null && (group1 != null || leader)) {
                        continue; // "the Foreign Ministry spokesperson"; "the leader" of no one named
                    }
                    PersonResolver.Person holder = null;
                    int holders = 0;
                    for (PersonResolver.Person p : d.people == null ? java.util.List.<PersonResolver.Person>of() : d.people.people().values()) {
                        boolean holds = p.title != null && (leader || p.title.equalsIgnoreCase(office));
                        if (holds && (country == null || country.equals(p.country))) {
                            holder = p;
                            holders++;
                        }
                    }
                    if (holders == 1) {
                        out.add(new Mention(holder.ref, s.start() + m.start(), s.start() + m.end(), Mention.Form.TITLE_ONLY));
                    }
                }
                return out;
            });
        }

        /** People a quotation speaks to ("…, Mr. President, …"), who are not its speaker. */
        private Set<EntityRef> addressees(String quoted) {
            Set<EntityRef> out = new HashSet<>();
            Matcher m = VOCATIVE.matcher(quoted);
            while (m.find()) {
                String name = Text.fold(m.group(1));
                String office = titles.canonicalOffice(name);
                for (PersonResolver.Person p : d.people == null ? java.util.List.<PersonResolver.Person>of() : d.people.people().values()) {
                    boolean byOffice = office != null && p.title != null && p.title.equalsIgnoreCase(office);
                    boolean byName = office == null && (p.words.get(p.words.size() - 1).equals(name) || p.familyName.equals(name));
                    if (byOffice || byName) {
                        out.add(p.ref);
                    }
                }
            }
            return out;
        }

        private boolean wholeParagraph(Paragraph p, String quoted) {
            return QUOTES_AND_SPACE.matcher(text.substring(p.start(), p.end())).replaceAll("").length()
                    - SPACE.matcher(quoted).replaceAll("").replace("'", "").length() <= 2;
        }
    }

    /**
     * The verb a word ending at {@code offset} is the subject of: the next word, past adverbs and
     * one or two appositions between commas ("X, a fellow at Y, said"), when it is a finite verb
     * (an auxiliary gives the verb after it); -1 otherwise.
     */
    static int verbAfter(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        int appositions = 0;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            String w = t.text();
            if (w.equals(",") && appositions < 2) {
                int j = k + 1;
                while (j < tokens.size() && j - k <= 25 && !tokens.get(j).text().equals(",") && !isQuoteMark(tokens.get(j).text())
                        && !tokens.get(j).text().equals(".")) {
                    j++;
                }
                if (j >= tokens.size() || !tokens.get(j).text().equals(",") || j == k + 1) {
                    return -1;
                }
                appositions++;
                k = j + 1;
                continue;
            }
            if (t.tag().startsWith("RB") || ADVERBS.contains(w.toLowerCase(Locale.ROOT))) {
                k++;
                continue;
            }
            int date = dateAfter(tokens, k);
            if (date > k) {
                k = date; // "X on Monday said"
                continue;
            }
            if (!t.isVerb() && !t.tag().equals("MD")) {
                return -1;
            }
            String tag = t.tag();
            boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD") || tag.equals("VERB") || tag.equals("AUX");
            if (!finite) {
                return -1;
            }
            int n = k + 1;
            while (n < tokens.size() && (tokens.get(n).tag().startsWith("RB") || tokens.get(n).tag().equals("MD")
                    || tokens.get(n).tag().equals("VB") && isAuxiliary(tokens.get(n)))) {
                n++;
            }
            if ((tag.equals("MD") || isAuxiliary(t)) && n < tokens.size() && tokens.get(n).isVerb()) {
                return n;
            }
            return k;
        }
        return -1;
    }

    /** After "on Monday", "on Sept. 10", "last week", "this morning" starting at {@code k}: the next token; else k. */
    private static int dateAfter(List<Token> tokens, int k) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (!w.equals("on") && !w.equals("last") && !w.equals("this") && !w.equals("late") && !w.equals("early")) {
            return k;
        }
        int j = k + 1;
        while (j < tokens.size() && j - k <= 4) {
            Token t = tokens.get(j);
            String l = t.text().toLowerCase(Locale.ROOT);
            if (DATE_WORDS.contains(l) || t.tag().equals("CD") || t.isProperNoun() && t.isCapitalized() && l.length() > 2 && MONTHS_AND_DAYS.matcher(l).lookingAt()) {
                j++;
            } else {
                break;
            }
        }
        return j > k + 1 ? j : k;
    }

    private static boolean isAuxiliary(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        return l.equals("have") || l.equals("be") || l.equals("do") || l.equals("will");
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d") || w.equals("'");
    }

    /** Whether token {@code k} is a speech verb ("said", "pointed out", "told"). */
    private boolean speaks(Sentence s, int k) {
        Token t = s.tokens().get(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (speechWords.contains(w) || speechWords.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return k + 1 < s.tokens().size() && speechWords.contains(w + " " + s.tokens().get(k + 1).text().toLowerCase(Locale.ROOT));
    }

    /** Whether a verb takes quoted words as its object, the subject speaking them ("described the deal as", "hailed"). */
    private boolean takesQuote(Token t) {
        return t.isVerb() && quoteVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A paragraph that reads as a headline or a list item, not as story text: a bullet, or no
     * sentence end. Quotations in it are not quotations of the story.
     */
    static boolean headline(String paragraph) {
        String p = paragraph.strip();
        return BULLET.matcher(p).find() || !HEADLINE_END.matcher(p).find();
    }

    /** A name in quotation marks ("Camp David Principles"): every word capitalised, no sentence in it. */
    static boolean isTitle(String quoted) {
        String[] words = WHITESPACE.split(quoted.strip());
        if (words.length > 6 || quoted.matches("(?s).*[.!?;:].*")) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(bare.charAt(0)) && !Character.isDigit(bare.charAt(0))) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 1 && !words[0].matches("(?i)I|We|It|This|That|Our|My|They|You");
    }

    /**
     * The quoted words without the punctuation that closes them in the sentence: a trailing comma
     * or full stop is the sentence's, not the speaker's ("U.S." keeps its dot; "?" and "!" stay).
     */
    static String trimEnd(String quoted) {
        String q = TRAILING_COMMAS.matcher(quoted).replaceAll("");
        if (q.endsWith(".") && !ENDS_WITH_INITIAL.matcher(q).matches()) {
            q = TRAILING_DOTS.matcher(q).replaceAll("");
        }
        return q;
    }

    /**
     * Spans {start, end, closed} of quoted text (without the marks) in a paragraph: curly double
     * quotes, straight ones, two apostrophes used as one mark, guillemets. A quotation still open
     * at the end of its paragraph runs to the paragraph's end (closed = 0).
     */
    static List<int[]> spans(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean twoApostrophes = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\''
                    && (i == from || text.charAt(i - 1) != '\'') && (i + 2 >= to || text.charAt(i + 2) != '\'');
            // a closing mark typed where an opening one belongs (",\u201dWe agreed"): nothing is open and
            // words follow it at once, which never happens after a real closing mark
            boolean misturned = c == '\u201d' && open < 0 && i + 1 < to && Character.isLetter(text.charAt(i + 1));
            if (c == '\u201c' || c == '\u00ab' || misturned || ((c == '"' || twoApostrophes) && open < 0)) {
                if (open < 0) {
                    open = i + (twoApostrophes ? 2 : 1);
                }
                if (twoApostrophes) {
                    i++;
                }
            } else if ((c == '\u201d' || c == '\u00bb' || c == '"' || twoApostrophes) && open >= 0) {
                out.add(new int[] {open, i, 1});
                open = -1;
                if (twoApostrophes) {
                    i++;
                }
            }
        }
        if (open >= 0 && to - open > 10) {
            out.add(new int[] {open, to, 0});
        }
        if (out.isEmpty()) {
            out.addAll(singleQuoted(text, from, to));
        }
        return out;
    }

    /**
     * Quotations in single quotes, which translated and British copy use as the main mark
     * ("Roe said, 'We are ready.'"), read only in a paragraph with no double quotes: a mark
     * opens after a space or the paragraph's start, before a capital, and closes before
     * anything but a letter, so an apostrophe inside a word ("Ruritania's") neither opens nor
     * closes one.
     */
    static List<int[]> singleQuoted(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean mark = c == '\'' || c == '\u2018' || c == '\u2019';
            if (!mark) {
                continue;
            }
            boolean afterSpace = i == from || Character.isWhitespace(text.charAt(i - 1));
            boolean beforeCapital = i + 1 < to && Character.isUpperCase(text.charAt(i + 1));
            boolean beforeNonLetter = i + 1 >= to || !Character.isLetter(text.charAt(i + 1));
            if (open < 0 && c != '\u2019' && afterSpace && beforeCapital) {
                open = i + 1;
            } else if (open >= 0 && c != '\u2018' && !afterSpace && beforeNonLetter && i - open > 10) {
                out.add(new int[] {open, i, 1});
                open = -1;
            }
        }
        if (open >= 0 && to - open > 40) {
            out.add(new int[] {open, to, 0});
        }
        return out;
    }
}
