package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.nlp.Sentence;

/**
 * People: names with the titles, countries and organisations the text gives them, surnames and
 * descriptions ("the prime minister") resolved to the person they stand for, roles completed
 * from the dated list of leaders. Needs the reference date, which it reads first.
 */
final class PeopleComponent implements Component {
    private final Gazetteers g;

    PeopleComponent(Gazetteers g) {
        this.g = g;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public void process(ArticleDoc d) {
        String referenceDate = g.dates.reference(d.sentences, d.folded, d.article.anchorDate()).orPrinted();
        PersonResolver resolver = new PersonResolver(g.leaders, referenceDate, t -> g.titles.isDescriptor(t) || g.roleNouns.isDescriptor(t));
        List<List<PersonMatcher.Candidate>> candidates = new ArrayList<>();
        String text = d.article.text();
        for (int i = 0; i < d.size(); i++) {
            Sentence s = d.sentence(i);
            candidates.add(g.persons.find(d.folded.get(i), s.start(), d.entities(i), s.tokens()));
        }
        for (List<PersonMatcher.Candidate> cs : candidates) {
            resolver.preRegister(cs, text);
        }
        for (int i = 0; i < d.size(); i++) {
            resolver.resolveSentence(i, new ArrayList<>(candidates.get(i)), d.sentence(i).tokens(), d.entities(i), text);
        }
        resolver.completeFromLeaders(g.entities);
        String place = d.article.datelinePlace();
        resolver.completeFromContext(place == null ? null : g.entities.countryOfCapital(place));
        d.people = resolver;
    }
}
