package org.diplomacykg.serve.limits;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads queries run on, apart from the request threads that wait for them. Closing stops
 * every query still running and waits for their threads, so that no read transaction is left open
 * when the store closes after the server.
 */
public final class QueryWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryWorkers.class);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kg-query-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Set<QueryJob> running = ConcurrentHashMap.newKeySet();

    /** Starts the job; false when the server is stopping. */
    boolean start(QueryJob job) {
        running.add(job);
        try {
            pool.execute(() -> {
                try {
                    job.run();
                } finally {
                    running.remove(job);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            running.remove(job);
            return false;
        }
    }

    /** Queries started and not yet ended (some may be stopping). */
    public int running() {
        return running.size();
    }

    @Override
    public void close() {
        pool.shutdown();
        running.forEach(QueryJob::stop);
        try {
            if (!pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} queries still running {} s after they were stopped", running.size(), CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
