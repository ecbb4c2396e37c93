package org.diplomacykg.live;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.map.Iris;
import org.diplomacykg.nlp.CoreNlp;
import org.diplomacykg.pipeline.BuildDigest;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.serve.BuildTrigger;
import org.diplomacykg.store.Compaction;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import org.diplomacykg.store.StoreSpace;

/**
 * Builds new and changed articles into a store while it is served. The served graph's inputs are
 * the build's input folders plus, optionally, a watched folder; each build reads them all with
 * the one {@link GraphBuilder} of the process (its models load once, and its facts cache means
 * only new or changed articles are extracted), leaves bad files out and names them, and writes
 * the new version in one write transaction: readers keep reading the previous version until the
 * commit, then see the new one whole. Builds run on one thread of their own, so they never
 * overlap; polls of the watched folder run on it too, so a burst of files arriving while a build
 * runs is taken by one build after it.
 */
public final class LiveBuilder implements AutoCloseable {
    /** How often the watched folder is looked at. */
    public static final Duration POLL = Duration.ofSeconds(2);
    /** How long stopping waits for a build under way (its transaction is never interrupted: see {@link #close}). */
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final GraphBuilder builder;
    private final KgStore store;
    private final Iris iris;
    private final List<Path> folders;
    private final Path watched;
    private final PrintStream out;
    private final PrintStream err;
    private final ScheduledExecutorService thread;
    /** Touched only on the build thread once the constructor is done. */
    private final SettledFiles settled;
    private boolean watchedMissing;

