package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's English models, loaded once per process (they take seconds and hundreds of
 * megabytes) and shared by every thread: CoreNLP's annotators may annotate different documents
 * concurrently. Three stages (see {@code nlp/corenlp.properties}): {@link #split} every
 * article, {@link #tag} the sentences not annotated before, {@link #parse} only those that can
 * hold a fact.
 */
public final class CoreNlp {
    static final String PROPERTIES = "/nlp/corenlp.properties";
    private static volatile CoreNlp shared;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP tag;
    private final NeuralDependencyParser parse;
    private final long loadMillis;

    private CoreNlp(Properties all) {
        long t0 = System.nanoTime();
        this.split = new StanfordCoreNLP(stage(all, "split"));
        this.tag = new StanfordCoreNLP(stage(all, "tag"));
        this.parse = NeuralDependencyParser.load(all.getProperty("parse.model").trim());
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The process's models, loaded on first use. */
    public static CoreNlp shared() {
        CoreNlp c = shared;
        if (c == null) {
            synchronized (CoreNlp.class) {
                if (shared == null) {
                    shared = new CoreNlp(properties());
                }
                c = shared;
            }
        }
        return c;
    }

    /** Whether the models are in memory already (so a caller can tell load time from work). */
    public static boolean loaded() {
        return shared != null;
    }

    /** How long loading the models took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = CoreNlp.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The properties of one stage: its keys without the stage prefix; later stages take earlier output as given. */
    private static Properties stage(Properties all, String name) {
        Properties p = new Properties();
        String prefix = name + ".";
        for (String k : all.stringPropertyNames()) {
            if (k.startsWith(prefix)) {
                p.setProperty(k.substring(prefix.length()), all.getProperty(k).trim());
            }
        }
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /** Tokens and sentences of a text. */
    List<CoreMap> split(String text) {
        Annotation doc = new Annotation(text);
        split.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Part of speech, lemma and named-entity class on every token of these sentences. */
    void tag(String text, List<CoreMap> sentences) {
        if (!sentences.isEmpty()) {
            tag.annotate(subset(text, sentences));
        }
    }

    /**
     * The dependency parse of these sentences, as enhanced++ Universal Dependencies: the only
     * graph the frames read (CoreNLP's annotator would also build four others per sentence).
     */
    void parse(List<CoreMap> sentences) {
        for (CoreMap s : sentences) {
            GrammaticalStructure gs = parse.predict(s);
            s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }

    /** An annotation over some of a document's sentences: annotators change the sentences in place. */
    private static Annotation subset(String text, List<CoreMap> sentences) {
        Annotation a = new Annotation(text);
        a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return a;
    }
}
