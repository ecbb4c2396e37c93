package org.diplomacykg.pipeline;

import java.util.Locale;
import org.diplomacykg.nlp.SentenceCounts;

/**
 * What the NLP stage cost in one build: loading the models (when this build loaded them; they
 * stay in memory for the rest of the process), the time spent annotating, summed over threads,
 * and what happened to the sentences (see {@link SentenceCounts}).
 *
 * @param modelMillis the models' load time, or -1 when this build did not load them
 */
public record NlpStats(long modelMillis, long annotateMillis, SentenceCounts sentences) {
    public static final NlpStats NONE = new NlpStats(-1, 0, SentenceCounts.ZERO);

    /** e.g. "models loaded in 1.8 s; 1,930 sentences, 300 from the sentence cache, 1,630 tagged, 412 parsed, in 5.10 s (tagging 1.20 s, parsing 3.40 s)". */
    public String describe() {
        SentenceCounts s = sentences;
        String models = modelMillis >= 0 ? String.format(Locale.ROOT, "models loaded in %.1f s", modelMillis / 1000.0)
                : s.read() > 0 ? "models already loaded" : "models not needed";
        return models + String.format(Locale.ROOT, "; %,d sentences, %,d from the sentence cache, %,d tagged, %,d parsed, in %.2f s"
                        + " (tagging %.2f s, parsing %.2f s)",
                s.read(), s.cached(), s.tagged(), s.parsed(), annotateMillis / 1000.0, s.tagNanos() / 1e9, s.parseNanos() / 1e9);
    }
}
