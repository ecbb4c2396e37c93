package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuseki's own pages under /$/ (statistics, the server description) are the administrator's: they
 * need the update login, and a server without one does not serve them. /$/ping stays open, and
 * the query editor gets what it needs from the public, read-only /ui/server and /ui/stats/kg.
 */
class AdminPagesTest {
    static final List<String> ADMIN = List.of("/$/stats", "/$/stats/kg", "/$/server");

    @TempDir
    static Path tmp;
    static KgServer writable;

    @BeforeAll
    static void start() throws Exception {
        writable = KgServer.start(SiteFixture.store().dataset(), SiteFixture.writableOptions(tmp));
    }

    @AfterAll
    static void stop() {
        writable.close();
    }

    static HttpResponse<String> get(KgServer server, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return SiteFixture.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminPagesNeedTheLogin() throws Exception {
        for (String path : ADMIN) {
            HttpResponse<String> anonymous = get(writable, path, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
            assertFalse(anonymous.body().contains("\"version\""), path);
            HttpResponse<String> admin = get(writable, path, CorsTest.basic("editor", "s3cret"));
            assertEquals(200, admin.statusCode(), path);
            assertTrue(admin.body().contains("/kg"), path + ": " + admin.body());
        }
        assertTrue(get(writable, "/$/server", CorsTest.basic("editor", "s3cret")).body().contains("\"version\""));
        assertEquals(200, get(writable, "/$/ping", null).statusCode(), "ping stays open");
    }

    @Test
    void aServerWithoutLoginServesNoAdminPages() throws Exception {
        KgServer readOnly = SiteFixture.server();
        for (String path : ADMIN) {
            assertEquals(404, get(readOnly, path, null).statusCode(), path);
        }
        assertEquals(200, get(readOnly, "/$/ping", null).statusCode());
    }

    @Test
    void theEditorsDescriptionIsPublicAndNamesOnlyReadEndpoints() throws Exception {
        HttpResponse<String> server = get(writable, "/ui/server", null);
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("\"/kg\"") && server.body().contains("\"sparql\"") && server.body().contains("\"data\""), server.body());
        for (String hidden : List.of("\"update\"", "\"write\"", "\"version\"", "\"uptime\"")) {
            assertFalse(server.body().contains(hidden), hidden + " in " + server.body());
        }
        get(writable, "/kg/sparql?query=ASK%7B%7D", null);
        HttpResponse<String> stats = get(writable, "/ui/stats/kg", null);
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"sparql\"") && !stats.body().contains("\"update\""), stats.body());
        assertTrue(stats.body().matches("(?s).*\"sparql\" : \\{[^}]*\"Requests\" : [1-9].*"), "counts are the endpoint's own: " + stats.body());
        assertEquals(404, get(writable, "/ui/stats/other", null).statusCode());
    }
}
