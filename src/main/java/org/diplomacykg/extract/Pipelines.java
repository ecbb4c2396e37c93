package org.diplomacykg.extract;

import java.util.List;
import java.util.Set;
import org.diplomacykg.lexicon.Lexicon;

/** The one place the extraction pipeline is assembled: its components, in order. */
public final class Pipelines {
    private Pipelines() {
    }

    /** Every component, in the order they run. */
    public static final List<String> NAMES = List.of("entities", "people", "dates", "frames", "events", "agreements", "quotations");

    /** The standard pipeline, without the components named in {@code disabled}. */
    public static Pipeline standard(Set<String> disabled) {
        return standard(Lexicon.standard(), disabled);
    }

    public static Pipeline standard(Lexicon lexicon, Set<String> disabled) {
        Gazetteers g = new Gazetteers(lexicon);
        List<Component> all = List.of(
                new EntityComponent(g),
                new PeopleComponent(g),
                new DateComponent(g),
                new FrameComponent(g),
                new EventComponent(g),
                new OutcomeComponent(g),
                new QuotationComponent(g));
        return new Pipeline(all, disabled);
    }
}
