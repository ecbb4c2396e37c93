package org.diplomacykg.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.diplomacykg.query.ParamBinder;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.store.KgStore;

/**
 * Query latency and HTTP throughput on a built store.
 * usage: ServeBench STORE [BLOCKS=6] [SLICE_SECONDS=1] [--http-only]
 * <ul>
 * <li>the four contract queries and two heavy saved queries, in process: p50 and p99 latency over
 * {@code -Dkg.bench.queryRuns} runs (default 20) after 2 discarded (skipped with {@code --http-only});</li>
 * <li>/kg/sparql on one query through our server and through a bare {@code FusekiServer} over the
 * same {@link DatasetGraph}, same client, {@value #CLIENTS} concurrent clients: requests per second,
 * the ratio, and server-side CPU per request (see {@link #compareWithBareFuseki} for how runs are
 * made robust);</li>
 * <li>a resource page and a saved query over HTTP on our server: requests per second.</li>
 * </ul>
 * Results are printed as text and again as Markdown table rows (lines starting {@code | }).
 */
public final class ServeBench {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplomacy-kg/ontology#NewsArticle> }";
    static final int CLIENTS = 4;
    /** Paired slices per block, after {@link #BLOCK_WARM_UP} discarded ones on each server. */
    static final int ROUNDS = 10;
    static final int BLOCK_WARM_UP = 2;
    /** Seconds of JIT warm-up on the first pair before any block is measured. */
    static final double JVM_WARM_UP = 30;

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean httpOnly = a.remove("--http-only");
        Path storeDir = Path.of(a.get(0));
        int blocks = a.size() > 1 ? Integer.parseInt(a.get(1)) : 6;
        double slice = a.size() > 2 ? Double.parseDouble(a.get(2)) : 1;
        List<String> rows = new ArrayList<>();
        try (KgStore store = KgStore.open(storeDir)) {
            if (!httpOnly) {
                queryLatencies(store, rows);
            }
            compareWithBareFuseki(store.dataset(), blocks, slice, rows);
            pagesAndSavedQueries(store, rows);
        }
        rows.forEach(System.out::println);
    }

    /**
     * /kg/sparql through our server and a bare FusekiServer over the same {@link DatasetGraph} object
     * (so the same union-default-graph setting; their answers are compared first). Two things make a
     * single pair of servers an unreliable sample, measured on a shared 2-CPU machine: JIT warm-up
     * (throughput rises several-fold over the first tens of seconds) and per-instance drift (two
     * identical bare servers differ by up to ±20% for their whole life, and the one started first
     * was often the slower). So: one JIT warm-up, then {@code blocks} blocks, each with a freshly
     * started pair (which starts first alternates), {@value #BLOCK_WARM_UP} discarded slices, then
     * {@value #ROUNDS} pairs of {@code slice}-second slices in alternating order; a block's ratio is
     * the median of its paired ratios, and the result the median over blocks.
     */
    static void compareWithBareFuseki(DatasetGraph dsg, int blocks, double slice, List<String> rows) throws Exception {
        String q = "/kg/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
        List<Double> blockRatios = new ArrayList<>();
        List<Double> oursRps = new ArrayList<>();
        List<Double> bareRps = new ArrayList<>();
        List<Double> oursCpu = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        for (int block = 0; block < blocks; block++) {
            boolean oursFirst = block % 2 == 0;
            KgServer ours = null;
            FusekiServer bare = null;
            try {
                if (oursFirst) {
                    ours = KgServer.start(dsg, "127.0.0.1", 0, 60);
                }
                // the same DatasetGraph object: its context carries the union-default-graph setting for both
                bare = FusekiServer.create().port(0).loopback(true).add("/kg", dsg, false).build().start();
                if (!oursFirst) {
                    ours = KgServer.start(dsg, "127.0.0.1", 0, 60);
                }
                String oursUrl = ours.baseUrl() + q;
                String bareUrl = "http://127.0.0.1:" + bare.getHttpPort() + q;
                if (block == 0) {
                    String oursAnswer = answer(oursUrl);
                    String bareAnswer = answer(bareUrl);
                    if (!oursAnswer.equals(bareAnswer)) {
                        throw new IllegalStateException("the two servers answer differently, the comparison would be unfair: ours "
                                + oursAnswer + " bare " + bareAnswer);
                    }
                    System.out.printf("/kg/sparql comparison: the same dataset, union default graph %s, both answer %s%n",
                            dsg.getContext().get(TDB2.symUnionDefaultGraph), oursAnswer.strip().replaceAll("\\s+", " "));
                }
                try (Load o = new Load(oursUrl, "text/csv"); Load b = new Load(bareUrl, "text/csv")) {
                    int warm = block == 0 ? (int) Math.ceil(JVM_WARM_UP / 2 / slice) : BLOCK_WARM_UP;
                    for (int r = 0; r < warm; r++) {
                        o.measure(slice);
                        b.measure(slice);
                    }
                    List<Double> ratios = new ArrayList<>();
                    List<Double> or = new ArrayList<>();
                    List<Double> br = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        // alternate who goes first, so drift (other load on the machine) favours neither
                        Measure mo;
                        Measure mb;
                        if (r % 2 == 0) {
                            mo = o.measure(slice);
                            mb = b.measure(slice);
                        } else {
                            mb = b.measure(slice);
                            mo = o.measure(slice);
                        }
                        ratios.add(mo.perSecond() / mb.perSecond());
                        or.add(mo.perSecond());
                        br.add(mb.perSecond());
                        oursCpu.add(mo.cpuMicrosPerRequest());
                        bareCpu.add(mb.cpuMicrosPerRequest());
                    }
                    double ratio = median(ratios);
                    blockRatios.add(ratio);
                    oursRps.add(median(or));
                    bareRps.add(median(br));
                    System.out.printf(Locale.ROOT, "  block %d (%s started first): ours %.0f req/s, bare %.0f req/s, ratio %.2f%n",
                            block + 1, oursFirst ? "ours" : "bare", median(or), median(br), ratio);
                }
            } finally {
                if (ours != null) {
                    ours.close();
                }
                if (bare != null) {
                    bare.stop();
                }
            }
        }
        double om = median(oursRps);
        double bm = median(bareRps);
        double ratio = median(blockRatios);
        System.out.printf(Locale.ROOT, "/kg/sparql: ours %.0f req/s, bare Fuseki %.0f req/s, ratio %.2f (median over %d blocks of fresh server pairs,"
                        + " each the median of %d paired %.1f s slices, %d clients; block ratios %.2f–%.2f); server-side CPU per request"
                        + " ours %.0f µs, bare %.0f µs%n",
                om, bm, ratio, blocks, ROUNDS, slice, CLIENTS, Collections.min(blockRatios), Collections.max(blockRatios),
                median(oursCpu), median(bareCpu));
        rows.add(String.format(Locale.ROOT, "| /kg/sparql throughput, ours vs bare Fuseki (same store and union default graph, %d clients,"
                        + " median of %d blocks × %d alternating %.1f s slices) | %.0f vs %.0f req/s, ratio %.2f (blocks %.2f–%.2f) |",
                CLIENTS, blocks, ROUNDS, slice, om, bm, ratio, Collections.min(blockRatios), Collections.max(blockRatios)));
        rows.add(String.format(Locale.ROOT, "| /kg/sparql server-side CPU per request, ours vs bare Fuseki | %.0f vs %.0f µs, ratio %.2f |",
                median(oursCpu), median(bareCpu), median(oursCpu) / median(bareCpu)));
    }

    /** A resource page and a saved query over HTTP on our server: requests per second. */
    static void pagesAndSavedQueries(KgStore store, List<String> rows) throws Exception {
        double seconds = 3;
        try (KgServer ours = KgServer.start(store.dataset(), "127.0.0.1", 0, 60);
             Load pageLoad = new Load(ours.baseUrl() + "/id/person/" + firstPersonKey(store), "text/html");
             Load savedLoad = new Load(ours.baseUrl() + "/queries/people?format=csv", "text/csv")) {
            pageLoad.measure(seconds);
            savedLoad.measure(seconds);
            List<Double> page = new ArrayList<>();
            List<Double> savedQ = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                page.add(pageLoad.measure(seconds).perSecond());
                savedQ.add(savedLoad.measure(seconds).perSecond());
            }
            System.out.printf(Locale.ROOT, "resource page %.0f req/s, saved query /queries/people %.1f req/s (medians of %d runs)%n",
                    median(page), median(savedQ), page.size());
            rows.add(String.format(Locale.ROOT, "| resource page throughput (%d clients) | %.0f req/s |", CLIENTS, median(page)));
            rows.add(String.format(Locale.ROOT, "| saved query /queries/people?format=csv throughput (%d clients) | %.1f req/s |",
                    CLIENTS, median(savedQ)));
        }
    }

    private static void queryLatencies(KgStore store, List<String> rows) throws Exception {
        SavedQueries saved = new SavedQueries(Path.of("queries"));
        for (String name : List.of("people", "events", "agreements", "quotes", "gdelt-events", "facts-by-sources")) {
            SavedQuery q = saved.resolve(name);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < Integer.getInteger("kg.bench.queryRuns", 20) + 2; i++) {
                long t0 = System.nanoTime();
                new QueryRunner(120).run(q, ParamBinder.bind(q, Map.of()), store.dataset(), QueryRunner.Format.csv,
                        new ByteArrayOutputStream());
                if (i >= 2) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            ms.sort(Double::compare);
            double p50 = ms.get(ms.size() / 2);
            double p99 = ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.99) - 1));
            System.out.printf(Locale.ROOT, "query %-17s p50 %8.1f ms  p99 %8.1f ms  (%d runs)%n", name, p50, p99, ms.size());
            rows.add(String.format(Locale.ROOT, "| saved query %s, in process | p50 %.1f ms, p99 %.1f ms |", name, p50, p99));
        }
    }

    private static String answer(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    static String firstPersonKey(KgStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().getUnionGraph().find(null,
                    org.apache.jena.vocabulary.RDF.type.asNode(), org.diplomacykg.map.Dip.Person);
            String uri = it.next().getSubject().getURI();
            return uri.substring(uri.indexOf("/person/") + "/person/".length());
        });
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /**
     * Requests per second, and CPU time per request spent outside the client threads (the server's
     * threads, plus GC and whatever else the JVM does meanwhile) over one measured interval.
     */
    record Measure(double perSecond, double cpuMicrosPerRequest) {
    }

    /**
     * {@value #CLIENTS} client threads, each with its own persistent HTTP/1.1 connection (the plain
     * socket client of {@link LoadTest}, light enough that the servers, not the client, dominate the
     * CPU), sending one request after another to one URL.
     */
    static final class Load implements AutoCloseable {
        private final String host;
        private final int port;
        private final String path;
        private final String accept;
        private final String url;
        private final LoadTest.Connection[] connections = new LoadTest.Connection[CLIENTS];
        private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

        Load(String url, String accept) {
            URI u = URI.create(url);
            this.url = url;
            this.host = u.getHost();
            this.port = u.getPort();
            this.path = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            this.accept = accept;
            for (int c = 0; c < CLIENTS; c++) {
                connections[c] = new LoadTest.Connection(host, port);
            }
        }

        Measure measure(double seconds) throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            List<Future<long[]>> done = new ArrayList<>();
            var threads = ManagementFactory.getThreadMXBean();
            for (LoadTest.Connection conn : connections) {
                done.add(pool.submit(() -> {
                    long clientCpu0 = threads.getCurrentThreadCpuTime();
                    long n = 0;
                    while (System.nanoTime() < end) {
                        int status = conn.get(path, accept).status();
                        if (status != 200) {
                            throw new IllegalStateException(url + " answered " + status);
                        }
                        n++;
                    }
                    return new long[] {n, threads.getCurrentThreadCpuTime() - clientCpu0};
                }));
            }
            long total = 0;
            long clientCpu = 0;
            for (Future<long[]> f : done) {
                long[] r = f.get();
                total += r[0];
                clientCpu += r[1];
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long cpu = os.getProcessCpuTime() - cpu0;
            return new Measure(total / elapsed, total == 0 ? Double.NaN : (cpu - clientCpu) / 1e3 / total);
        }

        @Override
        public void close() {
            pool.shutdownNow();
            for (LoadTest.Connection c : connections) {
                c.close();
            }
        }
    }
}
