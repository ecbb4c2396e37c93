package org.diplomacykg.nlp;

import java.util.List;

/**
 * Which sentences get a dependency parse, decided from their tagged tokens: parsing is the
 * most expensive annotation, and only sentences that can hold a fact need it.
 */
@FunctionalInterface
public interface ParseFilter {
    ParseFilter ALL = tokens -> true;
    ParseFilter NONE = tokens -> false;

    boolean wantsParse(List<Token> tokens);
}
