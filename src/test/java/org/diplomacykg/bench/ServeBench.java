package org.diplomacykg.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplomacykg.query.ParamBinder;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.store.KgStore;

/**
 * Query latency and HTTP throughput on a built store. usage: ServeBench STORE [RUNS]
 * <ul>
 * <li>the four contract queries and two heavy saved queries, in process: p50 and p99 latency;</li>
 * <li>/kg/sparql on one query through our server and through a bare FusekiServer over the same
 * store, same client, same concurrency: requests per second and the ratio;</li>
 * <li>a resource page and a saved query over HTTP on our server: requests per second.</li>
 * </ul>
 */
public final class ServeBench {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplomacy-kg/ontology#NewsArticle> }";

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (KgStore store = KgStore.open(storeDir)) {
            SavedQueries saved = new SavedQueries(Path.of("queries"));
            for (String name : List.of("people", "events", "agreements", "quotes", "gdelt-events", "facts-by-sources")) {
                SavedQuery q = saved.resolve(name);
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < Math.max(20, runs * 4); i++) {
                    long t0 = System.nanoTime();
                    new QueryRunner(120).run(q, ParamBinder.bind(q, Map.of()), store.dataset(), QueryRunner.Format.csv,
                            new ByteArrayOutputStream());
                    if (i >= 2) {
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                }
                ms.sort(Double::compare);
                System.out.printf("query %-17s p50 %8.1f ms  p99 %8.1f ms  (%d runs)%n", name, ms.get(ms.size() / 2),
                        ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.99) - 1)), ms.size());
            }
            KgServer ours = KgServer.start(store.dataset(), "127.0.0.1", 0, 60);
            FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", store.dataset(), false).build().start();
            try {
                String q = "/kg/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
                List<Double> oursRps = new ArrayList<>();
                List<Double> bareRps = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    // alternate who goes first, so JIT warm-up and noise favour neither
                    if (r % 2 == 0) {
                        oursRps.add(throughput(ours.baseUrl() + q, "text/csv"));
                        bareRps.add(throughput("http://127.0.0.1:" + bare.getHttpPort() + q, "text/csv"));
                    } else {
                        bareRps.add(throughput("http://127.0.0.1:" + bare.getHttpPort() + q, "text/csv"));
                        oursRps.add(throughput(ours.baseUrl() + q, "text/csv"));
                    }
                }
                double o = StoreWriteBench.median(oursRps);
                double b = StoreWriteBench.median(bareRps);
                System.out.printf("/kg/sparql: ours %.0f req/s, bare Fuseki %.0f req/s, ratio %.2f (medians of %d runs)%n", o, b, o / b, runs);
                List<Double> page = new ArrayList<>();
                List<Double> savedQ = new ArrayList<>();
                String person = ours.baseUrl() + "/id/person/" + firstPersonKey(store);
                for (int r = 0; r < runs; r++) {
                    page.add(throughput(person, "text/html"));
                    savedQ.add(throughput(ours.baseUrl() + "/queries/people?format=csv", "text/csv"));
                }
                System.out.printf("resource page %.0f req/s, saved query /queries/people %.0f req/s (medians)%n",
                        StoreWriteBench.median(page), StoreWriteBench.median(savedQ));
            } finally {
                ours.close();
                bare.stop();
            }
        }
    }

    static String firstPersonKey(KgStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().getUnionGraph().find(null,
                    org.apache.jena.vocabulary.RDF.type.asNode(), org.diplomacykg.map.Dip.Person);
            String uri = it.next().getSubject().getURI();
            return uri.substring(uri.indexOf("/person/") + "/person/".length());
        });
    }

    /** Requests per second over 2 seconds of warm-up-free load with 4 concurrent clients. */
    public static double throughput(String url, String accept) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
        for (int i = 0; i < 20; i++) {
            http.send(req, HttpResponse.BodyHandlers.discarding());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long end = System.nanoTime() + 2_000_000_000L;
        List<Future<Integer>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < 4; c++) {
            done.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(url + " answered " + r.statusCode());
                    }
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - t0) / 1e9);
    }
}
