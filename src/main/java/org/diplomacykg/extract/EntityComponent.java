package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Countries, organisations and places in each sentence: the gazetteers' names, acronyms,
 * demonyms and capitals first, then what the statistical recogniser tags as an organisation or
 * a location and no gazetteer knows ("Vietnam Airlines", "Bac Ninh Province"). A capitalised
 * phrase the recogniser reads as a person ("Park Ji-hoon") is left to the people component.
 */
final class EntityComponent implements Component {
    private final Gazetteers g;

    EntityComponent(Gazetteers g) {
        this.g = g;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void process(ArticleDoc d) {
        EntityRef lastIgo = null;
        Acronyms acronyms = new Acronyms();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            String f = d.folded.get(i);
            List<Mention> orgs = withoutPeople(g.organizations.find(f, s.start(), lastIgo), s.tokens(), d.article.text());
            List<Mention> all = new ArrayList<>(orgs);
            all.addAll(g.countries.find(f, s.start(), s.tokens(), OrganizationMatcher.spans(orgs)));
            all.addAll(recognised(d, s, all));
            all.sort(Comparator.comparingInt(Mention::start));
            all = acronyms.apply(all, s.tokens(), d.article.text());
            for (Mention m : all) {
                if (m.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                    lastIgo = m.ref();
                }
            }
            d.entities.add(all);
        }
    }

    /**
     * The organisations and venues read off a capitalised phrase, without the person the
     * recogniser tags at its end, unless the phrase ends in an organisation's or venue's head
     * noun: "Park Ji-hoon" is a person, "the John Roe Memorial" a place, and "House of
     * Representatives Speaker Jane Roe" the House of Representatives, an office and a person.
     * What is left before the person, without its title words, stays only if it still holds a
     * head noun.
     */
    private List<Mention> withoutPeople(List<Mention> found, List<Token> tokens, String text) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean phrase = m.ref().kind() == EntityKind.ORGANIZATION || m.ref().kind() == EntityKind.PLACE;
            List<Token> inside = new ArrayList<>();
            for (Token t : tokens) {
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    inside.add(t);
                }
            }
            int person = inside.size();
            while (person > 0 && inside.get(person - 1).ner().equals("PERSON")) {
                person--;
            }
            if (!phrase || person == inside.size() || headNoun(inside.get(inside.size() - 1).text())) {
                out.add(m);
                continue;
            }
            int keep = person;
            while (keep > 0 && g.titles.isTitleWord(inside.get(keep - 1).text())) {
                keep--;
            }
            boolean head = false;
            for (int k = 0; k < keep; k++) {
                head |= headNoun(inside.get(k).text());
            }
            if (head) {
                String name = Text.collapse(text.substring(m.start(), inside.get(keep - 1).end()));
                out.add(new Mention(new EntityRef(m.ref().kind(), Text.slug(name), name), m.start(), inside.get(keep - 1).end(), m.form()));
            }
        }
        return out;
    }

    private boolean headNoun(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return g.lexicon.words("venues").contains(w) || g.lexicon.words("org_heads").stream().anyMatch(h -> h.equalsIgnoreCase(w));
    }

    /** Organisation and location spans of the recogniser that overlap no gazetteer mention. */
    private List<Mention> recognised(ArticleDoc d, Sentence s, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        List<Token> ts = s.tokens();
        String text = d.article.text();
        for (int i = 0; i < ts.size(); i++) {
            String ner = ts.get(i).ner();
            if (!ner.equals("ORGANIZATION") && !ner.equals("LOCATION")) {
                continue;
            }
            int j = i;
            // "White House and Vietnamese" tagged as one span: a conjunction ends a name
            while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(ner) && !ts.get(j + 1).tag().equals("CC")) {
                j++;
            }
            int start = ts.get(i).start();
            int end = ts.get(j).end();
            boolean titled = i > 0 && g.titles.isTitleWord(ts.get(i - 1).text()); // "President Min-jun Park"
            for (int k = i; k <= j; k++) {
                titled |= g.titles.isTitleWord(ts.get(k).text()); // "Korean President Min-jun Park": a person, whatever the tagger said
            }
            i = j;
            if (titled || overlaps(known, start, end) || !Text.isUpperInitial(ts.get(j).text())
                    || g.lexicon.document(ts.get(j).lemma()) != null || g.lexicon.document(ts.get(j).text()) != null) {
                continue; // "the Comprehensive Strategic Partnership": an outcome's name, not an organisation
            }
            String name = Text.collapse(text.substring(start, end));
            EntityKind kind = ner.equals("LOCATION") ? EntityKind.PLACE : EntityKind.ORGANIZATION;
            out.add(new Mention(new EntityRef(kind, Text.slug(name), name), start, end, Mention.Form.NAME));
        }
        return out;
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
