package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start page is kept between requests, and a committed change to the store shows on the next one. */
class StartPageCacheTest {
    @TempDir
    Path dir;

    @Test
    void theStartPageFollowsAChangeToTheStore() throws Exception {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            List<Quad> seeds = Txn.calculateRead(SeedStore.shared().dataset(), () -> {
                List<Quad> all = new ArrayList<>();
                SeedStore.shared().dataset().find().forEachRemaining(all::add);
                return all;
            });
            Txn.executeWrite(store.dataset(), () -> seeds.forEach(store.dataset()::add));
            try (KgServer server = KgServer.start(store.dataset(), ServerOptions.of("127.0.0.1", 0, 30))) {
                String first = page(server);
                assertTrue(first.contains("href=\"/id/person/fumio-kishida\""), "people on the start page");
                assertEquals(first, page(server), "the same page while nothing changes");
                assertFalse(first.contains("Zebediah Testperson"));

                Node person = iris.of("person/zebediah-testperson");
                Txn.executeWrite(store.dataset(), () -> {
                    store.dataset().add(iris.reconciledGraph(), person, RDF.type.asNode(), Dip.Person);
                    store.dataset().add(iris.reconciledGraph(), person, RDFS.label.asNode(), NodeFactory.createLiteralString("Zebediah Testperson"));
                });
                String second = page(server);
                assertTrue(second.contains("href=\"/id/person/zebediah-testperson\"") && second.contains("Zebediah Testperson"),
                        "a person added after the first request is on the page");
                assertEquals(second, page(server.baseUrl() + "/index.html"), "/index.html is the same page");

                Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(Node.ANY, person, Node.ANY, Node.ANY));
                assertFalse(page(server).contains("Zebediah Testperson"), "and gone once removed");
            }
        }
    }

    private static String page(KgServer server) throws Exception {
        return page(server.baseUrl() + "/");
    }

    private static String page(String url) throws Exception {
        HttpResponse<String> r = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }
}
