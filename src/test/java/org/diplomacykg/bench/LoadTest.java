package org.diplomacykg.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.ServerOptions;
import org.diplomacykg.store.KgStore;

/**
 * A closed-loop HTTP load test of our server on loopback. usage: LoadTest STORE_DIR SECONDS CONNECTIONS
 * <p>
 * Starts {@link KgServer} (read-only, default caps and timeout, as {@code kg serve}) over the store,
 * opens CONNECTIONS persistent HTTP/1.1 connections (plain sockets, one thread each), and has each
 * loop for SECONDS over a mix of the start page, resource pages, a saved query as CSV and a SPARQL
 * query on {@code /kg/sparql}: send a request, read the whole answer, send the next. Any answer other
 * than a complete 200 with a body, and any I/O failure or 2-minute stall, is an error. Prints the
 * totals and p50/p99 latency per kind and overall, also as Markdown table rows ({@code | …}), and
 * exits 1 when there were errors.
 */
public final class LoadTest {
    /** Per-request read timeout: a request stalled this long counts as an error. */
    static final int READ_TIMEOUT_MS = 120_000;

    /** One kind of request; {@code paths} are used in turn. */
    public record Kind(String name, List<String> paths, String accept) {
        public Kind {
            if (paths.isEmpty()) {
                throw new IllegalArgumentException(name + ": no paths");
            }
            paths = List.copyOf(paths);
        }
    }

    public record KindResult(String name, long requests, long errors, long bytes, double p50Ms, double p99Ms, double maxMs) {
    }

