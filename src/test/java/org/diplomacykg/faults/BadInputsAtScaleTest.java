package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomacykg.bench.CorpusGenerator;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.BuildReport;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 articles of which 100 are bad (empty, binary, not UTF-8, 50 MB, a million characters
 * without a sentence break, markup and script with no story): the good ones are built, every bad
 * one is named, in bounded time (this test's limit) and memory (the test JVM's heap).
 */
class BadInputsAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void goodArticlesAreBuiltAndEveryBadOneIsNamed() throws IOException {
        Path in = dir.resolve("in");
        new CorpusGenerator(5).write(in, 900);
        List<String> bad = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 100; i++) {
            String name = String.format("bad_%03d.txt", i);
            Path f = in.resolve(name);
            switch (i % 6) {
                case 0 -> Files.write(f, new byte[0]);
                case 1 -> {
                    byte[] bytes = new byte[4096];
                    random.nextBytes(bytes);
                    bytes[10] = 0;
                    Files.write(f, bytes);
                }
                case 2 -> Files.write(f, "Le ministre fran\u00e7ais a sign\u00e9 un accord \u00e0 Dakar avec son homologue s\u00e9n\u00e9galais."
                        .getBytes(StandardCharsets.ISO_8859_1));
                case 3 -> {
                    try (RandomAccessFile big = new RandomAccessFile(f.toFile(), "rw")) {
                        big.setLength(50L * 1024 * 1024);
                    }
                }
                case 4 -> Files.writeString(f, "talks ".repeat(170_000));
                default -> Files.writeString(f, "<html><head><script>for(;;){alert(1)}</script></head><body>"
                        + "<div onclick=\"steal()\"><img src=x onerror=alert(2)></div><iframe src=javascript:alert(3)></iframe></body></html>");
            }
            bad.add(name);
        }
        BuildReport r = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            try (KgStore s = KgStore.open(dir.resolve("store"))) {
                return new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(in, s, true);
            }
        });
        assertEquals(900, r.articles() + 0, "good articles built");
        assertEquals(100, r.skipped().size(), String.join("\n", r.skipped()));
        for (String name : bad) {
            assertTrue(r.skipped().stream().anyMatch(m -> m.contains(name)), name + " not reported");
        }
        assertTrue(r.triples() > 50_000, "triples " + r.triples());
    }
}
