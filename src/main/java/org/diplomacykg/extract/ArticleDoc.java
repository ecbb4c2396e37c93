package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Sentence;

/**
 * The shared document the rules read, like a spaCy Doc: the sentences, their folded texts,
 * the same texts with quotations blanked out (so that reported words do not become facts), the
 * entity and person mentions of each sentence, the people and the dates. Built once per
 * article by the {@link Pipeline}; not shared between threads.
 */
public final class ArticleDoc {
    final Article article;
    final List<Sentence> sentences;
    final List<String> folded = new ArrayList<>();
    final List<String> masked = new ArrayList<>();
    final List<List<Mention>> entities = new ArrayList<>();
    PersonResolver people;
    DateResolver.ArticleDates dates;
    /** Frames read off the parsed sentences, in text order. */
    final List<org.diplomacykg.extract.frame.Frame> frames = new ArrayList<>();
    /** The facts the kind components found, filed by kind name in the order the kinds ran. */
    private final java.util.Map<String, List<Fact>> factsByKind = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, FactKind<?>> kinds = new java.util.LinkedHashMap<>();

    ArticleDoc(AnnotatedArticle a) {
        this.article = a.article();
        this.sentences = SentenceRepair.repair(a.sentences(), a.article().text());
        for (Sentence s : sentences) {
            String f = Text.fold(s.text());
            folded.add(f);
            masked.add(maskQuotes(s.text(), f));
        }
    }