    /**
     * @param connectionsAnswered how many of the connections got at least one 200
     * @param reconnects          connections reopened after the server closed one between requests
     */
    public record Result(int connections, double seconds, List<KindResult> kinds, KindResult overall,
                         int connectionsAnswered, long reconnects, List<String> errorSamples) {
        public long requests() {
            return overall.requests();
        }

        public long errors() {
            return overall.errors();
        }

        public double requestsPerSecond() {
            return overall.requests() / seconds;
        }
    }

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LoadTest STORE_DIR SECONDS CONNECTIONS");
            System.exit(2);
        }
        Path storeDir = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        Result r;
        try (KgStore store = KgStore.open(storeDir);
             KgServer server = KgServer.start(store.dataset(), ServerOptions.of("127.0.0.1", 0, 60))) {
            List<Kind> kinds = standardKinds(store.dataset(), Iris.DEFAULT_BASE, 100);
            // a short warm-up (JIT, caches), not counted
            run("127.0.0.1", server.port(), kinds, Duration.ofSeconds(Math.min(10, Math.max(1, seconds / 6))), Math.min(4, connections));
            r = run("127.0.0.1", server.port(), kinds, Duration.ofSeconds(seconds), connections);
        }
        print(r, storeDir.getFileName().toString());
        if (r.errors() > 0) {
            System.exit(1);
        }
    }

    /**
     * The mix: start page, resource pages of up to {@code people} people (in turn), the saved query
     * {@code people} as CSV, and a COUNT on {@code /kg/sparql}.
     */
    public static List<Kind> standardKinds(DatasetGraph dsg, String base, int people) {
        List<String> pages = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            var it = dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), Dip.Person);
            try {
                while (it.hasNext() && out.size() < people) {
                    Node s = it.next().getSubject();
                    if (s.isURI() && s.getURI().startsWith(base)) {
                        out.add("/id/" + s.getURI().substring(base.length()));
                    }
                }
            } finally {
                it.close();
            }
            return out;
        });
        if (pages.isEmpty()) {
            throw new IllegalStateException("no person under " + base + " in the store");
        }
        return List.of(
                new Kind("start page /", List.of("/"), "text/html"),
                new Kind("resource page /id/person/…", pages, "text/html"),
                new Kind("saved query /queries/people?format=csv", List.of("/queries/people?format=csv"), "text/csv"),
                new Kind("SPARQL COUNT on /kg/sparql", List.of("/kg/sparql?query=" + URLEncoder.encode(ServeBench.COUNT, StandardCharsets.UTF_8)),
                        "text/csv"));
    }

    /** Runs {@code connections} looping clients for {@code duration}; each starts at a different kind so the mix is even. */
    public static Result run(String host, int port, List<Kind> kinds, Duration duration, int connections) throws InterruptedException {
        int k = kinds.size();
        Recorder[] recorders = new Recorder[connections];
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        AtomicInteger errorSampleCount = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        Thread[] threads = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            Recorder rec = recorders[c] = new Recorder(k);
            int first = c;
            threads[c] = new Thread(() -> {
                try (Connection conn = new Connection(host, port)) {
                    ready.countDown();
                    go.await();
                    int[] nextPath = new int[k];
                    for (int i = first; System.nanoTime() < deadline[0]; i++) {
                        int kind = i % k;
                        Kind kd = kinds.get(kind);
                        String path = kd.paths().get(nextPath[kind]++ % kd.paths().size());
                        long t0 = System.nanoTime();
                        String failure;
                        try {
                            Connection.Answer a = conn.get(path, kd.accept());
                            failure = a.status() != 200 ? "HTTP " + a.status()
                                    : a.bytes() == 0 ? "empty body" : null;
                            rec.bytes[kind] += a.bytes();
                        } catch (IOException e) {
                            failure = e.toString();
                            conn.close();
                        }
                        rec.add(kind, System.nanoTime() - t0, failure != null);
                        if (failure != null && errorSampleCount.incrementAndGet() <= 20) {
                            errorSamples.add(kd.name() + " " + path + ": " + failure);
                        }
                    }
                    rec.reconnects = conn.reconnects;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load-" + c);
            threads[c].start();
        }
        ready.await();
        long t0 = System.nanoTime();
        deadline[0] = t0 + duration.toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<KindResult> perKind = new ArrayList<>();
        LongList all = new LongList();
        long allErrors = 0;
        long allBytes = 0;
        for (int i = 0; i < k; i++) {
            LongList l = new LongList();
            long errors = 0;
            long bytes = 0;
            for (Recorder r : recorders) {
                l.addAll(r.latencies[i]);
                errors += r.errors[i];
                bytes += r.bytes[i];
            }
            all.addAll(l);
            allErrors += errors;
            allBytes += bytes;
            perKind.add(summary(kinds.get(i).name(), l, errors, bytes));
        }
        int answered = 0;
        long reconnects = 0;
        for (Recorder r : recorders) {
            answered += r.ok > 0 ? 1 : 0;
            reconnects += r.reconnects;
        }
        return new Result(connections, seconds, perKind, summary("all", all, allErrors, allBytes), answered, reconnects,
                List.copyOf(errorSamples));
    }

    private static KindResult summary(String name, LongList l, long errors, long bytes) {
        long[] v = l.sorted();
        return new KindResult(name, v.length, errors, bytes, percentile(v, 0.50), percentile(v, 0.99),
                v.length == 0 ? Double.NaN : v[v.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public static void print(Result r, String storeName) {
        System.out.printf(Locale.ROOT, "load test: %.1f s, %d connections (%d answered), %d requests (%.1f req/s), %d errors, %d reconnects%n",
                r.seconds(), r.connections(), r.connectionsAnswered(), r.requests(), r.requestsPerSecond(), r.errors(), r.reconnects());
        for (KindResult k : r.kinds()) {
            System.out.printf(Locale.ROOT, "  %-40s %7d requests %4d errors  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  %6.1f KB/answer%n",
                    k.name(), k.requests(), k.errors(), k.p50Ms(), k.p99Ms(), k.maxMs(), k.requests() == 0 ? 0 : k.bytes() / 1024.0 / k.requests());
        }
        KindResult o = r.overall();
        System.out.printf(Locale.ROOT, "  %-40s %7d requests %4d errors  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms%n",
                "overall", o.requests(), o.errors(), o.p50Ms(), o.p99Ms(), o.maxMs());
        for (String e : r.errorSamples()) {
            System.out.println("  error: " + e);
        }
        String where = storeName == null ? "" : ", store " + storeName;
        System.out.printf(Locale.ROOT, "| load test, %.0f s, %d connections on loopback%s | %d requests (%.1f req/s), %d errors, %d reconnects |%n",
                r.seconds(), r.connections(), where, r.requests(), r.requestsPerSecond(), r.errors(), r.reconnects());
        for (KindResult k : r.kinds()) {
            System.out.printf(Locale.ROOT, "| load: %s | %d requests, %d errors, p50 %.1f ms, p99 %.1f ms |%n",
                    k.name(), k.requests(), k.errors(), k.p50Ms(), k.p99Ms());
        }
        System.out.printf(Locale.ROOT, "| load: overall | %d requests, %d errors, p50 %.1f ms, p99 %.1f ms |%n",
                o.requests(), o.errors(), o.p50Ms(), o.p99Ms());
    }

    /** What one connection's thread measured, per kind. */
    private static final class Recorder {
        final LongList[] latencies;
        final long[] errors;
        final long[] bytes;
        long ok;
        long reconnects;

        Recorder(int kinds) {
            latencies = new LongList[kinds];
            for (int i = 0; i < kinds; i++) {
                latencies[i] = new LongList();
            }
            errors = new long[kinds];
            bytes = new long[kinds];
        }

        void add(int kind, long nanos, boolean error) {
            latencies[kind].add(nanos);
            if (error) {
                errors[kind]++;
            } else {
                ok++;
            }
        }
    }

    private static final class LongList {
        long[] v = new long[1024];
        int n;

        void add(long x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }

        void addAll(LongList o) {
            for (int i = 0; i < o.n; i++) {
                add(o.v[i]);
            }
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(v, n);
            Arrays.sort(s);
            return s;
        }
    }

    /**
     * One persistent HTTP/1.1 connection: GET, read the whole answer (Content-Length, chunked, or to
     * the end when the server closes), keep the connection for the next request unless the server
     * said {@code Connection: close}. A request on a reused connection that the server had already
     * closed (no byte of an answer came back) is sent once more on a new connection, as HTTP
     * clients do for idempotent requests.
     */
    static final class Connection implements Closeable {
        record Answer(int status, long bytes) {
        }

        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private int used;
        long reconnects;

        Connection(String host, int port) {
            this.host = host;
            this.port = port;
        }

        Answer get(String path, String accept) throws IOException {
            boolean reused = socket != null && used > 0;
            try {
                return exchange(path, accept);
            } catch (StaleConnection e) {
                if (!reused) {
                    throw new IOException("connection closed before an answer", e);
                }
                close();
                reconnects++;
                return exchange(path, accept);
            }
        }

        private Answer exchange(String path, String accept) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(READ_TIMEOUT_MS);
                socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MS);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
                used = 0;
            }
            used++;
            String statusLine;
            try {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: " + accept
                        + "\r\nUser-Agent: diplomacy-kg-loadtest\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                statusLine = line(true);
            } catch (EOFException | SocketException e) {
                // closed or reset by the server before any answer (a read timeout is not this: it is an error)
                throw new StaleConnection(e);
            }
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = statusLine.startsWith("HTTP/1.0");
            for (String h = line(false); !h.isEmpty(); h = line(false)) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
                    default -> {
                    }
                }
            }
            long bytes;
            if (chunked) {
                bytes = 0;
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    bytes += size;
                    if (!line(false).isEmpty()) {
                        throw new IOException("bad chunk end");
                    }
                }
                while (!line(false).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
                bytes = length;
            } else {
                bytes = 0;
                byte[] buf = new byte[16 * 1024];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    bytes += n;
                }
                close = true;
            }
            if (close) {
                close();
            }
            return new Answer(status, bytes);
        }

        private long chunkSize() throws IOException {
            String l = line(false);
            int semi = l.indexOf(';');
            return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long s = in.skip(n);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("answer cut short");
                    }
                    s = 1;
                }
                n -= s;
            }
        }

        /** A line without its CRLF; at the end of the stream an EOFException. */
        private String line(boolean first) throws IOException {
            StringBuilder b = new StringBuilder(first ? 32 : 64);
            for (int c = in.read(); ; c = in.read()) {
                if (c < 0) {
                    throw new EOFException(first ? "connection closed" : "answer cut short");
                }
                if (c == '\n') {
                    int len = b.length();
                    if (len > 0 && b.charAt(len - 1) == '\r') {
                        b.setLength(len - 1);
                    }
                    return b.toString();
                }
                b.append((char) c);
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
                socket = null;
            }
        }

        private static final class StaleConnection extends IOException {
            StaleConnection(IOException cause) {
                super(cause);
            }
        }
    }
}
