package org.diplomacykg.reconcile;

import java.util.List;

/**
 * Decides whether two reports describe the same fact. Returns the identifying keys they agree
 * on (recorded as the reason for the merge), or null when they describe different facts.
 */
public interface FactMatcher<F> {
    /** The keys {@code a} and {@code b} agree on, or null when they are different facts. */
    List<String> agreement(F a, F b);
}
