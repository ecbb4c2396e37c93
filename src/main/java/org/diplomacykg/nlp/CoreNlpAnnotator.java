package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.Paragraph;

/**
 * Annotates an article with Stanford CoreNLP: sentences and tokens for the whole text; part of
 * speech, lemma and named entities for every sentence; a dependency parse (Universal
 * Dependencies, enhanced) for the sentences the {@link ParseFilter} asks for. Offsets point
 * into the cleaned text. Sentences already annotated by this instance (wire copies, rewrites
 * that keep most sentences, stock lines) or earlier in the same article reuse that annotation:
 * it is a pure function of the sentence. One instance per thread; the models behind it are shared ({@link CoreNlp}).
 */
public final class CoreNlpAnnotator implements Annotator {
    /** Longest sentence passed on whole; news sentences are far shorter, a run-on page is not. */
    static final int MAX_TOKENS = 150;
    /** Longest sentence worth a parse: longer ones are lists, tables or run-on text. */
    static final int MAX_PARSE_TOKENS = 100;
    /** Sentences remembered: enough to span the copies of a story that a corpus holds close together. */
    private static final int CACHE = 4096;

    private final CoreNlp nlp;
    private final ParseFilter filter;
    private final Lru<String, Analysed> recent = new Lru<>(CACHE);
    private SentenceCounts counted = SentenceCounts.ZERO;

    /** A sentence's annotation relative to its start, as cached. */
    private record Analysed(int[] starts, int[] ends, String[] tags, String[] lemmas, String[] ners, Dependencies deps) {
    }

    public CoreNlpAnnotator(ParseFilter filter) {
        this(CoreNlp.shared(), filter);
    }

