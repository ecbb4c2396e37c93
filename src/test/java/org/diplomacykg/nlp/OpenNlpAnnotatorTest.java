package org.diplomacykg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.junit.jupiter.api.Test;

class OpenNlpAnnotatorTest {
    static final String TEXT = String.join("\n",
            "Brazil's President Luiz Inacio Lula da Silva met Chinese leaders in Beijing on Friday. They signed 15 agreements.",
            "\"We want more trade,\" Lula told reporters after the talks ended in the evening.");

    static AnnotatedArticle annotate() {
        Article a = new ArticleCleaner().clean("t.txt", "abcdef0123456789abcd", TEXT);
        return new OpenNlpAnnotator().annotate(a);
    }

    @Test
    void sentencesStayInsideParagraphsWithExactOffsets() {
        AnnotatedArticle a = annotate();
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size());
        for (Sentence sentence : s) {
            assertEquals(sentence.text(), a.article().text().substring(sentence.start(), sentence.end()));
            for (Token t : sentence.tokens()) {
                assertEquals(t.text(), a.article().text().substring(t.start(), t.end()));
            }
        }
        assertEquals(0, s.get(0).paragraph());
        assertEquals(1, s.get(2).paragraph());
    }

    @Test
    void aPageWithoutSentenceBreaksIsCutIntoBoundedPieces() {
        String runOn = "word ".repeat(20_000).strip();
        Article a = new ArticleCleaner().clean("runon.txt", "abcdef0123456789abcd", runOn + ".");
        long t0 = System.nanoTime();
        List<Sentence> s = new OpenNlpAnnotator().annotate(a).sentences();
        assertTrue(s.size() >= 60, "pieces: " + s.size());
        assertTrue(s.stream().allMatch(x -> x.end() - x.start() <= OpenNlpAnnotator.MAX_SENTENCE_CHARS));
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
    }

    @Test
    void tagsAreTheTaggersForTheWholeSentenceAndRepeatsShareThem() throws java.io.IOException {
        opennlp.tools.postag.POSTaggerME tagger;
        try (java.io.InputStream in = OpenNlpAnnotator.class.getResourceAsStream(OpenNlpAnnotator.POS_MODEL)) {
            tagger = new opennlp.tools.postag.POSTaggerME(new opennlp.tools.postag.POSModel(in));
        }
        OpenNlpAnnotator nlp = new OpenNlpAnnotator();
        Article a = new ArticleCleaner().clean("t.txt", "abcdef0123456789abcd",
                TEXT + "\nThey signed 15 agreements. Officials in both capitals welcomed the outcome of the long talks.");
        List<Sentence> s = nlp.annotate(a).sentences();
        for (Sentence sentence : s) {
            String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
            String[] tags = sentence.tokens().stream().map(Token::pos).toArray(String[]::new);
            org.junit.jupiter.api.Assertions.assertArrayEquals(tagger.tag(words), tags, sentence.text());
        }
        // a repeated sentence: the same tokens and tags, at its own offsets
        assertEquals(s.get(1).text(), s.get(3).text());
        assertEquals(s.get(1).tokens().size(), s.get(3).tokens().size());
        for (int i = 0; i < s.get(1).tokens().size(); i++) {
            Token x = s.get(1).tokens().get(i);
            Token y = s.get(3).tokens().get(i);
            assertEquals(x.text(), y.text());
            assertEquals(x.pos(), y.pos());
            assertEquals(x.start() - s.get(1).start(), y.start() - s.get(3).start());
            assertEquals(y.text(), a.text().substring(y.start(), y.end()));
        }
    }

    @Test
    void aTokenIsAValue() {
        Token t = new Token("Japan", 0, 5, "PROPN");
        assertEquals(new Token("Japan", 0, 5, "PROPN"), t);
        assertEquals(new Token("Japan", 0, 5, "PROPN").hashCode(), t.hashCode());
        assertEquals("Token[text=Japan, start=0, end=5, pos=PROPN]", t.toString());
        assertTrue(t.isProperNoun() && t.isCapitalized());
    }

    @Test
    void possessiveIsSplitSoTheNameIsAProperNoun() {
        List<Token> tokens = annotate().sentences().get(0).tokens();
        assertEquals("Brazil", tokens.get(0).text());
        assertEquals("'s", tokens.get(1).text());
        assertTrue(tokens.get(0).isProperNoun(), tokens.get(0).pos());
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("met") && t.pos().startsWith("V")));
    }
}
