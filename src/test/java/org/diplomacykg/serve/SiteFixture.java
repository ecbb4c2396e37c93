package org.diplomacykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;

/**
 * One real TDB2 store built once per test run from the seed articles plus one hostile article
 * (markup in its title and text), served read-only on a free port. Building takes seconds, so the
 * serve tests share it; tests that need other server options start their own server on it.
 */
final class SiteFixture {
    static final String HOSTILE_FILE = "900_hostile.txt";
    static final String HOSTILE = """
            Germany and France <script>alert('x')</script> sign energy pact

            BERLIN (Example Wire) — Germany and France signed an energy agreement "><img src=x onerror=alert(1)> in Berlin on Monday, March 4, 2024, the two governments said.

            The <b>pact</b> covers grid links and hydrogen pipelines.
            """;

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static KgStore store;
    private static KgServer server;
    private static Path dir;

    private SiteFixture() {
    }

    static synchronized KgStore store() {
        if (store == null) {
            try {
                dir = Files.createTempDirectory("kg-serve-test");
                Path input = Files.createDirectories(dir.resolve("input"));
                try (Stream<Path> seeds = Files.list(SeedStore.seeds())) {
                    for (Path p : seeds.toList()) {
                        Files.copy(p, input.resolve(p.getFileName()));
                    }
                }
                Files.writeString(input.resolve(HOSTILE_FILE), HOSTILE, StandardCharsets.UTF_8);
                store = KgStore.open(dir.resolve("store"));
                new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(input, store);
                addHostileLiterals(store);
                Runtime.getRuntime().addShutdownHook(new Thread(SiteFixture::cleanUp));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    static final String HOSTILE_ARTICLE = Iris.DEFAULT_BASE + "article/hostile";
    static final String HOSTILE_TEXT = "Officials said \"><img src=x onerror=alert(1)> and <script>alert('x')</script> then left.";

    /**
     * Ingest strips tags from article files, so markup reaches the graph mostly as plain text; this
     * graph puts raw markup into literals (title, text, evidence) the way a future input might.
     */
    private static void addHostileLiterals(KgStore s) {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        var g = org.apache.jena.graph.NodeFactory.createURI(Iris.DEFAULT_BASE + "graph/test-hostile");
        var a = org.apache.jena.graph.NodeFactory.createURI(HOSTILE_ARTICLE);
        var ev = iris.evidence("hostile", 0, HOSTILE_TEXT.length());
        var type = org.apache.jena.vocabulary.RDF.type.asNode();
        var label = org.apache.jena.vocabulary.RDFS.label.asNode();
        org.apache.jena.system.Txn.executeWrite(s.dataset(), () -> {
            var d = s.dataset();
            d.add(g, a, type, org.diplomacykg.map.Dip.NewsArticle);
            d.add(g, a, label, KgStore.literal("<script>alert('title')</script>\"><img src=x onerror=alert(2)>"));
            d.add(g, a, org.diplomacykg.map.Dip.Nif.isString, KgStore.literal(HOSTILE_TEXT));
            d.add(g, ev, org.diplomacykg.map.Dip.inArticle, a);
            d.add(g, ev, org.diplomacykg.map.Dip.Nif.beginIndex, org.apache.jena.graph.NodeFactory.createLiteralDT("0",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            d.add(g, ev, org.diplomacykg.map.Dip.Nif.endIndex, org.apache.jena.graph.NodeFactory.createLiteralDT(
                    Integer.toString(HOSTILE_TEXT.length()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            d.add(g, ev, org.diplomacykg.map.Dip.Nif.anchorOf, KgStore.literal(HOSTILE_TEXT));
        });
    }

    static synchronized KgServer server() {
        if (server == null) {
            server = KgServer.start(store().dataset(), options(0));
        }
        return server;
    }

    static ServerOptions options(int port) {
        return ServerOptions.of("127.0.0.1", port, 30).withQueries(Path.of("queries").toAbsolutePath());
    }

    /** Options of a server that takes writes from one user, {@code editor: s3cret}, whose password file is written into {@code dir}. */
    static ServerOptions writableOptions(Path dir) throws java.io.IOException {
        Path passwords = java.nio.file.Files.writeString(dir.resolve("users.properties"), "editor: s3cret\n");
        return options(0).withUpdate(true, passwords);
    }

    static String url(String path) {
        return server().baseUrl() + path;
    }

    /** The instance path ("agreement/…") of the first resource a SPARQL graph pattern binds to ?f. */
    static String path(String pattern) throws IOException, InterruptedException {
        String q = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> SELECT ?f WHERE { " + pattern + " } ORDER BY ?f LIMIT 1";
        String csv = get("/kg/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), "text/csv").body();
        String[] lines = csv.strip().split("\r?\n");
        if (lines.length < 2) {
            throw new AssertionError("nothing matches " + pattern);
        }
        return lines[1].strip().substring(Iris.DEFAULT_BASE.length());
    }

    /** Japan's equipment transfer to Malaysia in the seeds: the fact most tests look at. */
    static String malaysiaDeal() throws IOException, InterruptedException {
        return path("GRAPH ?g { ?f dip:recipient <" + Iris.DEFAULT_BASE + "country/MY> ; dip:sourceCount ?n }");
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void cleanUp() {
        try {
            if (server != null) {
                server.close();
            }
            store.close();
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a temp folder left behind is harmless
        }
    }
}
