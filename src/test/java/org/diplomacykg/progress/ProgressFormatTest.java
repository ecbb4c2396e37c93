package org.diplomacykg.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress lines and the bar, from a counter driven by a clock the test moves. */
class ProgressFormatTest {
    static final long S = 1_000_000_000L;

    final AtomicLong clock = new AtomicLong(5 * S); // any origin: only differences count
    final ProgressCounter counter = new ProgressCounter(clock::get, () -> { });

    void after(double seconds) {
        clock.addAndGet(Math.round(seconds * S));
    }

    @Test
    void aPlainLineSaysCountRateEtaAndElapsedTime() {
        after(2.5);
        counter.phase("extract", "articles", 10_000);
        after(25.6);
        counter.advance(1_234);
        ProgressSnapshot s = counter.now();
        assertEquals("progress: extract 1,234/10,000 articles, 48.2 articles/s, ETA 3 min 2 s, elapsed 28.1 s",
                ProgressFormat.plain(s, 48.2));
        // (10,000 - 1,234) / 48.2 = 181.9 s
    }

    @Test
    void aPhaseWithoutACountShowsThatItRunsAndForHowLong() {
        counter.phase("reconcile");
        after(12.04);
        assertEquals("progress: reconcile running, 12.0 s in this phase, elapsed 12.0 s", ProgressFormat.plain(counter.now(), 0));
        assertEquals("reconcile running  12 s", ProgressFormat.bar(counter.now(), 0, 80));
    }

    @Test
    void beforeTheFirstArticleTheEtaIsUnknownAndAFullCountIsFinishing() {
        counter.phase("store", "quads", 500);
        after(3);
        assertEquals("progress: store 0/500 quads, ETA unknown, 3.0 s in this phase, elapsed 3.0 s", ProgressFormat.plain(counter.now(), 0));
        counter.alongside("validating");
        counter.advance(500);
        after(1);
        assertEquals("progress: store 500/500 quads, finishing, 4.0 s in this phase, validating, elapsed 4.0 s",
                ProgressFormat.plain(counter.now(), 125));
        counter.alongside(null);
        assertTrue(ProgressFormat.plain(counter.now(), 125).endsWith("in this phase, elapsed 4.0 s"));
    }

    @Test
    void anUnknownTotalHasACountAndARateButNoEta() {
        counter.phase("extract", "articles", -1);
        after(10);
        counter.advance(480);
        assertEquals("progress: extract 480 articles, 48.0 articles/s, elapsed 10.0 s", ProgressFormat.plain(counter.now(), 48));
        assertEquals("extract 480 articles  48.0/s", ProgressFormat.bar(counter.now(), 48, 80));
    }

    @Test
    void etasAndRatesAreRoundedToWhatAPersonReads() {
        assertEquals("0 s", ProgressFormat.duration(0.2));
        assertEquals("42 s", ProgressFormat.duration(41.6));
        assertEquals("1 min 0 s", ProgressFormat.duration(59.7));
        assertEquals("3 min 2 s", ProgressFormat.duration(182));
        assertEquals("2 h 1 min", ProgressFormat.duration(2 * 3600 + 65));
        assertEquals("0.5 articles/s", ProgressFormat.rate(0.49, "articles"));
        assertEquals("99.9 articles/s", ProgressFormat.rate(99.94, "articles"));
        assertEquals("41,790 quads/s", ProgressFormat.rate(41_790.3, "quads"));
    }

    @Test
    void theBarFitsTheWidthAndIsFilledByTheShareDone() {
        counter.phase("extract", "articles", 10_000);
        after(100);
        counter.advance(5_000);
        ProgressSnapshot half = counter.now();
        for (int width : new int[] {20, 40, 60, 80, 120, 200}) {
            String line = ProgressFormat.bar(half, 50, width);
            assertTrue(line.length() <= width - 1, width + ": " + line.length() + " " + line);
            assertTrue(line.startsWith("extract ["), line);
        }
        String line = ProgressFormat.bar(half, 50, 80);
        int bar = ProgressFormat.barWidth(80);
        assertEquals(19, bar);
        assertEquals("extract [" + "#".repeat(9) + "-".repeat(10) + "] 5,000/10,000 articles  50.0/s  ETA 1 min 40 s", line);
        assertEquals(bar, ProgressFormat.barWidth(80), "the bar's width does not depend on the text");
        assertEquals(ProgressFormat.MAX_BAR, ProgressFormat.barWidth(400));
        assertEquals(ProgressFormat.MIN_BAR, ProgressFormat.barWidth(20));
        counter.phase("store", "quads", 1_938_192);
        counter.advance(414_486);
        counter.alongside("validating");
        assertEquals("store [##-----------] 414,486/1,938,192 quads  30,564/s  ETA 50 s  + validating",
                ProgressFormat.bar(counter.now(), 30_564, 80), "a long text narrows the bar rather than lose its end");
        assertEquals("#".repeat(10), ProgressFormat.bar(10_000, 10_000, 10));
        assertEquals("-".repeat(10), ProgressFormat.bar(0, 10_000, 10));
    }

    @Test
    void theRateIsThatOfTheLastTenSecondsAndIgnoresTheWaitBeforeTheFirstArticle() {
        RateWindow window = new RateWindow(10 * S);
        counter.phase("extract", "articles", 10_000);
        for (int i = 0; i < 5; i++) { // five seconds of models loading
            after(1);
            assertEquals(0, window.rate(counter.now()));
        }
        after(1);
        counter.advance(20);
        assertEquals(20, window.rate(counter.now()), 1e-9, "20 articles in the second since the last tick with none");
        for (int i = 0; i < 20; i++) { // 20 s at 20 a second
            after(1);
            counter.advance(20);
            window.rate(counter.now());
        }
        for (int i = 0; i < 10; i++) { // then 10 s at 50 a second: the window sees only that
            after(1);
            counter.advance(50);
            window.rate(counter.now());
        }
        after(1);
        counter.advance(50);
        assertEquals(50, window.rate(counter.now()), 1e-9);

        counter.phase("store", "quads", 1000);
        after(2);
        counter.advance(600);
        assertEquals(300, window.rate(counter.now()), 1e-9, "a new phase starts a new window, from the phase's start");
    }

    @Test
    void endedPhasesAndTheFinishedBuildSayWhatEachCountedPhaseDid() {
        counter.phase("read");
        after(0.3);
        counter.phase("extract", "articles", 1_000);
        after(66);
        counter.advance(1_000);
        counter.phase("reconcile");
        after(2);
        counter.phase("store", "quads", 179_697);
        counter.advance(179_697);
        after(4.3);
        counter.done();
        List<ProgressSnapshot> ended = counter.ended(0);
        assertEquals(List.of("read", "extract", "reconcile", "store"), ended.stream().map(ProgressSnapshot::phase).toList());
        assertEquals("progress: read done in 0.3 s, elapsed 0.3 s", ProgressFormat.ended(ended.get(0)));
        assertEquals("progress: extract done, 1,000/1,000 articles in 66.0 s, 15.2 articles/s, elapsed 66.3 s", ProgressFormat.ended(ended.get(1)));
        assertEquals("progress: done in 72.6 s: extract 1,000/1,000 articles, store 179,697/179,697 quads",
                ProgressFormat.finished(ended, 72.6));
        assertEquals(2, counter.ended(2).size(), "a reader can take only the phases it has not shown");
    }
}
