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
 * a location and no gazetteer knows ("Vietnam Airlines", "Bac Ninh Province").
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
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            String f = d.folded.get(i);
            List<Mention> orgs = g.organizations.find(f, s.start(), lastIgo);
            List<Mention> all = new ArrayList<>(orgs);
            all.addAll(g.countries.find(f, s.start(), s.tokens(), OrganizationMatcher.spans(orgs)));
            all.addAll(recognised(d, s, all));
            all.sort(Comparator.comparingInt(Mention::start));
            for (Mention m : all) {
                if (m.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                    lastIgo = m.ref();
                }
            }
            d.entities.add(all);
        }
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
