package org.diplomacykg.extract;

/**
 * A fact kind the pipeline extracts: it supplies the component that finds its facts, so that a
 * new kind brings its own extraction with it (see {@link Pipelines#standard}).
 */
public interface ExtractedKind {
    /** The kind's extraction component, reading the shared gazetteers and lexicon. */
    Component component(Gazetteers gazetteers);
}
