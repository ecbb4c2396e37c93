package org.diplomacykg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WordwiseTokenizerTest {
    static final String[] SENTENCES = {
        "Japan's Prime Minister Fumio Kishida said: \"We will not accept it,\" in Tokyo on Dec. 17, 2023.",
        "The U.S.-Japan deal, worth $1.2 billion (about 180 billion yen), covers co-operation on e-mail and A.I.",
        "“Based on our strong relationship of trust,” he said — adding that the leaders’ summit ended at 3:30 p.m.",
        "Ruritania pledged 113 million dollars in aid to Freedonia; officials said the talks were \"very productive\"...",
        "  Two  spaces,\ttabs\u00a0and a non-breaking space.",
    };

    @Test
    void cutsEveryWordAsTheTokenizerCutsTheWholeSentence() throws IOException {
        TokenizerModel model;
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(OpenNlpAnnotator.TOKEN_MODEL)) {
            model = new TokenizerModel(in);
        }
        TokenizerME reference = new TokenizerME(model);
        WordwiseTokenizer wordwise = new WordwiseTokenizer(new TokenizerME(model));
        for (int round = 0; round < 2; round++) { // the second round replays remembered words
            for (String s : SENTENCES) {
                Span[] expected = reference.tokenizePos(s);
                assertArrayEquals(expected, wordwise.tokenizePos(s), s);
            }
        }
    }
}
