package org.diplomacykg.nlp;

import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural transition-based dependency parser (Chen and Manning 2014), with the trained
 * model and the transition system CoreNLP loads, but its own forward pass. CoreNLP's
 * {@code Classifier} computes the output layer (85 transitions by a 1,000-unit hidden layer)
 * as one dependent chain of floating-point additions per transition and multiplies an
 * embedding into the hidden layer row by row whenever a feature is not among the precomputed
 * ones; on this machine that made parsing two thirds of the extraction time. Here the weights
 * are laid out transposed once, so both products are independent multiply-adds over
 * contiguous arrays that the JIT compiles to vector instructions. The arithmetic is the same
 * up to the order of additions, so the chosen transitions match CoreNLP's (checked sentence by
 * sentence in {@code NeuralDependencyParserTest}).
 *
 * <p>The model's fields are private in CoreNLP, so they are read once by reflection; the
 * parser is immutable afterwards and safe to share between threads.
 */
final class NeuralDependencyParser {
    private final DependencyParser model;
    private final ParsingSystem system;
    private final Method featureArray;
    private final Method relation;
    private final Method structure;
    private final int hidden;
    private final int embedding;
    private final int transitions;
    private final String[] transitionNames;
    /** feature index (token id × 48 + position) → row of {@link #saved}, or -1. */
    private final int[] precomputedRow;
    private final float[][] saved;
    private final float[][] embeddings;
    /** W1 transposed: one row of hidden-layer weights per input dimension. */
    private final float[][] inputWeights;
    private final float[] bias;
    /** W2 transposed: one row of transition weights per hidden unit. */
    private final float[][] outputWeights;
    /** Rare words' contributions, bounded (4 KB each); cleared when full so that a long build follows its vocabulary. */
    private final java.util.concurrent.ConcurrentHashMap<Integer, float[]> computed = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int COMPUTED_CAP = 10_000;
    /** CoreNLP's default number of precomputed features. */
    static final int PRECOMPUTED = 20_000;

    /**
     * Loads a CoreNLP neural dependency model. CoreNLP's own table of precomputed features (in
     * doubles) is switched off: this parser keeps the same features' contributions in floats,
     * half the memory and half the memory traffic per transition.
     */
    static NeuralDependencyParser load(String modelPath) {
        Properties p = new Properties();
        p.setProperty("numPreComputed", "0");
        return new NeuralDependencyParser(DependencyParser.loadFromModelFile(modelPath, p), PRECOMPUTED);
    }

