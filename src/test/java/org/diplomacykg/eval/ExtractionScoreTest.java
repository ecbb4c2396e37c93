package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.diplomacykg.testkit.Scorer;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction score as a test: the seeds (the development set) must stay at overall F1 ≥ 0.90
 * with no category below 0.85 and no boilerplate in the graph; a small held-out set about a
 * different visit, written for the tests, guards against rules that only fit the seeds.
 */
class ExtractionScoreTest {
    @TempDir
    Path work;

    static void assertTarget(Scorer.Score s) {
        assertTrue(s.overall() >= 0.90, "overall F1 " + s.overall() + "\n" + s.report());
        s.f1().forEach((category, f1) -> assertTrue(f1 >= 0.85, category + " F1 " + f1 + "\n" + s.report()));
        assertEquals(4, s.f1().size(), s.report());
        assertEquals(0, s.leaked(), s.report());
    }

    @Test
    void seedsMeetTheTarget() throws Exception {
        assumeTrue(Scorer.available(), "needs ../shared/eval/score.py and python3");
        assertTarget(Scorer.score(SeedStore.seeds(), Scorer.SCORE_PY.getParent().resolve("seeds.gold.json"), work));
    }

    @Test
    void heldOutVisitMeetsTheTarget() throws Exception {
        assumeTrue(Scorer.available(), "needs ../shared/eval/score.py and python3");
        Path dir = Path.of("src", "test", "resources", "heldout").toAbsolutePath();
        assertTarget(Scorer.score(dir.resolve("kenya"), dir.resolve("kenya.gold.json"), work));
    }
}
