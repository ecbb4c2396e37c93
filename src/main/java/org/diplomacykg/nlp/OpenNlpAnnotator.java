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
 * classes are not thread-safe, so each annotator instance owns its own.
 */
public final class OpenNlpAnnotator implements Annotator {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile Models models;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    private record Models(SentenceModel sentence, TokenizerModel token, POSModel pos) {
    }

    public OpenNlpAnnotator() {
        Models m = models();
        this.sentences = new SentenceDetectorME(m.sentence());
        this.tokenizer = new TokenizerME(m.token());
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
                Span[] spans = splitPossessives(tokenizer.tokenizePos(sentence), sentence);
                String[] words = Span.spansToStrings(spans, sentence);
                String[] tags = tagger.tag(words);
                List<Token> tokens = new ArrayList<>(spans.length);
                for (int i = 0; i < spans.length; i++) {
                    tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i]));
                }
                out.add(new Sentence(out.size(), start, end, sentence, tokens, pi, p.kind() == Paragraph.Kind.CAPTION));
            }
        }
        return new AnnotatedArticle(article, out);
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
