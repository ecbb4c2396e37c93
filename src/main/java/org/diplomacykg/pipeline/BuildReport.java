package org.diplomacykg.pipeline;

/** What a build produced, for the CLI to print. */
public record BuildReport(int articles, int extracted, int reused, int people, int events, int agreements,
                          int quotations, long quads, long triples, long added, long removed, long millis,
                          String inputDigest) {
}
