package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.BadInputException;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;
import org.diplomacykg.nlp.CoreNlp;
import org.diplomacykg.nlp.SentenceCounts;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages no newsroom writes, through the real pipeline: a sentence pasted 100,000 times on one
 * line, a 2 MB line of words, a binary file. Each build must finish in bounded time, and memory
 * must stay bounded: the NLP stage annotates a pasted sentence once, the cleaner keeps at most
 * {@link ArticleCleaner#MAX_TEXT_CHARS} characters of an article, and the build holds nothing of
 * the page once it is done (heap after a full collection, measured around the build).
 */
class HostileInputTest {
    static final String HEADER = "Leaders meet for talks on security and trade\nPublished: 2023-12-18\n\n";
    /** 50 bytes with its space: 100,000 of them stay under the reader's 5 MB limit. */
    static final String MEETING = "Japan and Malaysia held talks in Tokyo on Sunday. ";
    static final long MAX_GROWTH = 150L * 1024 * 1024;
    static final Duration LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        CoreNlp.shared(); // loaded once per process; measured apart from the builds below
    }

    static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Builds {@code in} with bad files skipped; checks and prints the time and the heap kept. */
    static BuildReport build(Path in, KgStore store, String what) {
        long before = heapAfterGc();
        long t0 = System.nanoTime();
        BuildReport r = assertTimeoutPreemptively(LIMIT, () -> new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(in, store, true));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long growth = heapAfterGc() - before;
        System.out.printf("%s: built in %.1f s (%s); heap after GC %+.0f MB; nlp: %s%n", what, ms / 1000.0, r.phases(),
                growth / 1048576.0, r.nlp().describe());
        assertTrue(growth < MAX_GROWTH, what + ": the build kept " + growth / 1048576 + " MB");
        return r;
    }

    static long longestArticleText(KgStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            long max = 0;
            var it = s.dataset().find(Node.ANY, Node.ANY, Dip.Nif.isString, Node.ANY);
            while (it.hasNext()) {
                max = Math.max(max, it.next().getObject().getLiteralLexicalForm().length());
            }
            return max;
        });
    }

    @Test
    void aSentencePastedAHundredThousandTimesIsAnnotatedOnceAndABinaryFileIsNamed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("pasted.txt"), HEADER + MEETING.repeat(100_000).strip() + "\n");
        byte[] binary = new byte[64 * 1024];
        new Random(1).nextBytes(binary);
        binary[3] = 0;
        Files.write(in.resolve("photo.bin"), binary);

        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            BuildReport r = build(in, store, "100,000 pasted sentences");
            assertEquals(1, r.articles());
            assertEquals(1, r.skipped().size(), r.skipped().toString());
            assertTrue(r.skipped().get(0).contains("photo.bin") && r.skipped().get(0).contains("binary"), r.skipped().get(0));
            assertEquals(1, r.notes().size(), r.notes().toString());
            assertTrue(r.notes().get(0).contains("pasted.txt") && r.notes().get(0).contains("left out"), r.notes().get(0));
            SentenceCounts s = r.nlp().sentences();
            assertTrue(s.read() <= ArticleCleaner.MAX_TEXT_CHARS / (MEETING.length() - 1) + 1, "read " + s.read());
            assertEquals(1, s.tagged(), "the pasted sentence is annotated once");
            assertEquals(s.read() - 1, s.cached());
            assertEquals(1, r.facts().get("events"), "one meeting, however often it is pasted");
            long size = store.size();

            // without --skip-bad the binary file fails the build, by name, before the store is touched
            BadInputException e = assertThrows(BadInputException.class,
                    () -> new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(in, store, false));
            assertTrue(e.getMessage().contains("photo.bin") && e.getMessage().contains("binary file"), e.getMessage());
            assertEquals(size, store.size());
        }
    }

    @Test
    void aTwoMegabyteLineIsReadUpToTheCapAndNoFurther() throws IOException {
        String[] words = ("Japan Malaysia met signed agreement the of a to in and talks minister president said will provide boats"
                + " security trade Tokyo on Sunday cooperation patrol coast guard with for deal economic summit leaders visit"
                + " Vietnam Philippines pledged million dollars aid officials meeting bilateral").split(" ");
        Random random = new Random(7);
        StringBuilder line = new StringBuilder(2_100_000);
        int run = 0;
        while (line.length() < 2_000_000) {
            line.append(words[random.nextInt(words.length)]);
            // now and then a sentence ends; between, runs of hundreds of words with no break at all
            line.append(++run > 5 && random.nextInt(60) == 0 ? ". " : " ");
            run = line.charAt(line.length() - 2) == '.' ? 0 : run;
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one-line.txt"), HEADER + line.toString().strip() + " end.");

        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            BuildReport r = build(in, store, "a 2 MB line");
            assertEquals(1, r.articles());
            assertEquals(1, r.notes().size(), r.notes().toString());
            assertTrue(r.notes().get(0).contains("one-line.txt"), r.notes().get(0));
            long kept = longestArticleText(store);
            assertTrue(kept <= ArticleCleaner.MAX_TEXT_CHARS && kept > ArticleCleaner.MAX_TEXT_CHARS - 2_000, "kept " + kept);
            SentenceCounts s = r.nlp().sentences();
            // every sentence has at least one word and a space, and those beyond 150 tokens are cut in pieces
            assertTrue(s.read() > 0 && s.read() <= ArticleCleaner.MAX_TEXT_CHARS / 2, "read " + s.read());
            assertTrue(s.parsed() <= s.tagged() && s.tagged() <= s.read(), s.toString());
        }
    }
}
