package org.diplomacykg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Queries of a chosen size and shape, and the HTTP requests that send them to a test server. */
final class QueryRequests {
    private QueryRequests() {
    }

    /** {@code SELECT * { ?s ?p ?o FILTER(?o IN (item,item,…)) }} with as many items as fit in {@code bytes}. */
    static String inList(int bytes, String item) {
        String head = "SELECT * { ?s ?p ?o FILTER(?o IN (";
        String tail = ")) }";
        StringBuilder b = new StringBuilder(head).append(item);
        while (b.length() + 1 + item.length() + tail.length() <= bytes) {
            b.append(',').append(item);
        }
        return b.append(tail).toString();
    }

    /** The 3.9 MB query of the finding that motivated the size cap: a long list of distinct IRIs. */
    static String huge() {
        StringBuilder b = new StringBuilder("SELECT * { ?s ?p ?o FILTER(?o IN (");
        for (int i = 0; b.length() < 3_900_000; i++) {
            b.append(i == 0 ? "" : ",").append("<https://w3id.org/diplomacy-kg/id/x/").append(i).append('>');
        }
        return b.append(")) }").toString();
    }

    static HttpResponse<String> post(KgServer server, String query, String accept) throws IOException, InterruptedException {
        return SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", accept).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(KgServer server, String query, String accept) throws IOException, InterruptedException {
        return SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