    /**
     * A live builder for {@code store}, built from the folders {@code inputs} and {@code watched}
     * (null: none); the store is taken to hold their files as they are now (see {@link #catchUp}).
     * Reports go to {@code out}, bad files and failed builds to {@code err}.
     */
    public LiveBuilder(GraphBuilder builder, KgStore store, List<Path> inputs, Path watched, PrintStream out, PrintStream err) {
        this.builder = builder;
        this.store = store;
        this.iris = builder.iris();
        this.watched = watched;
        List<Path> all = new ArrayList<>(inputs);
        if (watched != null) {
            all.add(watched);
        }
        this.folders = List.copyOf(all);
        this.out = out;
        this.err = err;
        this.settled = new SettledFiles(FolderScan.of(folders));
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-live-build");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Brings the store up to its inputs before it is served: builds them, bad files left out, when
     * they are not what the stored version was built from; does nothing when they are. With no
     * reader yet, an empty store may still be filled by the bulk loader.
     */
    public void catchUp() {
        LiveBuildReport r = call(() -> build(FolderScan.of(folders), "the stored version is not of the inputs; building from "
                + folders.stream().map(Path::toString).collect(Collectors.joining(" and "))));
        if (r.built()) {
            print(r);
        }
    }

    /** Starts looking at the watched folder every {@code every}, building each settled change. */
    public void watch(Duration every) {
        if (watched == null) {
            throw new IllegalStateException("no folder to watch");
        }
        store.forbidBulkLoad();
        // the models take seconds to load, once per process: loaded now, the first article to arrive is built as fast as the
        // next; on a thread of their own, so a build that needs no extraction (a removal, a bad file) does not wait for them
        Thread models = new Thread(() -> {
            try {
                CoreNlp.shared();
            } catch (RuntimeException | Error e) {
                err.println("live build: cannot load the NLP models yet (" + e + "); the first build that needs them will try again");
                err.flush();
            }
        }, "kg-load-models");
        models.setDaemon(true);
        models.start();
        thread.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** For {@code POST /kg/build}: builds the inputs as they are now (after any build under way), and answers with the report. */
    public BuildTrigger.Answer onRequest() {
        store.forbidBulkLoad();
        try {
            LiveBuildReport r = call(() -> build(FolderScan.of(folders), null));
            print(r);
            if (r.built()) {
                // after the answer, on the build thread: the requester does not wait for it, the next build does
                try {
                    thread.execute(this::compactIfOvergrown);
                } catch (RejectedExecutionException e) {
                    // stopping: the next build or kg compact reclaims the space
                }
            }
            return new BuildTrigger.Answer(true, r.json());
        } catch (RuntimeException | Error e) {
            String why = failure(e);
            err.println("live build (requested) failed: " + why);
            err.flush();
            return new BuildTrigger.Answer(false, LiveBuildReport.failureJson(why, BuiltVersion.of(store, iris)));
        }
    }

    /** One poll: a build when the watched files changed and have settled. Never throws, or the polls would stop. */
    private void poll() {
        FolderScan now;
        try {
            now = FolderScan.of(folders);
        } catch (BadInputException e) {
            // a folder that vanished (unmounted, renamed) is not a request to drop every article in it
            if (!watchedMissing) {
                err.println("live build: " + e.getMessage() + "; the served graph is kept as it is until it is back");
                err.flush();
            }
            watchedMissing = true;
            return;
        }
        watchedMissing = false;
        try {
            FolderScan next = settled.next(now);
            if (next != null) {
                LiveBuildReport r = build(next, null);
                print(r);
                if (r.built()) {
                    compactIfOvergrown();
                }
            }
        } catch (RuntimeException | Error e) {
            err.println("live build failed: " + failure(e));
            err.flush();
        }
    }

    /**
     * Builds the store from the files of {@code scan}, unless it already holds the version they make;
     * {@code announce}, when given, is printed as a build starts. Build thread only.
     */
    private LiveBuildReport build(FolderScan scan, String announce) {
        long t0 = System.nanoTime();
        FileChanges changes = FileChanges.between(settled.built(), scan);
        try {
            List<Path> files = scan.paths();
            if (files.isEmpty()) {
                throw new BadInputException(folders.get(0), "the input folders hold no article files");
            }
            BuiltVersion stored = BuiltVersion.of(store, iris);
            if (BuildDigest.of(files).equals(stored.digest())) {
                return LiveBuildReport.upToDate(changes, stored, (System.nanoTime() - t0) / 1_000_000);
            }
            if (announce != null) {
                out.println(announce);
                out.flush();
            }
            BuildReport r = builder.build(files, store, true);
            List<SkippedInput> skipped = r.skipped().stream().map(m -> SkippedInput.of(m, files)).toList();
            return new LiveBuildReport(true, changes, r.articles(), r.extracted(), r.reused(), skipped, r.added(), r.removed(),
                    BuiltVersion.of(store, iris), r.phases(), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            // a failed build is not retried at every poll: the next change (or a request) tries again
            settled.built(scan);
        }
    }

    /**
     * After a build is committed and reported, on the build thread: compacts the store when it has
     * outgrown its content several times over ({@link StoreSpace#overgrown(KgStore)}), as
     * {@code kg build} does. Readers are held back while it runs (see {@link Compaction#compact}) and
     * then read the same content from the new generation. A compaction that fails is reported and
     * does not fail the build, which is committed already; the store keeps its content either way.
     * Never throws, or the polls would stop.
     */
    private void compactIfOvergrown() {
        try {
            if (StoreSpace.overgrown(store)) {
                out.println("live build: " + Compaction.compact(store).describe() + " (while serving)");
                out.flush();
            }
        } catch (RuntimeException | Error e) {
            err.println("live build: the build is stored, but compacting the store failed: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
        }
    }

    private void print(LiveBuildReport r) {
        for (SkippedInput s : r.skipped()) {
            err.println("live build: left out " + s.message());
        }
        err.flush();
        out.println(r.line());
        out.flush();
    }

    /** What went wrong, in a line, and that the served graph stayed as it was (nothing is committed unless the whole build succeeds). */
    private String failure(Throwable e) {
        StoreException storage = StoreException.ofStorageFailure(store.dir(), e, "the served graph is unchanged");
        if (storage != null) {
            return storage.getMessage();
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m + " (the served graph is unchanged)";
    }

    /** Runs {@code task} on the build thread and waits for it; its exception is rethrown as it was thrown. */
    private <T> T call(Callable<T> task) {
        try {
            return thread.submit(task).get();
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the server is stopping", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the build (it goes on)", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stops watching and waits for a build under way to end. The build thread is never interrupted:
     * an interrupt inside TDB2's file I/O closes its channels under every other transaction. Returns
     * false when a build was still running after the wait (its write is then not committed, and the
     * store must not be closed under it).
     */
    public boolean stop() {
        thread.shutdown();
        try {
            return thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
