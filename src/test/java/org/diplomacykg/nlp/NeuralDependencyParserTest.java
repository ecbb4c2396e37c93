package org.diplomacykg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's forward pass must choose the transitions CoreNLP's own would: same heads, same
 * labels, on every sentence of the seeds and on sentences written here for shapes the seeds lack
 * (questions, long coordinations, numbers, rare words that miss the model's precomputed table).
 */
class NeuralDependencyParserTest {
    static final String WRITTEN = String.join("\n",
            "Did the foreign ministers of Ghana, Togo, Benin and Côte d'Ivoire agree on a joint patrol?",
            "Zanzibar's vice-president, whom the delegation had not expected, arrived late and left early.",
            "The $4.5bn loan, disbursed in three tranches through 2027, was announced on 12 March.",
            "Quixotically, the plenipotentiaries' communiqué eschewed any mention of the archipelago.",
            "Talks.",
            "\"We will not sign,\" she said, \"unless the guarantees are written down.\"");

    @Test
    void sameParsesAsCoreNlpOnTheSeedsAndOnWrittenSentences() throws IOException {
        List<CoreMap> sentences = tagged(texts());
        DependencyParser reference = DependencyParser.loadFromModelFile(
                "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        List<String> expected = new ArrayList<>();
        for (CoreMap s : sentences) {
            expected.add(reference.predict(s).typedDependencies().toString());
        }
        NeuralDependencyParser parser = NeuralDependencyParser.load("edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        assertTrue(sentences.size() > 100, "sentences: " + sentences.size());
        for (int pass = 0; pass < 2; pass++) { // the second pass reads rare words from the parser's own cache
            for (int i = 0; i < sentences.size(); i++) {
                assertEquals(expected.get(i), parser.predict(sentences.get(i)).typedDependencies().toString(),
                        "sentence " + i + ": " + sentences.get(i));
            }
        }
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(WRITTEN));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        return texts;
    }

    private static List<CoreMap> tagged(List<String> texts) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        List<CoreMap> sentences = new ArrayList<>();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tagger.annotate(a);
            sentences.addAll(a.get(CoreAnnotations.SentencesAnnotation.class));
        }
        return sentences;
    }
}
