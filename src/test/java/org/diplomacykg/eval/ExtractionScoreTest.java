package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.testkit.Scorer;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extraction score as a test: the seeds must stay at overall F1 ≥ 0.90 with no category
 * below 0.85 and no boilerplate in the graph. Every regression set under
 * src/test/resources/heldout (a folder NAME of articles beside its NAME.gold.json, about other
 * events and written for the tests) must keep overall F1 ≥ 0.80 with no boilerplate, which
 * guards against rules that only fit the seeds.
 */
class ExtractionScoreTest {
    static final Path HELD_OUT = Path.of("src", "test", "resources", "heldout").toAbsolutePath();

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
        Scorer.Score s = Scorer.score(SeedStore.seeds(), Scorer.SCORE_PY.getParent().resolve("seeds.gold.json"), work);
        assertTarget(s);
        int[] sources = s.sources();
        assertEquals(sources[1], sources[0], "every matched fact names exactly the seed articles that report it\n" + s.report());
    }

    /** The held-out sets: every folder with a gold file of the same name beside it. */
    static List<String> heldOutSets() throws IOException {
        try (Stream<Path> dirs = Files.list(HELD_OUT)) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> Files.isRegularFile(HELD_OUT.resolve(name + ".gold.json")))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void heldOutSetsArePresent() throws IOException {
        assertFalse(heldOutSets().size() < 5, "expected at least five held-out sets, found " + heldOutSets());
    }

    @ParameterizedTest(name = "held-out set {0}")
    @MethodSource("heldOutSets")
    void heldOutSetMeetsTheTarget(String name) throws Exception {
        assumeTrue(Scorer.available(), "needs ../shared/eval/score.py and python3");
        Scorer.Score s = Scorer.score(HELD_OUT.resolve(name), HELD_OUT.resolve(name + ".gold.json"), work);
        assertTrue(s.overall() >= 0.80, "overall F1 " + s.overall() + "\n" + s.report());
        assertEquals(4, s.f1().size(), s.report());
        assertEquals(0, s.leaked(), s.report());
    }

    static final Path GENERALISATION = Path.of("src", "test", "resources", "generalisation", "world-2019-2025").toAbsolutePath();

    /**
     * Real excerpts about events of 2019-2025 in other regions, gold written before the extractor
     * ever ran on them (see its README). The first score, before any change made after seeing its
     * misses, was 0.71 overall (the rules before the frames: 0.40); after general fixes its misses
     * pointed to, 0.85. Now a regression test: it must not fall back.
     */
    @Test
    void generalisationSetKeepsItsScore() throws Exception {
        keepsItsScore(GENERALISATION, 0.80);
    }

    static final Path GENERALISATION_2 = Path.of("src", "test", "resources", "generalisation", "world2-2019-2025").toAbsolutePath();

    /**
     * A second set built the same way after the issue-13 work (see its README): first score 0.56
     * overall, boilerplate leaked 10 of 25. General fixes its misses pointed to brought it to 0.67
     * with nothing leaked, later 0.76; it stays below the 0.80 the older sets keep, and this guards what it has.
     */
    @Test
    void secondGeneralisationSetKeepsItsScore() throws Exception {
        keepsItsScore(GENERALISATION_2, 0.72);
    }

    static final Path GENERALISATION_3 = Path.of("src", "test", "resources", "generalisation", "world3-2019-2025").toAbsolutePath();

    /**
     * A third set built the same way (see its README): first score 0.50 overall, 5 of 12
     * boilerplate strings leaked. General fixes its misses pointed to brought it to 0.59 with
     * nothing leaked; this guards what it has.
     */
    @Test
    void thirdGeneralisationSetKeepsItsScore() throws Exception {
        keepsItsScore(GENERALISATION_3, 0.56);
    }

    /** A generalisation set (articles/ beside gold.json) scores at least {@code floor} overall and leaks nothing. */
    private void keepsItsScore(Path set, double floor) throws Exception {
        assumeTrue(Scorer.available(), "needs ../shared/eval/score.py and python3");
        Scorer.Score s = Scorer.score(set.resolve("articles"), set.resolve("gold.json"), work);
        assertTrue(s.overall() >= floor, "overall F1 " + s.overall() + "\n" + s.report());
        assertEquals(0, s.leaked(), s.report());
    }
}
