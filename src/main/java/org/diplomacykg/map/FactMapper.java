package org.diplomacykg.map;

import org.diplomacykg.facts.Fact;
import org.diplomacykg.reconcile.Canonical;

/**
 * Writes one fact kind's own statements. {@link GraphMapper} adds what every fact gets alike: in
 * an article's graph the link to the article and the evidence, in the reconciled graph the
 * evidence links, source counts, merge keys and conflicts.
 *
 * @param <F> the kind's record
 */
public interface FactMapper<F extends Fact> {
    /**
     * What one article states: {@code report}, written about its canonical fact's IRI
     * ({@code key}) into the graph of article {@code articleId}.
     */
    void report(F report, String key, String articleId, QuadSink out);

    /** The canonical fact with its best-supported values, and its links to other canonical facts. */
    void canonical(Canonical<F> fact, QuadSink out);
}