    NeuralDependencyParser(DependencyParser model, int precompute) {
        this.model = model;
        try {
            Object classifier = field(DependencyParser.class, "classifier").get(model);
            this.system = (ParsingSystem) field(DependencyParser.class, "system").get(model);
            Config config = (Config) field(DependencyParser.class, "config").get(model);
            @SuppressWarnings("unchecked")
            List<Integer> frequent = (List<Integer>) field(DependencyParser.class, "preComputed").get(model);
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            Class<?> c = classifier.getClass();
            float[][] w1 = (float[][]) field(c, "W1").get(classifier);
            float[][] w2 = (float[][]) field(c, "W2").get(classifier);
            float[] b1 = (float[]) field(c, "b1").get(classifier);
            this.embeddings = (float[][]) field(c, "E").get(classifier);
            this.featureArray = method(DependencyParser.class, "getFeatureArray", Configuration.class);
            this.relation = method(DependencyParser.class, "makeGrammaticalRelation", String.class);
            this.structure = method(DependencyParser.class, "makeGrammaticalStructure", List.class, TreeGraphNode.class);
            this.hidden = config.hiddenSize;
            this.embedding = config.embeddingSize;
            this.transitions = system.numTransitions();
            this.transitionNames = names.toArray(new String[0]);
            this.inputWeights = new float[w1[0].length][hidden];
            for (int h = 0; h < hidden; h++) {
                for (int k = 0; k < w1[h].length; k++) {
                    inputWeights[k][h] = w1[h][k];
                }
            }
            this.bias = b1.clone();
            // rows padded to a whole number of vector lanes, so the loop has no scalar tail
            this.outputWeights = new float[hidden][padded(transitions)];
            for (int t = 0; t < transitions; t++) {
                for (int h = 0; h < hidden; h++) {
                    outputWeights[h][t] = w2[t][h];
                }
            }
            // the model lists its features by training frequency: the most frequent are precomputed
            this.precomputedRow = new int[embeddings.length * Config.numTokens];
            java.util.Arrays.fill(precomputedRow, -1);
            int n = Math.min(precompute, frequent.size());
            this.saved = new float[n][];
            for (int r = 0; r < n; r++) {
                int index = frequent.get(r);
                saved[r] = contribution(index / Config.numTokens, (index % Config.numTokens) * embedding);
                precomputedRow[index] = r;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's dependency parser is not laid out as expected (" + e + ")", e);
        }
    }

    /** The dependency parse of a tagged sentence, as CoreNLP's {@code DependencyParser.predict} gives it. */
    GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        float[] h = new float[hidden];
        float[] scores = new float[padded(transitions)];
        while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
            score(features(c), h, scores);
            int best = -1;
            for (int t = 0; t < transitions; t++) {
                if ((best < 0 || scores[t] > scores[best]) && system.canApply(c, transitionNames[t])) {
                    best = t;
                }
            }
            if (best < 0) {
                break;
            }
            system.apply(c, transitionNames[best]);
        }
        return structure(sentence, c);
    }

    private void score(int[] feature, float[] h, float[] scores) {
        System.arraycopy(bias, 0, h, 0, hidden);
        int offset = 0;
        for (int j = 0; j < feature.length; j++, offset += embedding) {
            int row = precomputedRow[feature[j] * Config.numTokens + j];
            if (row >= 0) {
                float[] s = saved[row];
                for (int i = 0; i < hidden; i++) {
                    h[i] += s[i];
                }
            } else {
                float[] s = computed(feature[j] * Config.numTokens + j, feature[j], offset);
                for (int i = 0; i < hidden; i++) {
                    h[i] += s[i];
                }
            }
        }
        java.util.Arrays.fill(scores, 0);
        for (int i = 0; i < hidden; i++) {
            float v = h[i];
            float cube = v * v * v;
            float[] w = outputWeights[i];
            for (int t = 0; t < w.length; t++) {
                scores[t] += cube * w[t];
            }
        }
    }

    /** A feature's hidden-layer contribution that the model did not precompute, kept for the next sentences. */
    private float[] computed(int index, int token, int offset) {
        float[] s = computed.get(index);
        if (s == null) {
            s = contribution(token, offset);
            if (computed.size() >= COMPUTED_CAP) {
                computed.clear();
            }
            computed.put(index, s);
        }
        return s;
    }

    /** What one input feature (a token id at a position) adds to the hidden layer. */
    private float[] contribution(int token, int offset) {
        float[] s = new float[hidden];
        float[] e = embeddings[token];
        for (int k = 0; k < embedding; k++) {
            float x = e[k];
            float[] w = inputWeights[offset + k];
            for (int i = 0; i < hidden; i++) {
                s[i] += x * w[i];
            }
        }
        return s;
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(model, c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same conversion to typed dependencies as CoreNLP's {@code predict}. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(model, c.getLabel(i));
                deps.add(new TypedDependency(rel, headWord, word));
            }
            return (GrammaticalStructure) structure.invoke(model, deps, new TreeGraphNode(root));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int padded(int n) {
        return (n + 15) / 16 * 16;
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(Class<?> c, String name, Class<?>... params) throws NoSuchMethodException {
        Method m = c.getDeclaredMethod(name, params);
        m.setAccessible(true);
        return m;
    }
}
