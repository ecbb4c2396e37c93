package org.diplomacykg.facts;

import java.util.List;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;

/**
 * One kind of fact (events, agreements, quotations…) as one unit across the stages: its record,
 * how reports of it from many articles become canonical facts, and how both are written as RDF.
 * Each kind lives in its own package under {@code org.diplomacykg.kind}; the kinds, in order, are
 * listed once, in {@link org.diplomacykg.kind.FactKinds#ALL}.
 *
 * <p>There is no extraction method here yet: a kind's extraction component lives in the same
 * package as the kind and adds its facts with {@link ArticleFacts#with} (today's rule-based
 * extractors are still in {@code org.diplomacykg.extract}, until extraction is plugged in by kind).
 *
 * @param <F> the kind's record, as one article reports it
 */
public interface FactKind<F extends Fact> {
    /** Lower case and singular ("event"): files the kind's facts in {@link ArticleFacts} and the reconciled graph. */
    String name();

    /** The name for counts of the kind's facts ("events"). */
    default String plural() {
        return name() + "s";
    }

    /** The kind's record class. */
    Class<F> factClass();

    /**
     * Merges the reports of one real-world fact, from any number of articles, into one canonical
     * fact each, keyed by a stable key that is unique among all facts and is the fact's IRI path
     * (e.g. {@code event/summit-1a2b3c4d5e6f}).
     *
     * @param reports every article's reports of this kind, articles in content-hash order
     * @param earlier the canonical keys of the reports of every kind listed before this one, for
     *                reports that refer to those (an agreement to the summit it came out of)
     */
    List<Canonical<F>> reconcile(List<F> reports, CanonicalKeys earlier);

    /** The kind's mapper, minting IRIs with {@code iris}. */
    FactMapper<F> mapper(Iris iris);
}
