package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.dump.DumpFormat;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /dumps/ and /.well-known/void over real HTTP, against the seeds served on a free port. */
class DumpAndVoidHttpTest {

    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SeedStore.shared();
        server = KgServer.start(store.dataset(), "127.0.0.1", 0, 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void indexListsEveryFormatAndItsGzip() throws Exception {
        var r = get("/dumps/");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        for (DumpFormat f : DumpFormat.values()) {
            assertTrue(html.contains("href=\"" + f.fileName(false) + "\"") && html.contains("href=\"" + f.fileName(true) + "\""), f.name());
        }
        assertTrue(html.contains("/.well-known/void"));
    }

    @Test
    void everyDownloadHasItsTypeAndReadsBackToTheStore() throws Exception {
        long quads = store.size();
        long triples = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
        for (DumpFormat f : DumpFormat.values()) {
            for (boolean gz : new boolean[] {false, true}) {
                var r = get("/dumps/" + f.fileName(gz));
                assertEquals(200, r.statusCode(), f.fileName(gz));
                assertTrue(header(r, "Content-Type").startsWith(gz ? "application/gzip" : f.mediaType()), header(r, "Content-Type"));
                assertTrue(!header(r, "ETag").isEmpty() && !header(r, "Last-Modified").isEmpty());
                InputStream in = new ByteArrayInputStream(r.body());
                if (gz) {
                    in = new GZIPInputStream(in);
                }
                Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(f.mediaType());
                if (f.keepsGraphs()) {
                    DatasetGraph back = DatasetGraphFactory.create();
                    RDFParser.source(in).lang(lang).parse(back);
                    assertEquals(quads, org.apache.jena.atlas.iterator.Iter.count(back.find()), f.fileName(gz));
                } else {
                    Graph back = GraphFactory.createDefaultGraph();
                    RDFParser.source(in).lang(lang).parse(back);
                    assertEquals(triples, back.size(), f.fileName(gz));
                }
            }
        }
    }

    @Test
    void revalidationAnswers304UntilTheBuildChanges() throws Exception {
        var first = get("/dumps/kg.nq.gz");
        String etag = header(first, "ETag");
        assertEquals(304, get("/dumps/kg.nq.gz", "If-None-Match", etag).statusCode());
        assertEquals(304, get("/dumps/kg.nq.gz", "If-Modified-Since", header(first, "Last-Modified")).statusCode());
        assertEquals(200, get("/dumps/kg.nq.gz", "If-None-Match", "\"another-build\"").statusCode());
        assertTrue(!etag.equals(header(get("/dumps/kg.nq"), "ETag")), "each file has its own ETag");
        String digest = BuildStamp.of(store.dataset()).digest();
        assertTrue(etag.contains(digest.substring(0, 16)), "the ETag names the build's input digest: " + etag);
    }

    @Test
    void oneNamedGraphAndUnknownFiles() throws Exception {
        Node g = new Iris(Iris.DEFAULT_BASE).reconciledGraph();
        var r = get("/dumps/kg.ttl?graph=" + URLEncoder.encode(g.getURI(), StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(back);
        assertTrue(Txn.calculateRead(store.dataset(), () -> back.isIsomorphicWith(store.dataset().getGraph(g))));
        assertEquals(404, get("/dumps/kg.nq?graph=" + URLEncoder.encode("https://example.org/none", StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, get("/dumps/kg.exe").statusCode());
        var head = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dumps/kg.trig"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertTrue(header(head, "Content-Type").startsWith("application/trig"));
    }

    @Test
    void wellKnownVoidMatchesTheStoreInEveryFormat() throws Exception {
        Node meta = new Iris(Iris.DEFAULT_BASE).metaGraph();
        long stored = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(meta).size());
        Node ds = NodeFactory.createURI(VoidDescription_IRI);
        Node triples = NodeFactory.createURI("http://rdfs.org/ns/void#triples");
        long union = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
        String[][] types = {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDFXML"},
                {"application/n-triples", "NT"}};
        for (String[] t : types) {
            var r = get("/.well-known/void", "Accept", t[0]);
            assertEquals(200, r.statusCode(), t[0]);
            assertTrue(header(r, "Content-Type").startsWith(t[0]), header(r, "Content-Type"));
            assertTrue(header(r, "Vary").contains("Accept"));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(org.apache.jena.riot.RDFLanguages.contentTypeToLang(t[0])).parse(g);
            assertEquals(stored, g.size(), t[0] + ": the description served is the meta graph, whole");
            long n = Long.parseLong(g.find(ds, triples, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(union, n, "void:triples equals the store's triple count");
            assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"),
                    NodeFactory.createURI(server.baseUrl() + "/kg/sparql")), "the endpoint link points at this server");
        }
        assertEquals(406, get("/.well-known/void", "Accept", "image/png").statusCode());
        var dumpLink = get("/.well-known/void?format=nt");
        String nt = new String(dumpLink.body(), StandardCharsets.UTF_8);
        assertTrue(nt.contains("<" + server.baseUrl() + "/dumps/kg.nq.gz>"), "links to the dumps");
        assertEquals(200, get("/dumps/kg.nq.gz").statusCode());
    }

    static final String VoidDescription_IRI = org.diplomacykg.describe.VoidDescription.datasetIri(Iris.DEFAULT_BASE);
}
