package org.diplomacykg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link TokenizerME} with its per-word decisions remembered. TokenizerME first
 * splits at white space and then decides the cuts inside each word from that word's
 * characters alone, one model evaluation per character; words recur all the time ("the",
 * "said", "Minister", country names), so each distinct word's cuts are computed once by the
 * same model and replayed: the same spans as {@code tokenizePos(sentence)}, at a fraction of
 * the cost.
 */
final class WordwiseTokenizer {
    /** Enough for the working vocabulary of many thousands of articles. */
    private static final int WORDS = 50_000;

    private final TokenizerME tokenizer;
    /** Per word, its tokens as [start, end) pairs relative to the word. */
    private final Lru<String, int[]> cuts = new Lru<>(WORDS);

    WordwiseTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    Span[] tokenizePos(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        List<Span> out = new ArrayList<>(words.length + words.length / 2);
        for (Span w : words) {
            int[] c = cuts.get(sentence.substring(w.getStart(), w.getEnd()), this::cutsOf);
            for (int k = 0; k < c.length; k += 2) {
                out.add(new Span(w.getStart() + c[k], w.getStart() + c[k + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** A word holds no white space, so the tokenizer sees it as the one word it is in the sentence. */
    private int[] cutsOf(String word) {
        Span[] spans = tokenizer.tokenizePos(word);
        int[] c = new int[spans.length * 2];
        for (int k = 0; k < spans.length; k++) {
            c[2 * k] = spans[k].getStart();
            c[2 * k + 1] = spans[k].getEnd();
        }
        return c;
    }
}
