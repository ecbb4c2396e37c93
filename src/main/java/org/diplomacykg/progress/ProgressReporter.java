package org.diplomacykg.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows a build's progress from one daemon thread that wakes every second (and at once when a
 * phase ends), reads the counter and writes a line: a bar redrawn in place on a terminal, a plain
 * line otherwise. The build's threads never print or wait for it; they only count. Closing it
 * stops the thread and leaves a last line saying the build is done, or where it stopped.
 */
public final class ProgressReporter implements AutoCloseable {
    /**
     * A line a second, on a terminal and in a log alike. Every 1.5 s was tried for logs: a full
     * collection stops every thread, this one too, for 0.6-1.0 s in a 2,000-article build, and
     * the gap around it grew past the 2 s promised (1.96-2.38 s); a second leaves room for such a
     * pause. A longer stop of the whole JVM still shows as a longer gap.
     */
    static final Duration EVERY = Duration.ofSeconds(1);
    /** How often the reporter's thread wakes to see whether a line is due. */
    static final Duration POLL = Duration.ofMillis(200);
    /** The real clock when {@link #poll} last printed. */
    private long lastTick = System.nanoTime();
    /** The rate shown is that of the last ten seconds. */
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    private final PrintWriter out;
    private final Terminal terminal;
    private final ProgressCounter counter;
    private final RateWindow rates = new RateWindow(RATE_WINDOW.toNanos());
    private final ScheduledExecutorService ticker;
    private int endedShown;
    private int drawn; // length of the bar on screen, to blank what a shorter line leaves behind
    private boolean shown; // anything written yet: a build that fails before any line (a wrong folder) gets no "stopped" line
    private boolean closed;

    /** Starts reporting to {@code out}; its thread runs until {@link #close}. */
    public static ProgressReporter start(PrintWriter out, Terminal terminal) {
        ProgressReporter r = new ProgressReporter(out, terminal, System::nanoTime);
        // the first line after one period: a build done sooner shows only the lines that end its phases.
        // A fixed delay, not a fixed rate: after a pause of the whole JVM a fixed rate runs the ticks it
        // missed back to back (the same line twice, as in a 10,000-article build), a fixed delay goes on from the late one
        r.ticker.scheduleWithFixedDelay(r::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        return r;
    }

    /**
     * Wakes every {@link #POLL} and prints once a second has passed since the last line. After a
     * pause of the whole JVM (a garbage collection in the map phase of a 10,000-article build: a
     * 2.4 s gap with a one-second fixed delay) the next line then comes within a poll of its end,
     * not a whole period later.
     */
    private void poll() {
        long now = System.nanoTime();
        if (now - lastTick >= EVERY.toNanos() - POLL.toNanos() / 2) {
            lastTick = now;
            tick();
        }
    }

    /** A reporter whose thread is not started: {@link #tick} is called by hand (tests, with their own clock). */
    ProgressReporter(PrintWriter out, Terminal terminal, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-progress");
            t.setDaemon(true); // never keeps a JVM alive
            return t;
        });
        this.counter = new ProgressCounter(nanos, this::phaseEnded);
    }

    /** What the build reports to. */
    public BuildProgress progress() {
        return counter;
    }

    /** A phase ended: say so now rather than at the next tick, in the reporter's thread. */
    private void phaseEnded() {
        try {
            ticker.execute(this::showEnded);
        } catch (RejectedExecutionException e) {
            // closing: close() writes what is left
        }
    }

    /** One periodic line. Runs in the reporter's thread; an exception would silently cancel the schedule, so none escapes. */
    synchronized void tick() {
        try {
            showEnded();
            ProgressSnapshot s = counter.now();
            if (s == null || closed || counter.finished()) { // finished: its last phase has had its line; close() writes the last
                return;
            }
            double rate = rates.rate(s);
            if (terminal.interactive()) {
                draw(ProgressFormat.bar(s, rate, terminal.columns()));
            } else {
                line(ProgressFormat.plain(s, rate));
            }
            out.flush();
        } catch (RuntimeException e) {
            // progress is a courtesy: it must never disturb the build
        }
    }

    /** Lines for the phases that ended since the last call; on a terminal they scroll up above the bar. */
    private synchronized void showEnded() {
        if (closed) {
            return;
        }
        List<ProgressSnapshot> ended = counter.ended(endedShown);
        for (ProgressSnapshot s : ended) {
            line(ProgressFormat.ended(s));
        }
        endedShown += ended.size();
        out.flush();
    }

    /** A whole line: on a terminal it replaces the bar, which the next tick draws again below it. */
    private void line(String text) {
        shown = true;
        if (terminal.interactive()) {
            draw(text);
            out.print('\n');
            drawn = 0;
        } else {
            out.println(text);
        }
    }

    private void draw(String text) {
        shown = true;
        out.print('\r');
        out.print(text);
        if (drawn > text.length()) {
            out.print(" ".repeat(drawn - text.length()));
        }
        drawn = text.length();
    }

    /**
     * Stops the thread (waiting for a tick under way, so lines never interleave) and writes the
     * last line: done with what each counted phase did, or where the build stopped. On a terminal
     * the line ends, so what is printed next starts on a line of its own.
     */
    @Override
    public void close() {
        ticker.shutdown();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            showEnded();
            closed = true;
            if (counter.finished()) {
                line(ProgressFormat.finished(counter.ended(0), counter.elapsedNanos() / 1e9));
            } else if (shown) {
                line(ProgressFormat.stopped(counter.now()));
            }
            out.flush();
        }
    }
}
