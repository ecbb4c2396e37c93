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
 * usage: ServeBench STORE [RUNS] [SECONDS_PER_RUN] [--http-only]
 * <ul>
 * <li>the four contract queries and two heavy saved queries, in process: p50 and p99 latency
 * (skipped with {@code --http-only});</li>
 * <li>/kg/sparql on one query through our server and through a bare {@code FusekiServer} over the
 * same {@link DatasetGraph} (so the same union-default-graph setting, checked by comparing their
 * answers), same client, 4 concurrent clients: after a discarded warm-up, RUNS rounds of
 * SECONDS_PER_RUN on each, the order alternating every round; medians of requests per second, the
 * median of the per-round ratios, and process CPU per request;</li>
 * <li>a resource page and a saved query over HTTP on our server: requests per second.</li>
 * </ul>
 * Results are printed as text and again as Markdown table rows (lines starting {@code | }).
 */
public final class ServeBench {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplomacy-kg/ontology#NewsArticle> }";
    static final int CLIENTS = 4;
    static final int WARM_UP_ROUNDS = 6;

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean httpOnly = a.remove("--http-only");
        Path storeDir = Path.of(a.get(0));
        int runs = a.size() > 1 ? Integer.parseInt(a.get(1)) : 9;
        double seconds = a.size() > 2 ? Double.parseDouble(a.get(2)) : 5;
        List<String> rows = new ArrayList<>();
        try (KgStore store = KgStore.open(storeDir)) {
            if (!httpOnly) {
                queryLatencies(store, runs, rows);
            }
            DatasetGraph dsg = store.dataset();
            KgServer ours = KgServer.start(dsg, "127.0.0.1", 0, 60);
            // the same DatasetGraph object: its context carries the union-default-graph setting for both
            FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", dsg, false).build().start();
            try {
                String q = "/kg/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
                String oursUrl = ours.baseUrl() + q;
                String bareUrl = "http://127.0.0.1:" + bare.getHttpPort() + q;
                Object union = dsg.getContext().get(TDB2.symUnionDefaultGraph);
                String oursAnswer = answer(oursUrl);
                String bareAnswer = answer(bareUrl);
                if (!oursAnswer.equals(bareAnswer)) {
                    throw new IllegalStateException("the two servers answer differently, the comparison would be unfair: ours "
                            + oursAnswer + " bare " + bareAnswer);
                }
                System.out.printf("/kg/sparql comparison: same dataset, union default graph %s, both answer %s%n", union,
                        oursAnswer.strip().replaceAll("\\s+", " "));
                Load oursLoad = new Load(oursUrl, "text/csv");
                Load bareLoad = new Load(bareUrl, "text/csv");
                for (int r = 0; r < WARM_UP_ROUNDS; r++) {
                    oursLoad.measure(seconds);
                    bareLoad.measure(seconds);
                }
                List<Double> oursRps = new ArrayList<>();
                List<Double> bareRps = new ArrayList<>();
                List<Double> oursCpu = new ArrayList<>();
                List<Double> bareCpu = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    // alternate who goes first, so drift (JIT, other load on the machine) favours neither
                    Measure o;
                    Measure b;
                    if (r % 2 == 0) {
                        o = oursLoad.measure(seconds);
                        b = bareLoad.measure(seconds);
                    } else {
                        b = bareLoad.measure(seconds);
                        o = oursLoad.measure(seconds);
                    }
                    oursRps.add(o.perSecond());
                    bareRps.add(b.perSecond());
                    oursCpu.add(o.cpuMicrosPerRequest());
                    bareCpu.add(b.cpuMicrosPerRequest());
                    ratios.add(o.perSecond() / b.perSecond());
                    System.out.printf(Locale.ROOT, "  round %d: ours %.0f req/s (%.0f µs CPU/req), bare %.0f req/s (%.0f µs CPU/req), ratio %.2f%n",
                            r + 1, o.perSecond(), o.cpuMicrosPerRequest(), b.perSecond(), b.cpuMicrosPerRequest(), o.perSecond() / b.perSecond());
                }
                oursLoad.close();
                bareLoad.close();
                double om = median(oursRps);
                double bm = median(bareRps);
                double pr = median(ratios);
                System.out.printf(Locale.ROOT, "/kg/sparql: ours %.0f req/s, bare Fuseki %.0f req/s, ratio %.2f (medians of %d alternating %.0f s runs"
                                + " after %d warm-up rounds, %d clients); median per-round ratio %.2f (range %.2f–%.2f);"
                                + " process CPU per request ours %.0f µs, bare %.0f µs%n",
                        om, bm, om / bm, runs, seconds, WARM_UP_ROUNDS, CLIENTS, pr, Collections.min(ratios), Collections.max(ratios),
                        median(oursCpu), median(bareCpu));
                rows.add(String.format(Locale.ROOT, "| /kg/sparql throughput, ours vs bare Fuseki (same store, union default graph, %d clients,"
                                + " median of %d alternating %.0f s runs) | %.0f vs %.0f req/s, ratio %.2f (median per-round ratio %.2f) |",
                        CLIENTS, runs, seconds, om, bm, om / bm, pr));
                rows.add(String.format(Locale.ROOT, "| /kg/sparql process CPU per request, ours vs bare Fuseki | %.0f vs %.0f µs |",
                        median(oursCpu), median(bareCpu)));

                String person = ours.baseUrl() + "/id/person/" + firstPersonKey(store);
                String savedUrl = ours.baseUrl() + "/queries/people?format=csv";
                Load pageLoad = new Load(person, "text/html");
                Load savedLoad = new Load(savedUrl, "text/csv");
                pageLoad.measure(seconds);
                savedLoad.measure(seconds);
                List<Double> page = new ArrayList<>();
                List<Double> savedQ = new ArrayList<>();
                for (int r = 0; r < Math.max(3, runs / 2); r++) {
                    page.add(pageLoad.measure(seconds).perSecond());
                    savedQ.add(savedLoad.measure(seconds).perSecond());
                }
                pageLoad.close();
                savedLoad.close();
                System.out.printf(Locale.ROOT, "resource page %.0f req/s, saved query /queries/people %.1f req/s (medians of %d runs)%n",
                        median(page), median(savedQ), page.size());
                rows.add(String.format(Locale.ROOT, "| resource page throughput (%d clients) | %.0f req/s |", CLIENTS, median(page)));
                rows.add(String.format(Locale.ROOT, "| saved query /queries/people?format=csv throughput (%d clients) | %.1f req/s |",
                        CLIENTS, median(savedQ)));
            } finally {
                ours.close();
                bare.stop();
            }
        }
        rows.forEach(System.out::println);
    }

    private static void queryLatencies(KgStore store, int runs, List<String> rows) throws Exception {
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
