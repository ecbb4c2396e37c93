package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.diplomacykg.bench.LoadTest;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;

/**
 * 32 persistent connections for 5 seconds over the seed store, each looping over the start page, a
 * resource page, a saved query and a SPARQL query: the server answers every one of them (no
 * error, no refused or starved connection), and every kind of request gets answers.
 */
class LoadSmokeTest {
    static final int CONNECTIONS = 32;

    @Test
    void thirtyTwoConnectionsForFiveSecondsWithoutErrors() throws Exception {
        KgStore store = SeedStore.shared();
        try (KgServer server = KgServer.start(store.dataset(), ServerOptions.of("127.0.0.1", 0, 60))) {
            List<LoadTest.Kind> kinds = LoadTest.standardKinds(store.dataset(), Iris.DEFAULT_BASE, 20);
            LoadTest.Result r = LoadTest.run("127.0.0.1", server.port(), kinds, Duration.ofSeconds(5), CONNECTIONS);
            LoadTest.print(r, "seeds");
            assertEquals(List.of(), r.errorSamples(), "errors under load");
            assertEquals(0, r.errors());
            assertEquals(CONNECTIONS, r.connectionsAnswered(), "every connection got answers (none refused or starved by a cap)");
            for (LoadTest.KindResult k : r.kinds()) {
                assertTrue(k.requests() > 0 && k.errors() == 0, k.name() + ": " + k.requests() + " answers, " + k.errors() + " errors");
                assertTrue(k.bytes() > 0, k.name() + " answered with bodies");
            }
        }
    }

    /**
     * More persistent connections than the cap are not refused: they wait in the accept queue and are
     * answered once a connection closes (here: when the first clients stop). A client beyond the cap
     * can wait as long as the others keep their connections busy, which is why the default cap
     * (64) is well above the 32 connections of the load test.
     */
    @Test
    void connectionsBeyondTheCapWaitInsteadOfBeingRefused() throws Exception {
        KgStore store = SeedStore.shared();
        try (KgServer server = KgServer.start(store.dataset(), ServerOptions.of("127.0.0.1", 0, 60).withCaps(4, 500))) {
            List<LoadTest.Kind> kinds = LoadTest.standardKinds(store.dataset(), Iris.DEFAULT_BASE, 5);
            LoadTest.Result r = LoadTest.run("127.0.0.1", server.port(), kinds, Duration.ofSeconds(3), 12);
            LoadTest.print(r, "seeds, cap 4");
            assertEquals(List.of(), r.errorSamples(), "errors beyond the cap");
            assertEquals(12, r.connectionsAnswered(), "every connection got answers");
        }
    }
}
