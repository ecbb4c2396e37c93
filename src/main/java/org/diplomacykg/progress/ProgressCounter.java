package org.diplomacykg.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The state a build's progress is read from: the current phase, its counter and the phases that
 * have ended. Workers only add to a {@link LongAdder} (no lock, no shared cache line to fight
 * over); the reporter reads snapshots in its own thread. Time comes from an injected nanosecond
 * clock, so tests can drive it.
 */
public final class ProgressCounter implements BuildProgress {
    /**
     * One phase. Its counter is its own, so an increment that arrives late can never count
     * towards the next phase.
     */
    private static final class Phase {
        final int index;
        final String name;
        final String unit;
        final long total;
        final long startNanos;
        final LongAdder done = new LongAdder();
        volatile String alongside;

        Phase(int index, String name, String unit, long total, long startNanos) {
            this.index = index;
            this.name = name;
            this.unit = unit;
            this.total = total;
            this.startNanos = startNanos;
        }
    }

    private final LongSupplier nanos;
    private final Runnable onPhaseEnd;
    private final long startNanos;
    private final List<ProgressSnapshot> ended = new ArrayList<>();
    private volatile Phase current;
    private volatile boolean finished;

    /** {@code onPhaseEnd} runs in the build's thread each time a phase ends: it must only hand over, not print. */
    public ProgressCounter(LongSupplier nanos, Runnable onPhaseEnd) {
        this.nanos = nanos;
        this.onPhaseEnd = onPhaseEnd;
        this.startNanos = nanos.getAsLong();
    }

    @Override
    public void phase(String name, String unit, long total) {
        long now = nanos.getAsLong();
        Phase before = current;
        synchronized (ended) { // a few times a build; the reporter reads the list under the same lock
            if (before != null) {
                ended.add(snapshot(before, now));
            }
            current = new Phase(before == null ? 0 : before.index + 1, name, unit, total, now);
        }
        if (before != null) {
            onPhaseEnd.run();
        }
    }

    @Override
    public void advance(long n) {
        Phase p = current;
        if (p != null) {
            p.done.add(n);
        }
    }

    @Override
    public void alongside(String note) {
        Phase p = current;
        if (p != null) {
            p.alongside = note;
        }
    }

    @Override
    public void done() {
        long now = nanos.getAsLong();
        Phase last = current;
        synchronized (ended) {
            if (last != null && !finished) {
                ended.add(snapshot(last, now));
            }
            finished = true;
        }
        onPhaseEnd.run();
    }

    /** Whether {@link #done} was called: the build finished rather than stopped. */
    public boolean finished() {
        return finished;
    }

    /** The current phase as it is now, or null before the first phase starts. */
    public ProgressSnapshot now() {
        Phase p = current;
        return p == null ? null : snapshot(p, nanos.getAsLong());
    }

    /** The phases that have ended, in order, from {@code from} on (so a reader can take only the new ones). */
    public List<ProgressSnapshot> ended(int from) {
        synchronized (ended) {
            return from >= ended.size() ? List.of() : List.copyOf(ended.subList(from, ended.size()));
        }
    }

    /** Time since the counter was made, which is when the build started. */
    public long elapsedNanos() {
        return nanos.getAsLong() - startNanos;
    }

    private ProgressSnapshot snapshot(Phase p, long now) {
        return new ProgressSnapshot(p.index, p.name, p.unit, p.done.sum(), p.total, now - p.startNanos, now - startNanos, p.alongside);
    }
}