    CoreNlpAnnotator(CoreNlp nlp, ParseFilter filter) {
        this.nlp = nlp;
        this.filter = filter;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        List<CoreMap> split = bound(nlp.split(text), text);
        Analysed[] done = new Analysed[split.size()];
        List<CoreMap> toTag = new ArrayList<>();
        List<Integer> toTagIndex = new ArrayList<>();
        // a sentence repeated within the article is annotated once, like one seen in an earlier
        // article: otherwise a page of one sentence pasted thousands of times is tagged thousands of times
        java.util.Map<String, Integer> firstOf = new java.util.HashMap<>();
        int[] sameAs = new int[split.size()];
        java.util.Arrays.fill(sameAs, -1);
        for (int i = 0; i < split.size(); i++) {
            String sentence = sentenceText(split.get(i), text);
            Analysed a = recent.peek(sentence);
            if (a != null) {
                done[i] = a;
                continue;
            }
            Integer first = firstOf.putIfAbsent(sentence, i);
            if (first != null) {
                sameAs[i] = first;
            } else {
                toTag.add(split.get(i));
                toTagIndex.add(i);
            }
        }
        long t0 = System.nanoTime();
        nlp.tag(text, toTag);
        long tagged = System.nanoTime();
        List<CoreMap> toParse = new ArrayList<>();
        java.util.Map<CoreMap, Reduced> reduced = new java.util.IdentityHashMap<>();
        for (CoreMap s : toTag) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.size() <= MAX_PARSE_TOKENS && filter.wantsParse(tokens(labels, text, 0))) {
                Reduced r = withoutAsides(s, labels);
                reduced.put(s, r);
                toParse.add(r.sentence());
            }
        }
        long t1 = System.nanoTime();
        nlp.parse(toParse);
        long parsedAt = System.nanoTime();
        counted = counted.plus(new SentenceCounts(split.size(), split.size() - toTag.size(), toTag.size(), toParse.size(),
                tagged - t0, parsedAt - t1));
        for (int k = 0; k < toTag.size(); k++) {
            CoreMap s = toTag.get(k);
            Reduced r = reduced.get(s);
            Analysed a = analysed(s, text, r);
            done[toTagIndex.get(k)] = a;
            recent.put(sentenceText(s, text), a);
        }
        for (int i = 0; i < split.size(); i++) {
            if (sameAs[i] >= 0) {
                done[i] = done[sameAs[i]];
            }
        }
        List<Sentence> out = new ArrayList<>(split.size());
        List<Paragraph> paragraphs = article.paragraphs();
        for (int i = 0; i < split.size(); i++) {
            CoreMap s = split.get(i);
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int p = paragraphOf(paragraphs, start);
            if (p < 0) {
                continue; // white space or a stray character between paragraphs
            }
            Analysed a = done[i];
            List<Token> tokens = new ArrayList<>(a.starts().length);
            for (int t = 0; t < a.starts().length; t++) {
                int ts = start + a.starts()[t];
                int te = start + a.ends()[t];
                tokens.add(new Token(text.substring(ts, te), ts, te, a.tags()[t], a.lemmas()[t], a.ners()[t]));
            }
            out.add(new Sentence(out.size(), start, end, text.substring(start, end), tokens, p,
                    paragraphs.get(p).kind() == Paragraph.Kind.CAPTION, a.deps()));
        }
        return new AnnotatedArticle(article, out);
    }

    @Override
    public SentenceCounts counts() {
        return counted;
    }

    private static String sentenceText(CoreMap s, String text) {
        return text.substring(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    private static int paragraphOf(List<Paragraph> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Tokens of a tagged sentence, at offsets relative to {@code base}. */
    private static List<Token> tokens(List<CoreLabel> labels, String text, int base) {
        List<Token> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(new Token(text.substring(l.beginPosition(), l.endPosition()), l.beginPosition() - base,
                    l.endPosition() - base, nonNull(l.tag()), nonNull(l.lemma()), l.ner() == null ? "O" : l.ner()));
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A sentence as parsed: without its short parenthetical asides, and where each kept word was. */
    private record Reduced(CoreMap sentence, int[] original) {
    }

    /** Longest parenthesis taken out before parsing: "($2.8 million)", "(RAA)", "(front, R)". */
    static final int MAX_ASIDE = 12;

    /**
     * The sentence without short parenthetical asides, which the parser attaches badly and which
     * hold no argument of their own ("signed a 400 million yen ($2.8 million) deal"); the money
     * and names inside them are still read from the text. The aside's words get no arcs.
     */
    private static Reduced withoutAsides(CoreMap s, List<CoreLabel> labels) {
        boolean[] drop = new boolean[labels.size()];
        int dropped = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (!isOpen(labels.get(i))) {
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && j - i <= MAX_ASIDE + 1 && !isClose(labels.get(j)) && !isOpen(labels.get(j))) {
                j++;
            }
            if (j < labels.size() && isClose(labels.get(j)) && j - i <= MAX_ASIDE + 1) {
                for (int k = i; k <= j; k++) {
                    drop[k] = true;
                }
                dropped += j - i + 1;
                i = j;
            }
        }
        if (dropped == 0 || labels.size() - dropped < 3) {
            int[] same = new int[labels.size()];
            for (int i = 0; i < same.length; i++) {
                same[i] = i;
            }
            return new Reduced(s, same);
        }
        List<CoreLabel> kept = new ArrayList<>();
        int[] original = new int[labels.size() - dropped];
        for (int i = 0; i < labels.size(); i++) {
            if (!drop[i]) {
                CoreLabel c = new CoreLabel(labels.get(i));
                original[kept.size()] = i;
                kept.add(c);
                c.setIndex(kept.size());
            }
        }
        CoreMap r = new ArrayCoreMap();
        r.set(CoreAnnotations.TokensAnnotation.class, kept);
        r.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        r.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        r.set(CoreAnnotations.TextAnnotation.class, s.get(CoreAnnotations.TextAnnotation.class));
        return new Reduced(r, original);
    }

    private static boolean isOpen(CoreLabel l) {
        String w = l.originalText() != null ? l.originalText() : l.word();
        return w.equals("(") || w.equals("[");
    }

    private static boolean isClose(CoreLabel l) {
        String w = l.originalText() != null ? l.originalText() : l.word();
        return w.equals(")") || w.equals("]");
    }

    private static Analysed analysed(CoreMap s, String text, Reduced r) {
        int base = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] tags = new String[n];
        String[] lemmas = new String[n];
        String[] ners = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            starts[i] = l.beginPosition() - base;
            ends[i] = l.endPosition() - base;
            tags[i] = nonNull(l.tag()).intern();
            lemmas[i] = nonNull(l.lemma());
            ners[i] = l.ner() == null ? "O" : l.ner().intern();
        }
        SemanticGraph g = r == null ? null : r.sentence().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        return new Analysed(starts, ends, tags, lemmas, ners, g == null ? null : dependencies(g, n, r.original()));
    }

    /**
     * CoreNLP's graph as arcs between the sentence's token indexes ({@code original} maps a
     * parsed word to its token); copy nodes (elided verbs) are left out.
     */
    static Dependencies dependencies(SemanticGraph g, int size, int[] original) {
        List<Dependencies.Edge> edges = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            if (root.copyCount() == 0) {
                edges.add(new Dependencies.Edge(-1, original[root.index() - 1], "root"));
            }
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord h = e.getGovernor();
            IndexedWord d = e.getDependent();
            if (h.copyCount() != 0 || d.copyCount() != 0) {
                continue;
            }
            edges.add(new Dependencies.Edge(original[h.index() - 1], original[d.index() - 1], e.getRelation().toString().intern()));
        }
        return new Dependencies(size, edges);
    }

    /**
     * Cuts over-long "sentences" (a page without sentence breaks) into pieces of at most
     * {@link #MAX_TOKENS} tokens, so the taggers and the rules always see bounded input and a
     * hostile article costs linear time.
     */
    static List<CoreMap> bound(List<CoreMap> sentences, String text) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            if (tokens.size() <= MAX_TOKENS) {
                out.add(s);
                continue;
            }
            for (int from = 0; from < tokens.size(); from += MAX_TOKENS) {
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + MAX_TOKENS)));
                for (int i = 0; i < piece.size(); i++) {
                    piece.get(i).setIndex(i + 1);
                }
                CoreMap c = new ArrayCoreMap();
                int b = piece.get(0).beginPosition();
                int e = piece.get(piece.size() - 1).endPosition();
                c.set(CoreAnnotations.TokensAnnotation.class, piece);
                c.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
                c.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
                c.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
                out.add(c);
            }
        }
        return out;
    }
}
