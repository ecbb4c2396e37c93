package org.diplomacykg.pipeline;

import java.util.List;

/**
 * What a build produced, for the CLI to print. {@code facts} counts the canonical facts of each
 * kind, by the kind's plural name ("events"), in registry order.
 */
public record BuildReport(int articles, int extracted, int reused, int people, java.util.Map<String, Integer> facts,
                          long quads, long triples, long added, long removed, long millis,
                          String inputDigest, List<String> skipped, java.util.Map<String, Long> phaseMillis) {
    public BuildReport {
        skipped = List.copyOf(skipped);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis));
    }

    /** e.g. "read 0.1 s, extract 7.7 s, reconcile 2.0 s, map 1.7 s, validate 0.8 s, store 7.2 s". */
    public String phases() {
        java.util.StringJoiner j = new java.util.StringJoiner(", ");
        phaseMillis.forEach((phase, ms) -> j.add(String.format(java.util.Locale.ROOT, "%s %.1f s", phase, ms / 1000.0)));
        return j.toString();
    }
}