    /** Blanks quoted spans (keeping offsets) in the folded sentence. */
    static String maskQuotes(String original, String folded) {
        StringBuilder b = new StringBuilder(folded);
        boolean open = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            boolean isQuote = c == '"' || c == '\u201c' || c == '\u201d';
            if (isQuote) {
                open = c == '\u201c' || (c == '"' && !open);
                b.setCharAt(i, ' ');
                continue;
            }
            if (open) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    public int size() {
        return sentences.size();
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public Article article() {
        return article;
    }

    /** The folded text of sentence {@code i} (see {@link Text#fold}). */
    public String folded(int i) {
        return folded.get(i);
    }

    /** The frames read off the parsed sentences, in text order (empty with the frames component off). */
    public List<org.diplomacykg.extract.frame.Frame> frames() {
        return java.util.Collections.unmodifiableList(frames);
    }

    /** The article's resolved dates, or null with the dates component off. */
    public DateResolver.ArticleDates dates() {
        return dates;
    }

    /** The person mentions of sentence {@code i} (none with the people component off). */
    public List<Mention> personMentions(int i) {
        return people == null ? List.of() : people.mentions(i);
    }

    /** The facts of a kind that components have found so far. */
    public <F extends Fact> List<F> facts(FactKind<F> kind) {
        List<Fact> list = factsByKind.getOrDefault(kind.name(), List.of());
        @SuppressWarnings("unchecked")
        List<F> typed = (List<F>) (List<?>) java.util.Collections.unmodifiableList(list);
        return typed;
    }

    /** Adds a fact of a kind. */
    public <F extends Fact> void add(FactKind<F> kind, F fact) {
        kinds.putIfAbsent(kind.name(), kind);
        factsByKind.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(kind.factClass().cast(fact));
    }

    public boolean caption(int i) {
        return sentences.get(i).caption();
    }

    /** The country, organisation and place mentions of sentence {@code i} (none with the entities component off). */
    public List<Mention> entities(int i) {
        return i < entities.size() ? entities.get(i) : List.of();
    }

    /** Entity and person mentions of a sentence in text order. */
    public List<Mention> all(int i) {
        List<Mention> out = new ArrayList<>(entities(i));
        if (people != null) {
            out.addAll(people.mentions(i));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The country a mention stands for: itself, or the country of the person. */
    public EntityRef countryOf(Mention m) {
        return countryOf(m.ref());
    }

    /** The country an entity stands for: itself, or the country of the person. */
    public EntityRef countryOf(EntityRef r) {
        if (r.kind() == EntityKind.COUNTRY) {
            return r;
        }
        if (r.kind() == EntityKind.PERSON && people != null) {
            PersonResolver.Person p = people.person(r);
            return p == null ? null : p.country;
        }
        return null;
    }

    /** The organisation a person holds their title in ("general secretary of the Communist Party"), or null. */
    public EntityRef organisationOf(EntityRef r) {
        if (r.kind() != EntityKind.PERSON || people == null) {
            return null;
        }
        PersonResolver.Person p = people.person(r);
        return p == null ? null : p.org;
    }

    /** The mention covering a token of sentence {@code i}, or null. */
    public Mention mentionAt(int i, org.diplomacykg.nlp.Token t) {
        for (Mention m : all(i)) {
            if (t.start() < m.end() && m.start() < t.end()) {
                return m;
            }
        }
        return null;
    }

    /** Whether a token sits inside quotation marks: reported words make no facts. */
    public boolean quoted(int i, org.diplomacykg.nlp.Token t) {
        int at = t.start() - sentences.get(i).start();
        String m = masked.get(i);
        return at >= 0 && at < m.length() && m.charAt(at) == ' ' && folded.get(i).charAt(at) != ' ';
    }

    public String date(int i) {
        return dates == null ? null : dates.sentenceDate(i);
    }

    public Evidence evidence(int i) {
        Sentence s = sentences.get(i);
        return new Evidence(article.id(), article.fileName(), s.index(), s.start(), s.end(), s.text());
    }

    /** Text of the sentence between two article offsets (folded). */
    public String between(int i, int from, int to) {
        Sentence s = sentences.get(i);
        int a = Math.max(0, from - s.start());
        int b = Math.min(s.text().length(), to - s.start());
        return a >= b ? "" : folded.get(i).substring(a, b);
    }

    public int sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /** The facts the components found, as extract hands them to reconcile. */
    org.diplomacykg.facts.ArticleFacts facts() {
        Article art = article;
        String reference = dates == null ? art.anchorDate() : dates.referenceDate();
        boolean contradicted = dates != null && dates.printedDateContradicted();
        // the text's own reason when it gave the date, else the date the article was given (printed, or published)
        String why = dates != null && dates.referenceReason() != null ? dates.referenceReason()
                : reference != null ? art.anchorReason() : null;
        org.diplomacykg.ingest.Origin o = art.origin();
        org.diplomacykg.facts.ArticleSource source = new org.diplomacykg.facts.ArticleSource(o.url(), o.author(), o.published(),
                o.modified(), o.captured(), o.format(), o.locator(), o.summaryOnly());
        org.diplomacykg.facts.ArticleInfo info = new org.diplomacykg.facts.ArticleInfo(art.id(), art.fileName(), art.sha256(),
                art.title(), art.publisher(), art.printedDate(), art.dateline(), reference, contradicted, art.text(), why, source);
        org.diplomacykg.facts.ArticleFacts out = new org.diplomacykg.facts.ArticleFacts(info, mentionedEntities(), personFacts(), java.util.Map.of());
        for (FactKind<?> kind : kinds.values()) {
            out = withFacts(out, kind);
        }
        return out;
    }

    private <F extends Fact> org.diplomacykg.facts.ArticleFacts withFacts(org.diplomacykg.facts.ArticleFacts out, FactKind<F> kind) {
        return out.with(kind, facts(kind));
    }

    private List<org.diplomacykg.facts.PersonFact> personFacts() {
        List<org.diplomacykg.facts.PersonFact> out = new ArrayList<>();
        if (people == null) {
            return out;
        }
        for (PersonResolver.Person p : people.people().values()) {
            int first = -1;
            for (int i = 0; i < size() && first < 0; i++) {
                for (Mention m : people.mentions(i)) {
                    if (m.ref().equals(p.ref)) {
                        first = i;
                        break;
                    }
                }
            }
            if (first < 0) {
                continue;
            }
            int ev = p.score >= 0 ? p.evidenceSentence : first;
            out.add(new org.diplomacykg.facts.PersonFact(p.ref, p.title, p.country, p.org, evidence(ev)));
        }
        return out;
    }

    private List<EntityRef> mentionedEntities() {
        java.util.Set<EntityRef> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < size(); i++) {
            for (Mention m : all(i)) {
                out.add(m.ref());
            }
        }
        if (people != null) {
            for (PersonResolver.Person p : people.people().values()) {
                if (p.country != null) {
                    out.add(p.country);
                }
                if (p.org != null) {
                    out.add(p.org);
                }
            }
        }
        for (List<Fact> facts : factsByKind.values()) {
            for (Fact f : facts) {
                out.addAll(f.entities());
            }
        }
        return new ArrayList<>(out);
    }

    public static boolean isActorKind(EntityRef r) {
        return r.kind() == EntityKind.COUNTRY || r.kind() == EntityKind.INTERNATIONAL_ORGANIZATION;
    }
}
