package org.diplomacykg.pipeline;

import java.util.List;

/** What a build produced, for the CLI to print. */
public record BuildReport(int articles, int extracted, int reused, int people, int events, int agreements,
                          int quotations, long quads, long triples, long added, long removed, long millis,
                          String inputDigest, List<String> skipped) {
    public BuildReport {
        skipped = List.copyOf(skipped);
    }
}
