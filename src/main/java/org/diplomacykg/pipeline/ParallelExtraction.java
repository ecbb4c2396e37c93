package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Annotator;
import org.diplomacykg.nlp.SentenceCounts;

/**
 * Extracts articles on all cores. Extraction is per article and pure, so files are handed to a
 * pool; at most a few per worker are in flight, so only those articles' text is in memory at a
 * time (the results are facts, much smaller than the raw pages). Each worker thread has its own
 * annotator (its sentence cache is not thread-safe); the one extractor serves every thread.
 */
final class ParallelExtraction {
    /**
     * The facts of the good articles, one message per bad file that was skipped, one note per
     * article read only in part, and what the annotators did: their sentence counts and their
     * time, summed over the articles extracted (not those reused from the facts cache) and over
     * threads.
     */
    record Result(List<ArticleFacts> facts, int extracted, int reused, List<String> skipped, List<String> notes,
                  SentenceCounts sentences, long annotateMillis) {
    }

    private record Outcome(Path file, String sha256, ArticleFacts facts, boolean cached, String error, String note,
                           SentenceCounts sentences, long annotateNanos) {
        static Outcome failed(Path file, String error) {
            return new Outcome(file, null, null, false, error, null, SentenceCounts.ZERO, 0);
        }
    }

    private final ArticleFileReader reader = new ArticleFileReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ThreadLocal<Annotator> annotators;
    private final Extractor extractor;
    private final int threads;

    ParallelExtraction(Supplier<Annotator> annotator, Extractor extractor, int threads) {
        this.annotators = ThreadLocal.withInitial(annotator);
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    Result run(List<Path> files, FactsCache cache) {
        return run(files, cache, false);
    }

    /** With {@code skipBad}, bad files are reported in the result instead of failing the whole run. */
    Result run(List<Path> files, FactsCache cache, boolean skipBad) {
        return run(files, cache, skipBad, () -> { });
    }

    /** As {@link #run(List, FactsCache, boolean)}; {@code articleDone} runs in the worker as each file is finished, good or bad. */
    Result run(List<Path> files, FactsCache cache, boolean skipBad, Runnable articleDone) {
        List<Outcome> outcomes = new ArrayList<>(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 4;
            List<Future<Outcome>> inFlight = new ArrayList<>();
            for (Path f : files) {
                inFlight.add(pool.submit(() -> {
                    try {
                        return process(f, cache);
                    } finally {
                        articleDone.run();
                    }
                }));
                if (inFlight.size() >= window) {
                    outcomes.add(get(inFlight.remove(0)));
                }
            }
            for (Future<Outcome> fut : inFlight) {
                outcomes.add(get(fut));
            }
        } finally {
            pool.shutdownNow();
        }
        List<ArticleFacts> facts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int extracted = 0;
        int reused = 0;
        SentenceCounts sentences = SentenceCounts.ZERO;
        long annotateNanos = 0;
        for (Outcome o : outcomes) {
            // annotation was done even for a duplicate of another file: count what it cost
            sentences = sentences.plus(o.sentences());
            annotateNanos += o.annotateNanos();
            if (o.error() != null) {
                errors.add(o.error());
            } else if (seen.add(o.sha256())) { // the very same bytes under another name add nothing
                facts.add(o.facts());
                if (o.note() != null) {
                    notes.add(o.note());
                }
                if (o.cached()) {
                    reused++;
                } else {
                    extracted++;
                }
            }
        }
        if (!errors.isEmpty() && (!skipBad || facts.isEmpty())) {
            throw new BadInputException(files.get(0).getParent(),
                    errors.size() + " bad article file(s):\n  " + String.join("\n  ", errors));
        }
        return new Result(facts, extracted, reused, List.copyOf(errors), List.copyOf(notes), sentences, annotateNanos / 1_000_000);
    }

    private Outcome process(Path f, FactsCache cache) {
        try {
            ArticleFileReader.RawArticle raw = reader.read(f);
            String name = f.getFileName().toString();
            ArticleFacts cached = cache.get(name, raw.sha256());
            if (cached != null) {
                return new Outcome(f, raw.sha256(), cached, true, null, null, SentenceCounts.ZERO, 0);
            }
            Article article = cleaner.clean(name, raw.sha256(), raw.text());
            if (article.paragraphs().isEmpty()) {
                throw new BadInputException(f, "no article text found (no paragraph of prose after cleaning)");
            }
            // a thread's first annotator may load the models: that is not annotation time, so get it before the clock starts
            Annotator nlp = annotators.get();
            SentenceCounts before = nlp.counts();
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = nlp.annotate(article);
            long annotateNanos = System.nanoTime() - t0;
            SentenceCounts counted = nlp.counts().minus(before);
            ArticleFacts facts = extractor.extract(annotated);
            cache.put(name, raw.sha256(), facts);
            return new Outcome(f, raw.sha256(), facts, false, null, partly(f, article), counted, annotateNanos);
        } catch (BadInputException e) {
            return Outcome.failed(f, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one article that trips the extractor must not sink the build without saying which one
            return Outcome.failed(f, f + ": extraction failed (" + e + ")");
        }
    }

    /** Says so when the cleaner kept only the start of an article's text. */
    private static String partly(Path f, Article article) {
        if (article.omittedChars() == 0) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%s: read only the first %,d characters of its text; %,d more were left out"
                + " (longer than any news article)", f, article.text().length(), article.omittedChars());
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
