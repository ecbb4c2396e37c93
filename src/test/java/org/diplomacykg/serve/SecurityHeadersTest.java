package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of response carries the Content-Security-Policy (scripts from the site only, none
 * inline, no plugins, no framing), nosniff, a Referrer-Policy and X-Frame-Options: each servlet,
 * each endpoint, successes, 404s, errors, refusals, static files of the query editor, /$/ping,
 * and requests Jetty refuses before any handler sees them.
 * And no HTML page holds what that policy would refuse: inline script or event-handler attributes.
 */
class SecurityHeadersTest {
    @TempDir
    static Path tmp;
    static KgServer writable;

    @BeforeAll
    static void start() throws Exception {
        // one failed login is enough to see the refusal that follows it
        writable = KgServer.start(SiteFixture.store().dataset(),
                SiteFixture.writableOptions(tmp).withAuthFailuresPerMinute(1));
    }

    @AfterAll
    static void stop() {
        writable.close();
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(SiteFixture.url(path)));
    }

    static HttpRequest.Builder onWritable(String path) {
        return HttpRequest.newBuilder(URI.create(writable.baseUrl() + path));
    }

    static HttpRequest.BodyPublisher text(String s) {
        return HttpRequest.BodyPublishers.ofString(s);
    }

    @Test
    void everyResponseCarriesTheFourHeaders() throws Exception {
        String deal = "/id/" + SiteFixture.malaysiaDeal();
        String ui = SiteFixture.get("/ui/", null).body();
        String asset = ui.replaceFirst("(?s).*src=\"(/ui/static/[^\"]+)\".*", "$1");
        Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
        for (String path : List.of("/", "/index.html", "/search?q=Japan", "/queries", "/queries/people", "/queries/people?format=json",
                "/id/country/JP", deal, "/id/article/hostile", "/id/country/JP?format=ttl", "/id/no/such/thing", "/dumps/", "/dumps/kg.nt",
                "/.well-known/void", "/ontology", "/ontology?format=ttl", "/ui/", "/ui/favicon.ico", asset, "/ui/no-such-file.js",
                "/ui/server", "/ui/stats/kg", "/scripts/start.js", "/scripts/none.js", "/kg/sparql?query=ASK%7B%7D",
                "/kg/sparql?query=SELEC", "/kg/query?query=ASK%7B%7D", "/kg?query=ASK%7B%7D", "/kg/data?default",
                "/kg/get?graph=urn:x-test:none", "/no-such-page", "/$/ping", "/$/stats", "/$/server")) {
            requests.put("GET " + path, get(path));
        }
        requests.put("GET /%2e%2e/x (an ambiguous path Jetty refuses before any handler)", get("/%2e%2e/x"));
        requests.put("HEAD /dumps/kg.ttl.gz", get("/dumps/kg.ttl.gz").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        requests.put("POST /kg/sparql (a query)", get("/kg/sparql").header("Content-Type", "application/sparql-query").POST(text("ASK {}")));
        requests.put("POST /kg/update (read-only server)", get("/kg/update").header("Content-Type", "application/sparql-update").POST(text("CLEAR ALL")));
        requests.put("OPTIONS /kg/sparql (preflight granted)", get("/kg/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", CorsTest.EVIL).header("Access-Control-Request-Method", "POST"));
        requests.put("OPTIONS /kg/data (preflight refused)", get("/kg/data").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", CorsTest.EVIL).header("Access-Control-Request-Method", "PUT"));
        requests.put("GET /$/stats (needs login)", onWritable("/$/stats"));
        requests.put("POST /kg/update (cross-site)", onWritable("/kg/update").header("Origin", CorsTest.EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(text("update=CLEAR+ALL")));
        requests.put("POST /kg/update (no login)", onWritable("/kg/update").header("Content-Type", "application/sparql-update").POST(text("CLEAR SILENT GRAPH <urn:x-test:none>")));
        requests.put("POST /kg/update (wrong password)", onWritable("/kg/update").header("Authorization", CorsTest.basic("editor", "wrong"))
                .header("Content-Type", "application/sparql-update").POST(text("CLEAR SILENT GRAPH <urn:x-test:none>")));
        requests.put("POST /kg/update (throttled)", onWritable("/kg/update").header("Authorization", CorsTest.basic("editor", "wrong"))
                .header("Content-Type", "application/sparql-update").POST(text("CLEAR SILENT GRAPH <urn:x-test:none>")));

        List<String> missing = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Map.Entry<String, HttpRequest.Builder> e : requests.entrySet()) {
            HttpResponse<String> r = SiteFixture.HTTP.send(e.getValue().build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(r.statusCode());
            String problem = problems(r);
            if (!problem.isEmpty()) {
                missing.add(e.getKey() + " (" + r.statusCode() + "): " + problem);
            }
        }
        String malformed = malformedRequest();
        for (String h : List.of("Content-Security-Policy: ", "X-Content-Type-Options: nosniff", "Referrer-Policy: ", "X-Frame-Options: DENY")) {
            if (!malformed.contains("\r\n" + h)) {
                missing.add("a request line Jetty cannot parse: no " + h + " in " + malformed);
            }
        }
        assertEquals(List.of(), missing);
        for (int status : List.of(200, 204, 400, 401, 403, 404, 429)) {
            assertTrue(statuses.contains(status), "the list covers a " + status + " response: " + statuses);
        }
    }

    /** The head of the answer to a request with a broken header line, which HttpClient cannot send. */
    static String malformedRequest() throws IOException {
        try (Socket s = new Socket("127.0.0.1", SiteFixture.server().port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBroken header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            return answer.substring(0, answer.indexOf("\r\n\r\n") + 2);
        }
    }

    /** What is missing or wrong in a response's headers and, for HTML, its markup; "" when nothing is. */
    static String problems(HttpResponse<String> r) {
        List<String> p = new ArrayList<>();
        List<String> csp = r.headers().allValues("Content-Security-Policy");
        if (csp.size() != 1) {
            p.add(csp.size() + " Content-Security-Policy headers");
        } else {
            String policy = csp.get(0);
            String scripts = policy.replaceFirst("(?s).*script-src([^;]*).*", "$1");
            for (String d : List.of("script-src 'self'", "object-src 'none'", "base-uri ", "frame-ancestors 'none'")) {
                if (!policy.contains(d)) {
                    p.add("no " + d.strip());
                }
            }
            if (!policy.contains("script-src") || scripts.contains("unsafe") || scripts.contains("*") || scripts.contains("data:")) {
                p.add("script-src allows more than the site: " + scripts);
            }
        }
        if (!r.headers().allValues("X-Content-Type-Options").equals(List.of("nosniff"))) {
            p.add("X-Content-Type-Options " + r.headers().allValues("X-Content-Type-Options"));
        }
        if (r.headers().allValues("Referrer-Policy").size() != 1) {
            p.add("Referrer-Policy " + r.headers().allValues("Referrer-Policy"));
        }
        if (!r.headers().allValues("X-Frame-Options").equals(List.of("DENY"))) {
            p.add("X-Frame-Options " + r.headers().allValues("X-Frame-Options"));
        }
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            p.addAll(inlineScript(Jsoup.parse(r.body())));
        }
        return String.join("; ", p);
    }

    static List<String> inlineScript(Document page) {
        List<String> found = new ArrayList<>();
        for (Element s : page.select("script:not([src])")) {
            found.add("inline script " + s.outerHtml());
        }
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase().startsWith("on") || a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    found.add("script in an attribute: " + a);
                }
            }
        }
        return found;
    }
}
