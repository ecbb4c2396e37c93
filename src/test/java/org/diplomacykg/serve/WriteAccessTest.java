package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.diplomacykg.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need --allow-update and HTTP Basic credentials from the password file; reads stay anonymous. */
class WriteAccessTest {
    @TempDir
    static Path tmp;
    static KgServer writable;
    static final String GRAPH = "urn:x-test:write-access";

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("users.properties"), "# writers\neditor: s3cret\n");
        writable = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0).withUpdate(true, passwords));
    }

    @AfterAll
    static void stop() throws Exception {
        update("DROP SILENT GRAPH <" + GRAPH + ">", "editor", "s3cret");
        writable.close();
    }

    static HttpResponse<String> update(String sparql, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(writable.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return SiteFixture.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String count() throws Exception {
        return count("?o");
    }

    static String count(String object) throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + "> { ?s ?p " + object + " } }";
        return SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(writable.baseUrl() + "/kg/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString()).body().strip();
    }

    @Test
    void updateWithoutOrWithWrongCredentialsIsRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:a> <urn:x:b> \"refused\" } }";
        HttpResponse<String> anonymous = update(insert, null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, update(insert, "editor", "wrong").statusCode());
        assertTrue(count("\"refused\"").endsWith("\n0"), count("\"refused\""));
    }

    @Test
    void updateAndGraphStoreWritesWithCredentialsSucceedWhileReadsStayAnonymous() throws Exception {
        HttpResponse<String> ok = update("INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:a> <urn:x:b> \"accepted\" } }", "editor", "s3cret");
        assertEquals(200, ok.statusCode() / 100 * 100, ok.body());
        assertTrue(count("\"accepted\"").endsWith("\n1"), count());

        String gsp = writable.baseUrl() + "/kg/write?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8);
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(gsp)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> \"one\", \"two\" ."));
        assertEquals(401, SiteFixture.HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        put.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)));
        int status = SiteFixture.HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "PUT answered " + status);
        assertTrue(count().endsWith("\n2"), "PUT replaced the graph: " + count());

        // reads on the same server need no credentials
        assertEquals(200, SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(writable.baseUrl() + "/kg/data?graph="
                + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(writable.baseUrl() + "/id/country/JP")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theDefaultServerHasNoWriteEndpoints() throws Exception {
        HttpResponse<String> r = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(SiteFixture.url("/kg/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "update on a read-only server answered " + r.statusCode());
        HttpResponse<String> onQuery = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(SiteFixture.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(onQuery.statusCode() >= 400, "update on the query endpoint answered " + onQuery.statusCode());
    }

    @Test
    void refusesToStartWithUpdatesButNoPasswordFile() throws Exception {
        var e = assertThrows(IllegalArgumentException.class,
                () -> KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0).withUpdate(true, null)));
        assertTrue(e.getMessage().contains("--password-file"), e.getMessage());
        Path empty = Files.writeString(tmp.resolve("empty.properties"), "# nobody\n");
        assertThrows(IllegalArgumentException.class,
                () -> KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0).withUpdate(true, empty)));

        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(err, true), "serve", "--allow-update", "--store", tmp.resolve("never-built").toString(), "--port", "0");
        assertEquals(1, code);
        assertTrue(err.toString().contains("--password-file"), err.toString());
        assertTrue(!Files.exists(tmp.resolve("never-built")), "nothing is built or opened before refusing");
    }
}
