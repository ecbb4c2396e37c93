package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password guessing over real HTTP: after five failed logins in a minute from one address, the
 * sixth attempt is refused (429, Retry-After) before its password is checked, so even the right
 * password is refused from there until the window passes, while another address logs in. An
 * unknown user and a wrong password get the same answer, and the log names the address, not the
 * password. (LoginThrottleWindowTest moves the clock past the window.)
 */
class LoginThrottleTest {
    static final String GRAPH = "urn:x-test:throttle";

    @TempDir
    static Path tmp;
    static KgServer server;

    @BeforeAll
    static void start() throws Exception {
        server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.writableOptions(tmp).withAuthFailuresPerMinute(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> insert(String user, String password, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:a> <urn:x:b> \"" + value + "\" } }"));
        if (user != null) {
            b.header("Authorization", CorsTest.basic(user, password));
        }
        return SiteFixture.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Status, headers but the date, and body: what could tell one refusal from another. */
    static String answer(HttpResponse<String> r) {
        Map<String, Object> headers = new TreeMap<>(r.headers().map());
        headers.remove("date");
        return r.statusCode() + " " + headers + "\n" + r.body();
    }

    @Test
    void theSixthFailedLoginInAMinuteIsRefusedBeforeItsPasswordIsChecked() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        HttpResponse<String> unknownUser;
        HttpResponse<String> wrongPassword;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            unknownUser = insert("nobody", "guess-1", "x");
            wrongPassword = insert("editor", "guess-2", "x");
            for (int i = 3; i <= 5; i++) {
                assertEquals(401, insert("editor", "guess-" + i, "x").statusCode(), "failure " + i);
            }
        } finally {
            System.setErr(err);
        }
        assertEquals(401, unknownUser.statusCode());
        assertEquals(answer(unknownUser), answer(wrongPassword), "an unknown user and a wrong password must look alike");
        assertEquals("close", wrongPassword.headers().firstValue("Connection").orElse(""), "each guess costs a connection");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("failed login from 127.0.0.1") && logged.contains("5 of 5"), logged);
        assertFalse(logged.contains("guess-"), "a password reached the log: " + logged);

        HttpResponse<String> sixth = insert("editor", "guess-6", "x");
        assertEquals(429, sixth.statusCode(), sixth.body());
        int retry = Integer.parseInt(sixth.headers().firstValue("Retry-After").orElse("-1"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);

        HttpResponse<String> right = insert("editor", "s3cret", "refused");
        assertEquals(429, right.statusCode(), "the right password is not even checked from a refused address");
        assertEquals(200, SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql?query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "anonymous reads from the same address go on");

        // another address (the whole of 127/8 is this host) logs in while 127.0.0.1 waits
        String other = rawInsert("127.0.0.2", "editor", "s3cret", "from-elsewhere");
        assertTrue(other.startsWith("HTTP/1.1 2"), other);
        assertEquals(429, insert("editor", "s3cret", "still-refused").statusCode());
        assertTrue(CorsTest.triplesIn(server, GRAPH).endsWith("\n1"), "only the other address wrote: " + CorsTest.triplesIn(server, GRAPH));
    }

    /** One HTTP/1.1 request over a socket bound to {@code from}: HttpClient on Java 17 cannot choose its source address. */
    static String rawInsert(String from, String user, String password, String value) throws IOException {
        byte[] body = ("INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:a> <urn:x:b> \"" + value + "\" } }").getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            try {
                s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            } catch (IOException e) {
                Assumptions.abort("cannot send from " + from + " on this machine: " + e.getMessage());
            }
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/update HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nAuthorization: " + CorsTest.basic(user, password)
                    + "\r\nContent-Type: application/sparql-update\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
