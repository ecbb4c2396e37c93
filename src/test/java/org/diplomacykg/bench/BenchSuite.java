package org.diplomacykg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole benchmark of issue 8 in one run, each measurement in its own JVM as a user would run
 * it, results written side by side into BENCHMARKS.md together with the exact commands.
 *
 * <p>usage: BenchSuite [--out FILE] [--work DIR] [--sizes 1000,10000] [--runs 3] [--load-seconds 60]
 * [--connections 32] [--notes FILE]
 */
public final class BenchSuite {
    private static final Pattern SUMMARY = Pattern.compile(
            "built (\\d+) articles.*?; (\\d+) triples \\((\\d+) quads;.*? in ([0-9.]+) s \\((.*)\\)");
    private static final Pattern PHASE = Pattern.compile("(\\w+) ([0-9.]+) s");
    private static final Pattern MEASURED = Pattern.compile("MEASURED exit=(\\d+) peakHeapMB=(\\d+) peakRssMB=(\\d+) maxHeapMB=(\\d+)");

    private final Map<String, String> opts;
    private final Path work;
    private final int runs;
    private final List<String> rows = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();

    private BenchSuite(Map<String, String> opts) {
        this.opts = opts;
        this.work = Path.of(opts.getOrDefault("work", "/tmp/kg-bench"));
        this.runs = Integer.parseInt(opts.getOrDefault("runs", "3"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        new BenchSuite(opts).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        List<Integer> sizes = Stream.of(opts.getOrDefault("sizes", "1000,10000").split(",")).map(Integer::parseInt).toList();
        long started = System.nanoTime();
        seedsWarm();
        Path largest = null;
        Path smallest = null;
        for (int n : sizes) {
            Path corpus = corpus(n);
            largest = build(n, corpus);
            smallest = smallest == null ? largest : smallest;
            extraction(n, corpus);
        }
        storeVersusLoader(largest, sizes.get(sizes.size() - 1));
        dump(largest, sizes.get(sizes.size() - 1));
        serve(largest, sizes.get(sizes.size() - 1));
        // the load test mixes in the people query, which lists every person (seconds on 10k articles): on the
        // smaller graph 32 connections measure the server, not one query's size
        load(smallest, sizes.get(0));
        write((System.nanoTime() - started) / 60e9);
    }

    private void seedsWarm() throws Exception {
        String out = child("WarmBuildBench", "seeds", work.resolve("warm").toString(), "6");
        commands.add("java " + jvmOptionsText("WarmBuildBench") + " -cp $CP org.diplomacykg.bench.WarmBuildBench seeds " + work.resolve("warm") + " 6");
        Matcher m = Pattern.compile("warm build median ([0-9.]+) s").matcher(out);
        double s = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        row("seeds (5 articles), warm JVM, target ≤ 2 s", String.format(Locale.ROOT, "%.2f s (median of 5 warm builds) %s", s,
                s <= 2 ? "✅" : "❌"));
    }

    private Path corpus(int n) throws IOException {
        Path dir = work.resolve("gen-" + n);
        Path done = work.resolve("gen-" + n + ".done");
        if (!Files.exists(done)) {
            deleteTree(dir);
            new CorpusGenerator(11).write(dir, n);
            Files.writeString(done, "seed 11\n");
        }
        commands.add("java -cp $CP org.diplomacykg.bench.CorpusGenerator " + dir + " " + n + " 11");
        return dir;
    }

    /** Cold builds (fresh JVM, empty store) of a generated corpus: medians of time, throughput, memory, phases. */
    private Path build(int n, Path corpus) throws Exception {
        List<Double> secs = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        long triples = 0;
        long quads = 0;
        Path store = null;
        for (int r = 0; r < runs; r++) {
            store = work.resolve("store-" + n);
            deleteTree(store);
            long t0 = System.nanoTime();
            String out = child("MeasuredBuild", "build", "--input", corpus.toString(), "--store", store.toString());
            secs.add((System.nanoTime() - t0) / 1e9);
            Matcher s = SUMMARY.matcher(out);
            Matcher m = MEASURED.matcher(out);
            if (!s.find() || !m.find()) {
                throw new IllegalStateException("build of " + corpus + " printed no summary:\n" + out);
            }
            triples = Long.parseLong(s.group(2));
            quads = Long.parseLong(s.group(3));
            Matcher p = PHASE.matcher(s.group(5));
            while (p.find()) {
                phases.computeIfAbsent(p.group(1), k -> new ArrayList<>()).add(Double.parseDouble(p.group(2)));
            }
            heap.add(Double.parseDouble(m.group(2)));
            rss.add(Double.parseDouble(m.group(3)));
        }
        double t = median(secs);
        String target = n == 10_000 ? (t <= 60 && max(heap) <= 2048 ? " ✅ (target ≤ 60 s, heap ≤ 2 GB)"
                : " ❌ (target ≤ 60 s, heap ≤ 2 GB)") : "";
        row(String.format(Locale.ROOT, "build, %,d generated articles, cold JVM, empty store", n),
                String.format(Locale.ROOT, "%.1f s = %.0f articles/s, %.0f triples/s (%,d triples, %,d quads); peak heap ≤ %.0f MB "
                        + "(-Xmx2g), peak RSS %.0f MB; median of %d%s", t, n / t, triples / t, triples, quads, median(heap),
                        median(rss), runs, target));
        StringBuilder ph = new StringBuilder();
        phases.forEach((k, v) -> ph.append(ph.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f s", k, median(v))));
        row("phases of that build (medians)", ph.toString());
        double storeSecs = median(phases.getOrDefault("store", List.of(Double.NaN)));
        row(String.format(Locale.ROOT, "store writing alone, in that build (%,d articles)", n),
                String.format(Locale.ROOT, "%.1f s = %.0f quads/s", storeSecs, quads / storeSecs));
        commands.add("java " + jvmOptionsText("MeasuredBuild") + " -cp $CP org.diplomacykg.bench.MeasuredBuild build --input " + corpus + " --store " + store + "  # ×" + runs);
        return work.resolve("store-" + n);
    }

    private void extraction(int n, Path corpus) throws Exception {
        String out = child("ExtractBench", corpus.toString(), "4");
        Matcher m = Pattern.compile("= ([0-9.]+) articles/s").matcher(out);
        row(String.format(Locale.ROOT, "extraction alone (read, clean, OpenNLP, rules), %,d articles, warm JVM", n),
                m.find() ? m.group(1) + " articles/s (median of 3 warm runs, all cores)" : "failed: " + out);
        commands.add("java " + jvmOptionsText("ExtractBench") + " -cp $CP org.diplomacykg.bench.ExtractBench " + corpus + " 4");
    }

    private void storeVersusLoader(Path store, int n) throws Exception {
        Path nq = work.resolve("store-" + n + ".nq");
        child("MeasuredBuild", "dump", "--store", store.toString(), "--format", "nq", "--out", nq.toString());
        String storeRuns = opts.getOrDefault("store-runs", Integer.toString(runs));
        deleteTree(work.resolve("swb"));
        String out = child("StoreWriteBench", nq.toString(), work.resolve("swb").toString(), storeRuns);
        rows.addAll(tableRows(out));
        commands.add("java " + jvmOptionsText("StoreWriteBench") + " -cp $CP org.diplomacykg.bench.StoreWriteBench " + nq + " " + work.resolve("swb") + " " + storeRuns);
    }

    private void dump(Path store, int n) throws Exception {
        List<Double> secs = new ArrayList<>();
        Path nq = work.resolve("dump.nq");
        for (int r = 0; r < Math.max(3, runs); r++) {
            long t0 = System.nanoTime();
            child("MeasuredBuild", "dump", "--store", store.toString(), "--format", "nq", "--out", nq.toString());
            secs.add((System.nanoTime() - t0) / 1e9);
        }
        long lines;
        try (Stream<String> s = Files.lines(nq)) {
            lines = s.count();
        }
        double t = median(secs);
        row(String.format(Locale.ROOT, "N-Quads dump, %,d-article store, cold JVM", n),
                String.format(Locale.ROOT, "%,d statements in %.1f s = %.0f statements/s (median of %d)", lines, t, lines / t, secs.size()));
        commands.add("java " + jvmOptionsText("MeasuredBuild") + " -cp $CP org.diplomacykg.bench.MeasuredBuild dump --store " + store + " --format nq --out " + nq);
    }

    private void serve(Path store, int n) throws Exception {
        String out = child("ServeBench", store.toString(), Integer.toString(Math.max(5, runs)));
        rows.addAll(tableRows(out).stream().map(r -> r.replaceFirst("^\\| ", "| (" + String.format(Locale.ROOT, "%,d", n) + "-article store) ")).toList());
        commands.add("java " + jvmOptionsText("ServeBench") + " -cp $CP org.diplomacykg.bench.ServeBench " + store + " " + Math.max(5, runs));
    }

    private void load(Path store, int n) throws Exception {
        String secs = opts.getOrDefault("load-seconds", "60");
        String conns = opts.getOrDefault("connections", "32");
        String out = child("LoadTest", store.toString(), secs, conns);
        rows.addAll(tableRows(out).stream().map(r -> r.replaceFirst("^\\| ", "| (" + String.format(Locale.ROOT, "%,d", n) + "-article store) ")).toList());
        commands.add("java " + jvmOptionsText("LoadTest") + " -cp $CP org.diplomacykg.bench.LoadTest " + store + " " + secs + " " + conns);
    }

    private static List<String> tableRows(String out) {
        return out.lines().filter(l -> l.startsWith("| ")).toList();
    }

    private void row(String what, String result) {
        rows.add("| " + what + " | " + result + " |");
        System.out.println(rows.get(rows.size() - 1));
    }

    /** Runs a bench main in a fresh JVM with the kg script's options; returns what it printed, fails on a non-zero exit. */
    private String child(String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions(main));
        cmd.addAll(List.of("-Dkg.bench.queryRuns=" + opts.getOrDefault("query-runs", "5"),
                "-cp", System.getProperty("java.class.path"), "org.diplomacykg.bench." + main));
        cmd.addAll(List.of(args));
        Path log = work.resolve("log-" + main + ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(main + " did not finish in 30 minutes");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(main + " " + String.join(" ", args) + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }

    /** Servers measured by these mains run as {@code kg serve} does; the rest as the batch commands do. */
    private static final List<String> SERVER_MAINS = List.of("ServeBench", "LoadTest");

    /** The JVM options the kg script gives the command that {@code main} measures (files in jvm/). */
    static List<String> jvmOptions(String main) {
        List<String> o = new ArrayList<>(List.of("@" + Path.of("jvm", "kg.options").toAbsolutePath()));
        if (!SERVER_MAINS.contains(main)) {
            o.add("@" + Path.of("jvm", "batch.options").toAbsolutePath());
        }
        return o;
    }

    /** The same, as written in the commands section (relative to the project folder). */
    static String jvmOptionsText(String main) {
        return SERVER_MAINS.contains(main) ? "@jvm/kg.options" : "@jvm/kg.options @jvm/batch.options";
    }

    private void write(double minutes) throws IOException {
        Path out = Path.of(opts.getOrDefault("out", "BENCHMARKS.md"));
        Path notes = Path.of(opts.getOrDefault("notes", "bench/notes.md"));
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Written by `bench/run.sh` (the `bench` Maven profile running `org.diplomacykg.bench.BenchSuite`) on ")
                .append(LocalDate.now()).append(String.format(Locale.ROOT, ", in %.0f minutes. ", minutes))
                .append("Every figure comes from this one run; each measurement runs in its own JVM with the options the `kg` script uses (`jvm/kg.options`, plus `jvm/batch.options` for all but the server measurements).\n\n");
        b.append("Machine: ").append(machine()).append("\n\n");
        b.append("| what | result |\n|---|---|\n");
        rows.forEach(r -> b.append(r).append('\n'));
        b.append("\n## Commands\n\nTo repeat the whole run: `bench/run.sh` (options: `bench/run.sh --sizes 1000 --runs 1` for a quick one). ")
                .append("Each step alone, with `CP=target/classes:target/test-classes:$(mvn -q dependency:build-classpath ")
                .append("-Dmdep.outputFile=/dev/stdout)` after `mvn -B -q -DskipTests package test-compile`:\n\n");
        commands.forEach(c -> b.append("    ").append(c).append('\n'));
        if (Files.exists(notes)) {
            b.append('\n').append(Files.readString(notes, StandardCharsets.UTF_8));
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static String machine() {
        String cpu = "?";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        } catch (IOException e) {
            // not Linux: leave the unknowns as they are
        }
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB RAM, %s %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                cpu, memKb / 1048576.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    static double median(List<Double> xs) {
        return StoreWriteBench.median(xs);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
