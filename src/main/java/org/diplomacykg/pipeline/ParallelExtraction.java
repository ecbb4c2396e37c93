package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.ingest.InputFormat;
import org.diplomacykg.ingest.InputFormats;
import org.diplomacykg.ingest.RecordCleaner;
import org.diplomacykg.ingest.RecordSink;
import org.diplomacykg.ingest.SourceRecord;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Annotator;
import org.diplomacykg.nlp.SentenceCounts;

/**
 * Extracts articles on all cores. Each input file is read in this thread by its format, record
 * by record (a crawl of thousands of pages is never in memory at once); each record is handed to
 * a pool that cleans, annotates and extracts it. At most a few records per worker are in flight,
 * so only those articles' text is in memory at a time (the results are facts, much smaller than
 * the raw pages). Each worker thread has its own annotator (its sentence cache is not
 * thread-safe); the one extractor serves every thread.
 */
final class ParallelExtraction {
    /**
     * The facts of the good articles (one version of each, see {@link ArticleVersions}), one
     * message per bad file or record that was skipped, one note per article read only in part, and
     * what the annotators did: their sentence counts and their time, summed over the articles
     * extracted (not those reused from the facts cache) and over threads.
     */
    record Result(List<ArticleFacts> facts, int extracted, int reused, List<String> skipped, List<String> notes,
                  SentenceCounts sentences, long annotateMillis) {
    }

    private record Outcome(ArticleFacts facts, boolean cached, String error, String note,
                           SentenceCounts sentences, long annotateNanos) {
        static Outcome failed(String error) {
            return new Outcome(null, false, error, null, SentenceCounts.ZERO, 0);
        }
    }

    private final InputFormats formats;
    private final RecordCleaner cleaner = new RecordCleaner(new ArticleCleaner());
    private final ThreadLocal<Annotator> annotators;
    private final Extractor extractor;
    private final int threads;

    ParallelExtraction(Supplier<Annotator> annotator, Extractor extractor, int threads, InputFormats formats) {
        this.annotators = ThreadLocal.withInitial(annotator);
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.formats = formats;
    }

    Result run(List<Path> files, FactsCache cache) {
        return run(files, cache, false);
    }

    /** With {@code skipBad}, bad files and records are reported in the result instead of failing the whole run. */
    Result run(List<Path> files, FactsCache cache, boolean skipBad) {
        return run(files, cache, skipBad, () -> { });
    }

    /** As {@link #run(List, FactsCache, boolean)}; {@code articleDone} runs as each record is finished, good or bad. */
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
            RecordSink sink = new RecordSink() {
                @Override
                public void accept(SourceRecord record) {
                    inFlight.add(pool.submit(() -> {
                        try {
                            return process(record, cache);
                        } finally {
                            articleDone.run();
                        }
                    }));
                    while (inFlight.size() >= window) {
                        outcomes.add(get(inFlight.remove(0)));
                    }
                }

                @Override
                public void bad(BadInputException problem) {
                    inFlight.add(CompletableFuture.completedFuture(Outcome.failed(problem.getMessage())));
                    articleDone.run();
                }
            };
            for (Path f : files) {
                read(f, sink);
            }
            for (Future<Outcome> fut : inFlight) {
                outcomes.add(get(fut));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Outcome> kept = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        SentenceCounts sentences = SentenceCounts.ZERO;
        long annotateNanos = 0;
        for (Outcome o : outcomes) {
            // annotation was done even for a version that loses to another: count what it cost
            sentences = sentences.plus(o.sentences());
            annotateNanos += o.annotateNanos();
            if (o.error() != null) {
                errors.add(o.error());
                continue;
            }
            // one article per id: the same URL (or the very same content) read twice is one article, its newer version
            String id = o.facts().article().id();
            Outcome before = kept.get(id);
            if (before == null || ArticleVersions.replaces(o.facts().article(), before.facts().article())) {
                kept.put(id, o);
            }
        }
        if (!errors.isEmpty() && (!skipBad || kept.isEmpty())) {
            throw BadInputException.of(files.get(0).getParent(), errors);
        }
        List<ArticleFacts> facts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int extracted = 0;
        int reused = 0;
        for (Outcome o : kept.values()) {
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
        return new Result(facts, extracted, reused, List.copyOf(errors), List.copyOf(notes), sentences, annotateNanos / 1_000_000);
    }

    /** Hands the file's records to {@code sink}; a file that cannot be read (any more) is one bad input. */
    private void read(Path f, RecordSink sink) {
        try {
            InputFormat format = formats.of(f);
            format.read(f, sink);
        } catch (BadInputException e) {
            sink.bad(e);
        } catch (RuntimeException e) {
            // a reader that trips on a file must not sink the build without saying which file
            sink.bad(new BadInputException(f, "cannot read (" + e + ")"));
        }
    }

    private Outcome process(SourceRecord r, FactsCache cache) {
        String where = r.locator() == null ? r.file().toString() : r.file() + ": " + r.locator();
        try {
            String key = r.cacheKey();
            ArticleFacts cached = cache.get(key);
            if (cached != null) {
                // the same record, perhaps elsewhere in its file: the facts hold, the locator is today's
                return new Outcome(cached.withArticle(cached.article().at(r.locator())), true, null, null, SentenceCounts.ZERO, 0);
            }
            Article article = cleaner.clean(r);
            if (article.paragraphs().isEmpty()) {
                String cause = "no article text found (no paragraph of prose after cleaning)";
                throw r.locator() == null ? new BadInputException(r.file(), cause) : new BadInputException(r.file(), r.locator(), cause);
            }
            // a thread's first annotator may load the models: that is not annotation time, so get it before the clock starts
            Annotator nlp = annotators.get();
            SentenceCounts before = nlp.counts();
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = nlp.annotate(article);
            long annotateNanos = System.nanoTime() - t0;
            SentenceCounts counted = nlp.counts().minus(before);
            ArticleFacts facts = extractor.extract(annotated);
            cache.put(key, facts);
            return new Outcome(facts, false, null, partly(where, article), counted, annotateNanos);
        } catch (BadInputException e) {
            return Outcome.failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one article that trips the extractor must not sink the build without saying which one
            return Outcome.failed(where + ": extraction failed (" + e + ")");
        }
    }

    /** Says so when the cleaner kept only the start of an article's text. */
    private static String partly(String where, Article article) {
        if (article.omittedChars() == 0) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%s: read only the first %,d characters of its text; %,d more were left out"
                + " (longer than any news article)", where, article.text().length(), article.omittedChars());
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
