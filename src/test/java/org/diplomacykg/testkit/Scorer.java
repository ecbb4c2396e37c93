package org.diplomacykg.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.cli.Main;

/**
 * Runs the project's CLI exactly as ../shared/eval/run-eval.sh does (build, the four contract
 * queries as CSV, an N-Triples dump) and scores the result with the shared score.py.
 */
public final class Scorer {
    public static final Path SCORE_PY = Path.of("..", "shared", "eval", "score.py").toAbsolutePath().normalize();

    public record Score(Map<String, Double> f1, double overall, int leaked, String report) {
        /** The scorer's "sources N/M" line: matched facts naming exactly their reporting articles, and all matched facts. */
        public int[] sources() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^sources\\s+(\\d+)/(\\d+)").matcher(report);
            if (!m.find()) {
                throw new AssertionError("no sources line in\n" + report);
            }
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
    }

    private Scorer() {
    }

    public static boolean available() {
        if (!Files.isRegularFile(SCORE_PY)) {
            return false;
        }
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static synchronized Score score(Path articles, Path gold, Path work) throws Exception {
        Path store = work.resolve("store");
        run("build", "--input", articles.toString(), "--store", store.toString());
        for (String q : new String[] {"people", "events", "agreements", "quotes"}) {
            Files.writeString(work.resolve(q + ".csv"), run("query", q, "--store", store.toString(), "--format", "csv"));
        }
        run("dump", "--store", store.toString(), "--format", "nt", "--out", work.resolve("dump.nt").toString());
        Process p = new ProcessBuilder("python3", SCORE_PY.toString(), gold.toString(), work.toString(), "--verbose")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("score.py failed:\n" + out);
        }
        Map<String, Double> f1 = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(people|events|agreements|quotes)\\s+P=\\S+ R=\\S+ F1=(\\S+)").matcher(out);
        while (m.find()) {
            f1.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        Matcher overall = Pattern.compile("overall F1 = (\\S+)").matcher(out);
        Matcher absent = Pattern.compile("absent\\s+(\\d+) of").matcher(out);
        return new Score(f1, overall.find() ? Double.parseDouble(overall.group(1)) : 0,
                absent.find() ? Integer.parseInt(absent.group(1)) : 0, out);
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new PrintWriter(err, true), args);
            if (code != 0) {
                throw new IllegalStateException("kg " + String.join(" ", args) + " failed: " + err);
            }
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
