package org.diplomacykg.reconcile;

/**
 * Two articles that share their text: {@code copy} is a copy, near-copy or re-post of
 * {@code original}, or a rewrite of it. {@code similarity} is the share of the smaller text's
 * word shingles found in the other (containment, 0..1).
 */
public record ArticleRelation(String copy, String original, Kind kind, double similarity) {
    public enum Kind { COPY, REWRITE }
}
