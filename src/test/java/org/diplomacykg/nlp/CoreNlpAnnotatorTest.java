package org.diplomacykg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    static final String TEXT = String.join("\n",
            "Brazil's President Luiz Inácio Lula da Silva met Chinese leaders in Beijing on Friday. They signed 15 agreements.",
            "\"We want more trade,\" Lula told reporters after the talks ended in the evening.");

    static Article article(String text) {
        return new ArticleCleaner().clean("t.txt", "abcdef0123456789abcd", text);
    }

    @Test
    void sentencesStayInsideParagraphsWithExactOffsets() {
        Article a = article(TEXT);
        List<Sentence> s = new CoreNlpAnnotator(ParseFilter.ALL).annotate(a).sentences();
        assertEquals(3, s.size());
        for (Sentence sentence : s) {
            assertEquals(sentence.text(), a.text().substring(sentence.start(), sentence.end()));
            for (Token t : sentence.tokens()) {
                assertEquals(t.text(), a.text().substring(t.start(), t.end()));
            }
        }
        assertEquals(0, s.get(0).paragraph());
        assertEquals(1, s.get(2).paragraph());
    }

    @Test
    void tagsLemmasEntitiesAndAParseOfWhatTheFilterAsksFor() {
        ParseFilter onlyMeetings = tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("meet"));
        List<Sentence> s = new CoreNlpAnnotator(onlyMeetings).annotate(article(TEXT)).sentences();
        List<Token> first = s.get(0).tokens();
        assertEquals("Brazil", first.get(0).text());
        assertEquals("'s", first.get(1).text());
        assertTrue(first.get(0).isProperNoun());
        Token met = first.stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
        assertEquals("meet", met.lemma());
        assertEquals("VERB", met.pos());
        // a name with diacritics is one person, whole
        assertTrue(first.stream().filter(t -> t.ner().equals("PERSON")).map(Token::text).toList()
                .containsAll(List.of("Luiz", "Inácio", "Lula", "Silva")));
        assertEquals("LOCATION", first.stream().filter(t -> t.text().equals("Beijing")).findFirst().orElseThrow().ner());
        // parsed: "met" heads the subject "Silva" and "in Beijing"
        Dependencies d = s.get(0).deps();
        assertNotNull(d);
        int metAt = first.indexOf(met);
        assertTrue(d.children(metAt).stream().anyMatch(e -> e.rel().equals("nsubj") && first.get(e.dep()).text().equals("Silva")), d::toString);
        assertTrue(d.edges().stream().anyMatch(e -> e.rel().endsWith(":in") && first.get(e.dep()).text().equals("Beijing")), d::toString);
        // not asked for: not parsed
        assertNull(s.get(1).deps());
        assertNull(s.get(2).deps());
    }

    @Test
    void aPageWithoutSentenceBreaksIsCutIntoBoundedPieces() {
        String runOn = "word ".repeat(20_000).strip();
        long t0 = System.nanoTime();
        List<Sentence> s = new CoreNlpAnnotator(ParseFilter.ALL).annotate(article(runOn + ".")).sentences();
        assertTrue(s.size() >= 20_000 / CoreNlpAnnotator.MAX_TOKENS, "pieces: " + s.size());
        assertTrue(s.stream().allMatch(x -> x.tokens().size() <= CoreNlpAnnotator.MAX_TOKENS));
        assertTrue(s.stream().filter(x -> x.tokens().size() > CoreNlpAnnotator.MAX_PARSE_TOKENS).allMatch(x -> x.deps() == null),
                "pieces too long to parse are not parsed");
        assertTrue(System.nanoTime() - t0 < 60_000_000_000L);
    }

    @Test
    void aRepeatedSentenceSharesItsAnnotationAtItsOwnOffsets() {
        Article a = article(TEXT + "\nThey signed 15 agreements. Officials in both capitals welcomed the outcome.");
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(ParseFilter.ALL);
        List<Sentence> s = nlp.annotate(a).sentences();
        assertTrue(new SentenceCounts(5, 1, 4, 4).sameCounts(nlp.counts()), nlp.counts() + ": the repeat within the article is annotated once");
        assertEquals(s.get(1).text(), s.get(3).text());
        assertEquals(s.get(1).tokens().size(), s.get(3).tokens().size());
        for (int i = 0; i < s.get(1).tokens().size(); i++) {
            Token x = s.get(1).tokens().get(i);
            Token y = s.get(3).tokens().get(i);
            assertEquals(x.tag(), y.tag());
            assertEquals(x.start() - s.get(1).start(), y.start() - s.get(3).start());
            assertEquals(y.text(), a.text().substring(y.start(), y.end()));
        }
        assertEquals(s.get(1).deps().edges(), s.get(3).deps().edges());
    }

    @Test
    void aTokenIsAValueWithAUniversalTag() {
        Token t = new Token("Japan", 0, 5, "NNP", "Japan", "LOCATION");
        assertEquals(new Token("Japan", 0, 5, "NNP", "Japan", "LOCATION"), t);
        assertEquals("PROPN", t.pos());
        assertEquals("AUX", new Token("was", 0, 3, "VBD", "be", "O").pos());
        assertEquals("PROPN", new Token("U.S.", 0, 4, "PROPN").pos());
        assertTrue(t.isProperNoun() && t.isCapitalized());
    }
}
