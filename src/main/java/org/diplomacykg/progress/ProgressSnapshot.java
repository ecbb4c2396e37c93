package org.diplomacykg.progress;

/**
 * A phase as it stood at one moment: {@code done} of {@code total} {@code unit}s (total -1 when
 * unknown; unit null when the phase counts nothing), how long the phase and the whole build had
 * been running, and what ran alongside it (or null). {@code index} tells phases apart, so a
 * reader sees when a new one starts even if it has the same name.
 */
public record ProgressSnapshot(int index, String phase, String unit, long done, long total, long phaseNanos, long buildNanos,
                               String alongside) {
    public boolean counted() {
        return unit != null;
    }

    public boolean totalKnown() {
        return counted() && total >= 0;
    }

    public double phaseSeconds() {
        return phaseNanos / 1e9;
    }

    public double buildSeconds() {
        return buildNanos / 1e9;
    }
}
