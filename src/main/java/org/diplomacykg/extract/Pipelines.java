package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomacykg.lexicon.Lexicon;

/**
 * The one place the extraction pipeline is assembled: the shared components every kind reads
 * (entities, people, dates, frames), then one component per fact kind, in the kinds' order.
 * The kinds come from {@code org.diplomacykg.kind.FactKinds#pipeline}, which keeps this package
 * free of the kinds that build on it.
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** The shared components, in the order they run, before the kinds' components. */
    public static final List<String> SHARED = List.of("entities", "people", "dates", "frames");

    /** The pipeline of the shared components and the kinds' components, without those named in {@code disabled}. */
    public static Pipeline standard(Lexicon lexicon, List<? extends ExtractedKind> kinds, Set<String> disabled) {
        Gazetteers g = new Gazetteers(lexicon);
        List<Component> all = new ArrayList<>(List.of(
                new EntityComponent(g),
                new PeopleComponent(g),
                new DateComponent(g),
                new FrameComponent(g)));
        for (ExtractedKind k : kinds) {
            all.add(k.component(g));
        }
        return new Pipeline(all, disabled);
    }
}
