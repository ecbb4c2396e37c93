package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Sentence;

/**
 * The shared document the rules read, like a spaCy Doc: the sentences, their folded texts,
 * the same texts with quotations blanked out (so that reported words do not become facts), the
 * entity and person mentions of each sentence, the people and the dates. Built once per
 * article by {@link RuleExtractor}; not shared between threads.
 */
final class ArticleDoc {
    final Article article;
    final List<Sentence> sentences;
    final List<String> folded = new ArrayList<>();
    final List<String> masked = new ArrayList<>();
    final List<List<Mention>> entities = new ArrayList<>();
    PersonResolver people;
    DateResolver.ArticleDates dates;

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

    int size() {
        return sentences.size();
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }

    boolean caption(int i) {
        return sentences.get(i).caption();
    }

    /** Entity and person mentions of a sentence in text order. */
    List<Mention> all(int i) {
        List<Mention> out = new ArrayList<>(entities.get(i));
        out.addAll(people.mentions(i));
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The country a mention stands for: itself, or the country of the person. */
    EntityRef countryOf(Mention m) {
        if (m.isCountry()) {
            return m.ref();
        }
        if (m.isPerson()) {
            PersonResolver.Person p = people.person(m.ref());
            return p == null ? null : p.country;
        }
        return null;
    }

    String date(int i) {
        return dates == null ? null : dates.sentenceDate(i);
    }

    Evidence evidence(int i) {
        Sentence s = sentences.get(i);
        return new Evidence(article.id(), article.fileName(), s.index(), s.start(), s.end(), s.text());
    }

    /** Text of the sentence between two article offsets (folded). */
    String between(int i, int from, int to) {
        Sentence s = sentences.get(i);
        int a = Math.max(0, from - s.start());
        int b = Math.min(s.text().length(), to - s.start());
        return a >= b ? "" : folded.get(i).substring(a, b);
    }

    int sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    static boolean isActorKind(EntityRef r) {
        return r.kind() == EntityKind.COUNTRY || r.kind() == EntityKind.INTERNATIONAL_ORGANIZATION;
    }
}
