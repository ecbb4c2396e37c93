package org.diplomacykg.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a build produced, for the CLI to print. {@code facts} counts the canonical facts of each
 * kind, by the kind's plural name ("events"), in registry order. {@code componentMillis} is the
 * time of each extraction component that ran, in pipeline order, summed over the articles
 * extracted in this build (articles reused from the facts cache cost none) and over threads;
 * {@code disabled} names the components switched off; {@code notes} names each article read only in
 * part (see {@code ArticleCleaner.MAX_TEXT_CHARS}).
 */
public record BuildReport(int articles, int extracted, int reused, int people, Map<String, Integer> facts,
                          long quads, long triples, long added, long removed, long millis,
                          String inputDigest, List<String> skipped, List<String> notes, Map<String, Long> phaseMillis,
                          Map<String, Long> componentMillis, List<String> disabled, NlpStats nlp) {
    public BuildReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        phaseMillis = Collections.unmodifiableMap(new LinkedHashMap<>(phaseMillis));
        componentMillis = Collections.unmodifiableMap(new LinkedHashMap<>(componentMillis));
        disabled = List.copyOf(disabled);
    }

    /** e.g. "read 0.1 s, extract 7.7 s, reconcile 2.0 s, map 1.7 s, validate 0.8 s, store 7.2 s". */
    public String phases() {
        StringJoiner j = new StringJoiner(", ");
        phaseMillis.forEach((phase, ms) -> j.add(String.format(Locale.ROOT, "%s %.1f s", phase, ms / 1000.0)));
        return j.toString();
    }

    /** e.g. "entities 0.41 s, people 0.20 s, dates 0.05 s, frames 0.30 s, events 0.12 s, agreements 0.33 s, quotations off". */
    public String components() {
        StringJoiner j = new StringJoiner(", ");
        componentMillis.forEach((name, ms) -> j.add(String.format(Locale.ROOT, "%s %.2f s", name, ms / 1000.0)));
        disabled.forEach(name -> j.add(name + " off"));
        return j.toString();
    }
}
