package org.diplomacykg.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The reporter ticked by hand under a clock the test moves: plain lines for a log, a bar redrawn in place for a terminal. */
class ProgressReporterTest {
    static final long S = 1_000_000_000L;

    final AtomicLong clock = new AtomicLong();
    final StringWriter text = new StringWriter();

    ProgressReporter reporter(Terminal terminal) {
        return new ProgressReporter(new PrintWriter(text), terminal, clock::get);
    }

    void after(double seconds) {
        clock.addAndGet(Math.round(seconds * S));
    }

    @Test
    void aLogGetsOneLinePerTickOneAtEachPhaseEndAndALastLine() {
        ProgressReporter r = reporter(Terminal.NONE);
        BuildProgress p = r.progress();
        p.phase("extract", "articles", 100);
        for (int i = 0; i < 4; i++) {
            after(1.5);
            p.advance(25);
            r.tick();
        }
        p.phase("store", "quads", 1_000);
        p.advance(1_000);
        after(0.5);
        p.done();
        r.close();
        List<String> lines = text.toString().lines().toList();
        assertEquals(List.of(
                "progress: extract 25/100 articles, 16.7 articles/s, ETA 5 s, elapsed 1.5 s",
                "progress: extract 50/100 articles, 16.7 articles/s, ETA 3 s, elapsed 3.0 s",
                "progress: extract 75/100 articles, 16.7 articles/s, ETA 2 s, elapsed 4.5 s",
                "progress: extract 100/100 articles, finishing, 6.0 s in this phase, elapsed 6.0 s",
                "progress: extract done, 100/100 articles in 6.0 s, 16.7 articles/s, elapsed 6.0 s",
                "progress: store done, 1,000/1,000 quads in 0.5 s, 2,000 quads/s, elapsed 6.5 s",
                "progress: done in 6.5 s: extract 100/100 articles, store 1,000/1,000 quads"), lines);
        assertFalse(text.toString().contains("\r"), "no carriage return in a log");
    }

    @Test
    void aTickBetweenTheBuildsEndAndCloseAddsNothing() {
        ProgressReporter r = reporter(Terminal.NONE);
        r.progress().phase("store", "quads", 10);
        r.progress().advance(10);
        after(1);
        r.progress().done();
        after(1); // the store is being closed
        r.tick();
        r.close();
        assertEquals(List.of("progress: store done, 10/10 quads in 1.0 s, 10.0 quads/s, elapsed 1.0 s",
                "progress: done in 2.0 s: store 10/10 quads"), text.toString().lines().toList());
    }

    @Test
    void aFailedBuildEndsWithWhereItStopped() {
        ProgressReporter r = reporter(Terminal.NONE);
        r.progress().phase("extract", "articles", 10);
        after(2);
        r.progress().advance(3);
        r.tick();
        r.close();
        List<String> lines = text.toString().lines().toList();
        assertEquals("progress: stopped during extract after 2.0 s (3/10 articles)", lines.get(lines.size() - 1));
    }

    @Test
    void aBuildThatFailsBeforeAnyLineLeavesNone() {
        ProgressReporter r = reporter(Terminal.NONE);
        r.progress().phase("read");
        r.close(); // e.g. the input folder does not exist: its one error line is all the user needs
        assertEquals("", text.toString());
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlaceThatEndsBeforeWhatIsPrintedNext() {
        ProgressReporter r = reporter(new Terminal(true, 80));
        BuildProgress p = r.progress();
        p.phase("extract", "articles", 10_000);
        for (int i = 0; i < 3; i++) {
            after(1);
            p.advance(500);
            r.tick();
        }
        String drawn = text.toString();
        assertFalse(drawn.contains("\n"), "one line while the phase runs: " + drawn);
        assertEquals(3, drawn.chars().filter(c -> c == '\r').count());
        p.phase("store", "quads", 10);
        p.advance(10);
        p.done();
        r.close();
        String all = text.toString();
        assertTrue(all.endsWith("\n"), "the cursor is left at the start of a line");
        for (String shown : all.split("[\r\n]")) {
            // the bar fits, or it would wrap and each redraw would leave a line behind; the lines that stay may wrap
            if (!shown.startsWith("progress: ")) {
                assertTrue(shown.length() <= 79, "fits 80 columns: '" + shown + "'");
            }
        }
        assertTrue(all.contains("\rextract [" + "#".repeat(2) + "-".repeat(17) + "] 1,500/10,000 articles  500/s  ETA 17 s"), all);
        assertTrue(all.contains("\rprogress: extract done, 1,500/10,000 articles"), all);
        assertTrue(all.contains("\rprogress: done in 3.0 s: extract 1,500/10,000 articles, store 10/10 quads"), all);
    }
}
