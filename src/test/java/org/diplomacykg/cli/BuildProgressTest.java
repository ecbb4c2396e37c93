package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.bench.CorpusGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of a real {@code kg build} whose standard error is captured, as in a log: plain lines
 * while it runs, each phase's end, a last line; nothing with {@code --quiet}; standard output
 * holds only the report either way.
 */
class BuildProgressTest {
    /** Enough generated articles for the extraction to outlast a few of the reporter's one-second ticks. */
    static final int ARTICLES = 250;
    static final Pattern EXTRACT = Pattern.compile("^progress: extract ([\\d,]+)/([\\d,]+) articles");
    static final Pattern ELAPSED = Pattern.compile(", elapsed (\\d+\\.\\d) s$");

    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void corpus() throws IOException {
        input = dir.resolve("articles");
        new CorpusGenerator(7).write(input, ARTICLES);
    }

    static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    @Test
    void aLoggedBuildShowsPeriodicLinesWithPlausibleCountsAndEndsWithAllArticles() {
        CliTest.Result r = CliTest.kg("build", "--input", input.toString(), "--store", dir.resolve("store").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("progress"), "standard output holds only the report: " + r.out());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("progress: ")).toList();
        assertEquals(r.err().lines().filter(l -> !l.isBlank()).count(), lines.size(), "nothing else on stderr: " + r.err());
        assertFalse(r.err().contains("\r"), "no bar in a log");

        // the periodic lines of the extract phase: the same total, counts that only grow and stay within it
        List<Long> done = new ArrayList<>();
        for (String line : lines) {
            Matcher m = EXTRACT.matcher(line);
            if (m.find()) {
                assertEquals(ARTICLES, number(m.group(2)), line);
                done.add(number(m.group(1)));
            }
        }
        assertTrue(done.size() >= 2, "a line every second while extracting: " + r.err());
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1) && done.get(i) <= ARTICLES, "counts " + done);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("progress: extract [\\d,]+/" + ARTICLES + " articles, [\\d.,]+ articles/s, ETA .*")),
                "a rate and an ETA once articles are done: " + r.err());

        // each phase's end, in order, and the extract phase's end counts every article
        List<String> ended = lines.stream().filter(l -> l.matches("progress: \\w+ done.*")).map(l -> l.split(" ")[1]).toList();
        assertEquals(List.of("read", "extract", "reconcile", "map", "store"), ended, r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("progress: extract done, " + ARTICLES + "/" + ARTICLES + " articles in ")), r.err());
        Matcher quads = Pattern.compile("\\((\\d+) quads;").matcher(r.out());
        assertTrue(quads.find(), r.out());
        String last = lines.get(lines.size() - 1);
        String stored = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(quads.group(1)));
        assertTrue(last.matches("progress: done in \\d+\\.\\d s: extract " + ARTICLES + "/" + ARTICLES + " articles, store " + stored + "/" + stored + " quads"),
                "the last line reports every article and every quad: " + last);

        // lines keep coming while the build works; on a busy machine a tick can run late, so the bound here is loose
        double before = 0;
        double widest = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = ELAPSED.matcher(line);
            assertTrue(m.find(), line);
            double at = Double.parseDouble(m.group(1));
            widest = Math.max(widest, at - before);
            before = at;
        }
        assertTrue(widest <= 3.5, "largest gap between progress lines " + widest + " s: " + r.err());
    }

    @Test
    void quietPrintsNoProgressButStillTheReport() throws IOException {
        // a few articles are enough: even a short build shows the end of each phase unless it is quiet
        Path few = Files.createDirectories(dir.resolve("few"));
        for (int i = 0; i < 40; i++) {
            String name = String.format(java.util.Locale.ROOT, "gen_%06d.txt", i);
            Files.copy(input.resolve(name), few.resolve(name));
        }
        CliTest.Result r = CliTest.kg("build", "--quiet", "--input", few.toString(), "--store", dir.resolve("quiet-store").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "nothing on stderr");
        assertTrue(r.out().startsWith("built 40 articles (40 extracted"), r.out());
    }

    @Test
    void aFailedBuildSaysWhereItStoppedBeforeItsError() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.copy(input.resolve("gen_000000.txt"), bad.resolve("good.txt"));
        Files.write(bad.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        CliTest.Result r = CliTest.kg("build", "--input", bad.toString(), "--store", dir.resolve("bad-store").toString());
        assertEquals(1, r.code(), r.err());
        List<String> err = r.err().lines().toList();
        int stopped = err.indexOf(err.stream().filter(l -> l.startsWith("progress: stopped during extract after ")).findFirst().orElseThrow(
                () -> new AssertionError("no 'stopped' line: " + r.err())));
        assertTrue(err.get(stopped).endsWith("(2/2 articles)"), r.err());
        assertTrue(err.get(stopped + 1).startsWith("kg build: ") && r.err().contains("photo.txt"), "the error follows on its own line: " + r.err());
        assertFalse(r.err().contains("progress: done"), r.err());
    }
}
