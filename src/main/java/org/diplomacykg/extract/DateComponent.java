package org.diplomacykg.extract;

/**
 * Dates: the article's reference date (the date its text gives for what it reports, else the
 * printed date) and every date expression resolved against it, weekdays by the tense of their
 * sentence; each sentence's own date, or the one it carries from the scene it continues.
 */
final class DateComponent implements Component {
    private final Gazetteers g;

    DateComponent(Gazetteers g) {
        this.g = g;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public void process(ArticleDoc d) {
        DateResolver.Reference reference = g.dates.reference(d.sentences, d.folded, d.article.anchorDate());
        d.dates = g.dates.resolve(d.sentences, d.folded, reference, (i, j) -> sharePerson(d, i, j));
    }

    private static boolean sharePerson(ArticleDoc d, int i, int j) {
        if (d.people == null) {
            return false;
        }
        for (Mention a : d.people.mentions(i)) {
            for (Mention b : d.people.mentions(j)) {
                if (a.ref().equals(b.ref())) {
                    return true;
                }
            }
        }
        return false;
    }
}
