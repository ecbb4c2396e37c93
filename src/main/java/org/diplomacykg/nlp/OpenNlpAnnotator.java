package org.diplomacykg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.Paragraph;

/**
 * OpenNLP's English UD models (from Maven Central) run paragraph by paragraph, so a sentence
 * never crosses a paragraph or caption boundary. Models are loaded once and shared; the ME
 * classes are not thread-safe, so each annotator instance owns its own. A sentence is tagged
 * when its first tag is read ({@link SentenceTags}).
 */
public final class OpenNlpAnnotator implements Annotator {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile Models models;

    private final SentenceDetectorME sentences;
    private final WordwiseTokenizer tokenizer;
    private final POSTaggerME tagger;
    /**
     * Recently annotated sentences by text. News repeats itself verbatim (wire copies, rewrites
     * that keep most sentences, stock closing lines) and tokenising and tagging are pure functions
     * of the sentence, so a repeat shares the first one's tokens and tags instead of running the
     * models again. A few thousand sentences span the copies of a story that a corpus holds close
     * together.
     */
    private final Lru<String, Tagged> recent = new Lru<>(4096);

    /** A sentence's tokens as spans relative to the sentence start, and their tags. */
    private record Tagged(int[] starts, int[] ends, SentenceTags tags) {
    }

    private record Models(SentenceModel sentence, TokenizerModel token, POSModel pos) {
    }

    public OpenNlpAnnotator() {
        Models m = models();
        this.sentences = new SentenceDetectorME(m.sentence());
        this.tokenizer = new WordwiseTokenizer(new TokenizerME(m.token()));
        this.tagger = new POSTaggerME(m.pos());
    }

    private static Models models() {
        Models m = models;
        if (m == null) {
            synchronized (OpenNlpAnnotator.class) {
                if (models == null) {
                    try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
                        models = new Models(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load OpenNLP models", e);
                    }
                }
                m = models;
            }
        }
        return m;
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpAnnotator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        List<Paragraph> paragraphs = article.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            String para = text.substring(p.start(), p.end());
            for (Span s : boundLength(sentences.sentPosDetect(para), para)) {
                int start = p.start() + s.getStart();
                int end = p.start() + s.getEnd();
                String sentence = text.substring(start, end);
                Tagged tagged = recent.get(sentence, this::tokenize);
                int[] from = tagged.starts();
                int[] to = tagged.ends();
                List<Token> tokens = new ArrayList<>(from.length);
                for (int i = 0; i < from.length; i++) {
                    tokens.add(new Token(sentence.substring(from[i], to[i]), start + from[i], start + to[i], tagged.tags(), i));
                }
                out.add(new Sentence(out.size(), start, end, sentence, tokens, pi, p.kind() == Paragraph.Kind.CAPTION));
            }
        }
        return new AnnotatedArticle(article, out);
    }

    private Tagged tokenize(String sentence) {
        Span[] spans = splitPossessives(tokenizer.tokenizePos(sentence), sentence);
        SentenceTags tags = new SentenceTags(Span.spansToStrings(spans, sentence), tagger);
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
        }
        return new Tagged(starts, ends, tags);
    }

    /** Longest sentence passed on whole; news sentences are far shorter, a run-on page is not. */
    static final int MAX_SENTENCE_CHARS = 1500;

    /**
     * Cuts over-long "sentences" (a page without sentence breaks) at white space, so the tagger
     * and the extraction rules always see bounded input and a hostile article costs linear time.
     */
    static List<Span> boundLength(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            int start = s.getStart();
            while (s.getEnd() - start > MAX_SENTENCE_CHARS) {
                int cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
                if (cut <= start) {
                    cut = start + MAX_SENTENCE_CHARS;
                }
                out.add(new Span(start, cut));
                start = cut;
                while (start < s.getEnd() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (start < s.getEnd()) {
                out.add(new Span(start, s.getEnd()));
            }
        }
        return out;
    }

    /**
     * The UD tokenizer keeps the possessive on the noun ("Japan's"); splitting it off lets
     * "Japan" match the gazetteer and be tagged as the proper noun it is.
     */
    static Span[] splitPossessives(Span[] spans, String sentence) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int len = s.getEnd() - s.getStart();
            String t = sentence.substring(s.getStart(), s.getEnd());
            boolean possessive = len > 2 && (t.endsWith("'s") || t.endsWith("\u2019s"));
            if (possessive) {
                out.add(new Span(s.getStart(), s.getEnd() - 2));
                out.add(new Span(s.getEnd() - 2, s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }
}
