package org.diplomacykg.progress;

import java.util.ArrayDeque;

/**
 * The recent rate of a phase, units per second over the last few seconds, from the samples the
 * reporter takes at each tick. A window follows changes (the models loading before the first
 * article, a slow stretch of long pages) that the average since the start hides for minutes.
 * Used by the reporter's thread only.
 */
final class RateWindow {
    private record Sample(long nanos, long done) {
    }

    private final long windowNanos;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private int phase = -1;

    RateWindow(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /**
     * Adds this moment of the phase and returns its rate: over the window, or, while the window is
     * younger than that, since the work began (the last moment nothing was done yet).
     */
    double rate(ProgressSnapshot s) {
        long now = s.buildNanos();
        if (s.index() != phase) {
            phase = s.index();
            samples.clear();
            samples.add(new Sample(now - s.phaseNanos(), 0)); // the phase began at zero
        }
        if (samples.size() == 1 && samples.peekFirst().done() == 0 && s.done() == 0) {
            // nothing done yet (the NLP models loading): the rate is measured from the last moment with nothing done, not from the start
            samples.clear();
        }
        samples.add(new Sample(now, s.done()));
        // keep one sample at or beyond the window's far end, so the window spans it whole
        while (samples.size() > 2 && now - secondOldest().nanos() >= windowNanos) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long span = now - first.nanos();
        return span <= 0 ? 0 : (s.done() - first.done()) * 1e9 / span;
    }

    private Sample secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }
}
