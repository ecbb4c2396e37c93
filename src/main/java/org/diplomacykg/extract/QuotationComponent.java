package org.diplomacykg.extract;

import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.kind.quotation.QuotationKind;
import org.diplomacykg.kind.event.EventType;

/** Direct quotations with their speakers (see {@link QuotationExtractor}). */
public final class QuotationComponent implements Component {
    private static final java.util.regex.Pattern SUMMIT_SUFFIX = java.util.regex.Pattern.compile("(?i)\\s*summit$");
    private final QuotationExtractor quotations;
    private final Gazetteers g;

    public QuotationComponent(Gazetteers g) {
        this.g = g;
        this.quotations = new QuotationExtractor(g.lexicon(), g.titles);
    }

    @Override
    public String name() {
        return "quotations";
    }

    @Override
    public void process(ArticleDoc d) {
        for (QuotationFact q : quotations.extract(d, phrase -> document(phrase, d, g))) {
            d.add(QuotationKind.INSTANCE, q);
        }
    }

    /**
     * A document that speaks ("according to the joint statement"), named as the text names it
     * and keyed by the summit it came from when the article has one, so statements of different
     * meetings stay apart.
     */
    private static EntityRef document(String phrase, ArticleDoc d, Gazetteers g) {
        String[] words = phrase.trim().split("\\s+");
        // the phrase comes lower-cased; demonyms are written capitalised
        EntityRef country = words.length > 1 && !words[0].isEmpty()
                ? g.countryNamed(Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1)) : null;
        if (country != null) {
            return country; // "the Finnish statement added": the government that issued it speaks
        }
        String prefix = "";
        for (EventFact e : d.facts(EventKind.INSTANCE)) {
            if (e.type() == EventType.Summit) {
                prefix = SUMMIT_SUFFIX.matcher(e.name()).replaceAll("") + " ";
                break;
            }
        }
        String full = Text.collapse(prefix + phrase);
        return new EntityRef(EntityKind.DOCUMENT, Text.slug(full), full);
    }
}
