package org.diplomacykg.reconcile;

import java.util.List;

/**
 * Decides whether two reports describe the same fact. Returns the identifying keys they agree
 * on (recorded as the reason for the merge), or null when they describe different facts.
 */
interface FactMatcher<F> {
    List<String> agreement(F a, F b);
}
