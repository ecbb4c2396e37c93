package org.diplomacykg.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each phase of a build, in the order they ran, so a slow build says where its time went. */
final class PhaseClock {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the phase that ran since the previous lap (or since the clock was made). */
    synchronized void lap(String phase) {
        long now = System.nanoTime();
        millis.merge(phase, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    /** A phase that ran alongside another (in another thread), timed by itself. */
    synchronized void record(String phase, long ms) {
        millis.merge(phase, ms, Long::sum);
    }

    synchronized Map<String, Long> millis() {
        return millis;
    }
}
