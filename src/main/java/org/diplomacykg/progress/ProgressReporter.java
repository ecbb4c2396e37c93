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
 * Shows a build's progress from one daemon thread that wakes at a fixed rate (and at once when a
 * phase ends), reads the counter and writes a line: a bar redrawn in place on a terminal, a plain
 * line otherwise. The build's threads never print or wait for it; they only count. Closing it
 * stops the thread and leaves a last line saying the build is done, or where it stopped.
 */
public final class ProgressReporter implements AutoCloseable {
    /** A terminal is redrawn every second; a log gets a line every 1.5 s, inside the 2 s promised even when a tick runs late. */
    static final Duration TERMINAL_EVERY = Duration.ofSeconds(1);
    static final Duration PLAIN_EVERY = Duration.ofMillis(1500);
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
    private final long minGapNanos;
    private long lastTick = Long.MIN_VALUE / 2;

    /** Starts reporting to {@code out}; its thread runs until {@link #close}. */
    public static ProgressReporter start(PrintWriter out, Terminal terminal) {
        Duration every = terminal.interactive() ? TERMINAL_EVERY : PLAIN_EVERY;
        ProgressReporter r = new ProgressReporter(out, terminal, System::nanoTime, every);
        // the first line after one period: a build done sooner shows only the lines that end its phases
        r.ticker.scheduleAtFixedRate(r::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return r;
    }

    /**
     * A reporter whose thread is not started: {@link #tick} is called by hand (tests, with their
     * own clock). Ticks every {@code every}: one that comes less than half of that after the line
     * before is skipped (after a pause of the whole JVM, a fixed-rate schedule runs the ticks it
     * missed back to back, which would print the same line twice).
     */
    ProgressReporter(PrintWriter out, Terminal terminal, LongSupplier nanos, Duration every) {
        this.out = out;
        this.terminal = terminal;
        this.minGapNanos = every.toNanos() / 2;
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
            if (s.buildNanos() - lastTick < minGapNanos) {
                return;
            }
            lastTick = s.buildNanos();
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
