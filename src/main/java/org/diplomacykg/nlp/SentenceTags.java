package org.diplomacykg.nlp;

import opennlp.tools.postag.POSTaggerME;

/**
 * The part-of-speech tags of one sentence, computed the first time a rule asks for one. Tagging
 * is the most expensive step of the pipeline and the rules read tags only around a few words
 * (the word after a capital or a surname, the modifiers before an item of equipment), so the
 * sentences they never ask about are never tagged. The tags are the tagger's for the whole
 * sentence, the same whether computed now or later. The tagger is not thread-safe and belongs
 * to one annotator: every use of it holds its lock.
 */
final class SentenceTags {
    private final String[] words;
    private final POSTaggerME tagger;
    private volatile String[] tags;

    SentenceTags(String[] words, POSTaggerME tagger) {
        this.words = words;
        this.tagger = tagger;
    }

    String tag(int i) {
        String[] t = tags;
        if (t == null) {
            synchronized (tagger) {
                t = tags;
                if (t == null) {
                    t = tagger.tag(words);
                    tags = t;
                }
            }
        }
        return t[i];
    }
}
