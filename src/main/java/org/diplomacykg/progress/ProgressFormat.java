package org.diplomacykg.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words for a build's progress: the plain line written to a log every few seconds, the bar
 * redrawn on a terminal, and the lines that close a phase and the build. Pure functions of a
 * snapshot and a rate, so they are tested without a build or a clock.
 */
public final class ProgressFormat {
    /** The bar's share of the line is bounded: narrower is unreadable, wider says nothing more. */
    static final int MIN_BAR = 10;
    static final int MAX_BAR = 40;

    private ProgressFormat() {
    }

    /** e.g. "progress: extract 1,234/10,000 articles, 48.2 articles/s, ETA 3 min 2 s, elapsed 25.3 s". */
    public static String plain(ProgressSnapshot s, double rate) {
        List<String> parts = new ArrayList<>(state(s, rate, false));
        if (s.alongside() != null) {
            parts.add(s.alongside());
        }
        parts.add(String.format(Locale.ROOT, "elapsed %.1f s", s.buildSeconds()));
        return "progress: " + s.phase() + " " + String.join(", ", parts);
    }

    /**
     * One terminal line of at most {@code width - 1} characters (the last column would wrap on
     * some terminals), e.g. "extract [#####---------------] 1,234/10,000 articles  48.2/s  ETA 3 min 2 s".
     * The bar takes a quarter of the width whatever the text beside it, so it does not jump
     * as the numbers change; when the text would not fit beside it, it narrows (down to
     * {@link #MIN_BAR}) before anything is cut at the right.
     */
    public static String bar(ProgressSnapshot s, double rate, int width) {
        int max = Math.max(1, width - 1);
        List<String> parts = new ArrayList<>(state(s, rate, true));
        if (s.alongside() != null) {
            parts.add("+ " + s.alongside());
        }
        String text = String.join("  ", parts);
        int room = max - s.phase().length() - text.length() - 4; // two spaces and the brackets
        String line = s.totalKnown()
                ? s.phase() + " [" + bar(s.done(), s.total(), Math.min(barWidth(width), Math.max(MIN_BAR, room))) + "] " + text
                : s.phase() + " " + text;
        return line.length() <= max ? line : line.substring(0, max);
    }

    static int barWidth(int width) {
        return Math.max(MIN_BAR, Math.min(MAX_BAR, (width - 1) / 4));
    }

    /** "#" for the part done, "-" for the rest. */
    static String bar(long done, long total, int width) {
        int filled = total <= 0 ? width : (int) Math.min(width, done * width / total);
        return "#".repeat(filled) + "-".repeat(width - filled);
    }

    /** The line that closes a phase, e.g. "progress: extract done, 1,000/1,000 articles in 66.3 s, 15.1 articles/s". */
    public static String ended(ProgressSnapshot s) {
        String took = String.format(Locale.ROOT, "%.1f s", s.phaseSeconds());
        String line;
        if (!s.counted()) {
            line = s.phase() + " done in " + took;
        } else {
            double rate = s.phaseNanos() <= 0 ? 0 : s.done() * 1e9 / s.phaseNanos();
            line = s.phase() + " done, " + count(s) + " in " + took + (rate > 0 ? ", " + rate(rate, s.unit()) : "");
        }
        return String.format(Locale.ROOT, "progress: %s, elapsed %.1f s", line, s.buildSeconds());
    }

    /** The build's last line: how long it took and what each counted phase did, e.g. "progress: done in 84.2 s: extract 1,000/1,000 articles, store 179,697/179,697 quads". */
    public static String finished(List<ProgressSnapshot> phases, double seconds) {
        List<String> counted = new ArrayList<>();
        for (ProgressSnapshot p : phases) {
            if (p.counted()) {
                counted.add(p.phase() + " " + count(p));
            }
        }
        return String.format(Locale.ROOT, "progress: done in %.1f s", seconds) + (counted.isEmpty() ? "" : ": " + String.join(", ", counted));
    }

    /** The line left when a build fails, e.g. "progress: stopped during extract after 12.3 s (230/1,000 articles)". */
    public static String stopped(ProgressSnapshot s) {
        String where = s == null ? "" : " during " + s.phase();
        String what = s != null && s.counted() ? " (" + count(s) + ")" : "";
        double seconds = s == null ? 0 : s.buildSeconds();
        return String.format(Locale.ROOT, "progress: stopped%s after %.1f s%s", where, seconds, what);
    }

    /**
     * How far the phase is: its count, its rate and what is left, or only how long it has run.
     * {@code compact} (the bar) names the unit once: "48.2/s" rather than "48.2 articles/s".
     */
    private static List<String> state(ProgressSnapshot s, double rate, boolean compact) {
        String running = String.format(Locale.ROOT, compact ? "%.0f s" : "%.1f s in this phase", s.phaseSeconds());
        if (!s.counted()) {
            return List.of(compact ? "running  " + running : "running, " + running);
        }
        List<String> parts = new ArrayList<>();
        parts.add(count(s));
        if (s.totalKnown() && s.done() >= s.total()) {
            // every unit is handed over and the phase still runs: a store builds its indexes and commits
            parts.add("finishing");
            parts.add(running);
            return parts;
        }
        if (rate > 0) {
            parts.add(compact ? perSecond(rate) + "/s" : rate(rate, s.unit()));
        }
        if (s.totalKnown()) {
            parts.add(rate > 0 ? "ETA " + duration((s.total() - s.done()) / rate) : "ETA unknown");
        }
        if (rate <= 0) {
            parts.add(running);
        }
        return parts;
    }

    /** "1,234/10,000 articles", or "1,234 articles" when the total is unknown. */
    static String count(ProgressSnapshot s) {
        String done = String.format(Locale.ROOT, "%,d", s.done());
        return (s.totalKnown() ? done + String.format(Locale.ROOT, "/%,d", s.total()) : done) + " " + s.unit();
    }

    /** "48.2 articles/s"; above 100 a second no decimal ("41,790 quads/s"). */
    static String rate(double perSecond, String unit) {
        return perSecond(perSecond) + " " + unit + "/s";
    }

    private static String perSecond(double n) {
        return n >= 100 ? String.format(Locale.ROOT, "%,.0f", n) : String.format(Locale.ROOT, "%.1f", n);
    }

    /** "42 s", "3 min 2 s", "1 h 5 min": an ETA needs no more precision than that. */
    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
