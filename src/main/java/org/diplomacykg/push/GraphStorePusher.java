package org.diplomacykg.push;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Sends every named graph of the store to a SPARQL 1.1 Graph Store Protocol endpoint (a remote
 * Fuseki, GraphDB, Virtuoso …) with {@code PUT ?graph=IRI}, one request per graph. Each body is
 * N-Triples written while it is sent, through a pipe, so no graph is ever held whole in memory.
 */
public final class GraphStorePusher {
    public record Pushed(Node graph, long triples, int status) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final String endpoint;
    private final String authorization;

    public GraphStorePusher(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public List<Pushed> push(DatasetGraph dsg) {
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
        List<Pushed> out = new ArrayList<>();
        for (Node g : graphs) {
            out.add(pushGraph(dsg, g));
        }
        return out;
    }

    private Pushed pushGraph(DatasetGraph dsg, Node graph) {
        PipedInputStream body = new PipedInputStream(1 << 16);
        long[] count = new long[1];
        CompletableFuture<Void> writer;
        try {
            PipedOutputStream pipe = new PipedOutputStream(body);
            writer = CompletableFuture.runAsync(() -> write(dsg, graph, pipe, count));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "graph="
                + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            writer.join();
            if (r.statusCode() >= 300) {
                throw new PushException(url + " answered " + r.statusCode() + ": " + firstLine(r.body()));
            }
            return new Pushed(graph, count[0], r.statusCode());
        } catch (IOException e) {
            throw new PushException(endpoint + ": cannot send graph " + graph.getURI() + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException("interrupted while pushing " + graph.getURI());
        }
    }

    private static void write(DatasetGraph dsg, Node graph, OutputStream pipe, long[] count) {
        Txn.executeRead(dsg, () -> {
            try (OutputStream out = pipe) {
                StringBuilder line = new StringBuilder(256);
                var it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    var q = it.next();
                    line.setLength(0);
                    line.append(NodeFmtLib.strNT(q.getSubject())).append(' ')
                            .append(NodeFmtLib.strNT(q.getPredicate())).append(' ')
                            .append(NodeFmtLib.strNT(q.getObject())).append(" .\n");
                    out.write(line.toString().getBytes(StandardCharsets.UTF_8));
                    count[0]++;
                }
            } catch (IOException e) {
                // the receiver closed the connection; its status code says why
            }
        });
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** A push that the remote refused or that could not be sent. */
    public static class PushException extends RuntimeException {
        public PushException(String message) {
            super(message);
        }
    }
}
