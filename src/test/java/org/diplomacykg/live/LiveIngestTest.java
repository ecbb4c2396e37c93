package org.diplomacykg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.diplomacykg.map.Iris;
import org.diplomacykg.pipeline.GraphBuilder;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.ServerOptions;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New articles go into a served store while it serves: a real TDB2 store of the seeds, a real
 * server on a free port, real files dropped into a watched folder or built on request by
 * {@code POST /kg/build}, everything checked over real HTTP. A reader keeps querying throughout
 * and must only ever see whole versions.
 */
class LiveIngestTest {
    /** A meeting and a quotation, written for this test (not from the seeds). */
    static final String OSLO = """
            Norway and Indonesia agree to deepen maritime cooperation

            OSLO (Nordic Wire) — Norwegian Foreign Minister Espen Barth Eide met Indonesian Foreign Minister Retno Marsudi in Oslo on Tuesday, March 12, 2024, to discuss ocean management and renewable energy.

            "We share a responsibility for the health of the oceans, and today we agreed to work more closely on it," Eide told reporters after the meeting.

            The two ministers also discussed fisheries and the energy transition, the Norwegian foreign ministry said in a statement.
            """;
    static final String NAIROBI = """
            Kenya and Chile pledge closer trade ties after talks in Nairobi

            NAIROBI (Savanna Press) — Kenyan President William Ruto held talks with Chilean President Gabriel Boric in Nairobi on Thursday, May 16, 2024, focusing on trade, mining and climate finance.

            "Africa and Latin America can build new supply chains together," Boric said at a joint news conference.

            Ruto said the two countries would open direct flights next year.
            """;
    /** Binary junk with NUL bytes: a bad article. */
    static final byte[] JUNK = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0x01, (byte) 0xff, (byte) 0xfe, 0x7f};

    static final String PREFIX = "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    /** In one query, so in one read transaction: what the build says it holds, against what is there. */
    static final String VERSION = PREFIX + "SELECT ?digest ?declared (COUNT(DISTINCT ?a) AS ?articles) WHERE {"
            + " GRAPH ?meta { ?b dip:inputDigest ?digest ; dip:articleCount ?declared } ?a a dip:NewsArticle } GROUP BY ?digest ?declared";
    /** The new articles' meetings (by a participant's name) and quotations (by their words). */
    static final String NEW_FACTS = PREFIX + "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {"
            + " { ?f a ?c ; dip:participant/rdfs:label ?who . ?c rdfs:subClassOf+ dip:Event FILTER(?who IN (\"Retno Marsudi\", \"Gabriel Boric\")) }"
            + " UNION { ?f a dip:Quotation ; dip:text ?t FILTER(CONTAINS(?t, \"health of the oceans\") || CONTAINS(?t, \"supply chains\")) } }";

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    /** One builder for the test run, as in a server: the models load once. */
    static GraphBuilder builder;
    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;
    KgStore store;
    Path watched;
    KgServer server;
    LiveBuilder live;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The seeds built once; each test serves a copy of its own, facts cache included. */
    @BeforeAll
    static void buildSeeds() {
        builder = new GraphBuilder(IRIS);
        template = shared.resolve("store");
        try (KgStore s = KgStore.open(template)) {
            builder.build(SeedStore.seeds(), s);
        }
    }

    @BeforeEach
    void copyStore() throws IOException {
        Path copy = copyOfTemplate(dir.resolve("store"));
        store = KgStore.open(copy);
        watched = Files.createDirectories(dir.resolve("watched"));
        live = new LiveBuilder(builder, store, List.of(SeedStore.seeds()), watched,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Path copyOfTemplate(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        live.close();
        store.close();
    }

    @Test
    void filesDroppedIntoTheWatchedFolderAreServedWithinSecondsWhileReadersSeeOnlyWholeVersions() throws Exception {
        server = KgServer.start(store.dataset(), options(), org.diplomacykg.serve.limits.ResultCaps.DEFAULT, live::onRequest);
        String before = versionRow();
        BuiltVersion v0 = BuiltVersion.of(store, IRIS);
        assertEquals(v0.digest() + "," + v0.articles() + "," + v0.articles(), before, "a whole version: the build's count is what is there");
        assertEquals(0, newFacts());
        String startBefore = get("/").body();
        assertFalse(startBefore.contains("Kenya and Chile"), "the start page (now cached) has no new article yet");
        String voidTag = get("/.well-known/void").headers().firstValue("ETag").orElseThrow();
        String dumpTag = get("/dumps/kg.nq").headers().firstValue("ETag").orElseThrow();

        Reader reader = new Reader();
        reader.start();
        live.watch(LiveBuilder.POLL);
        long t0 = System.nanoTime();
        Files.writeString(watched.resolve("lv_oslo.txt"), OSLO, StandardCharsets.UTF_8);
        Files.writeString(watched.resolve("lv_nairobi.txt"), NAIROBI, StandardCharsets.UTF_8);
        Files.write(watched.resolve("lv_broken.txt"), JUNK);
        long visibleMillis = -1;
        while (System.nanoTime() - t0 < 30_000_000_000L) {
            if (newFacts() == 4) {
                visibleMillis = (System.nanoTime() - t0) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(300); // a few reads of the new version too
        reader.halt();
        System.out.println("live ingest: facts visible " + visibleMillis + " ms after the drop; reader made " + reader.reads.get()
                + " reads, saw versions " + reader.seen + "; " + out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(visibleMillis >= 0, "the new articles' two meetings and two quotations were not found within 30 s; server said: " + out + err);

        assertEquals(List.of(), reader.errors, "reads failed while the build ran");
        assertEquals(List.of(), reader.mixed, "a reader saw a version that was not whole");
        assertEquals(2, reader.seen.size(), "the reader saw the old version and the new one: " + reader.seen);

        BuiltVersion v1 = BuiltVersion.of(store, IRIS);
        assertNotEquals(v0.digest(), v1.digest());
        assertEquals(7, v1.articles(), "the five seeds and the two good articles");
        assertEquals(v1.digest() + ",7,7", versionRow());
        assertFalse(ask("?a dip:fileName \"lv_broken.txt\""), "the bad file is not in the graph");
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("lv_broken.txt") && said.contains("binary file"), "the bad file is named with its problem: " + said);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("live build: 3 file(s) added, 0 changed, 0 removed; 1 bad file(s) left out; 7 articles"),
                out.toString(StandardCharsets.UTF_8));

        // what the site derives from the store follows the new version
        String startAfter = get("/").body();
        assertTrue(startAfter.contains("Kenya and Chile pledge closer trade ties") && startAfter.contains("Norway and Indonesia agree"),
                "the start page lists the new articles");
        HttpResponse<String> voidNow = get("/.well-known/void");
        assertNotEquals(voidTag, voidNow.headers().firstValue("ETag").orElseThrow());
        assertTrue(voidNow.body().contains(v1.digest()) && !voidNow.body().contains(v0.digest()), "VoID describes the new build");
        HttpResponse<String> dump = get("/dumps/kg.nq");
        assertNotEquals(dumpTag, dump.headers().firstValue("ETag").orElseThrow());
        assertTrue(dump.body().contains("supply chains together") && dump.body().contains(v1.digest()), "the dump is of the new build");
    }

    @Test
    void postKgBuildNeedsTheWritersLoginAndAnswersWithTheReport() throws Exception {
        Path passwords = Files.writeString(dir.resolve("users.properties"), "editor: s3cret\n");
        server = KgServer.start(store.dataset(), options().withUpdate(true, passwords), org.diplomacykg.serve.limits.ResultCaps.DEFAULT, live::onRequest);
        Files.writeString(watched.resolve("lv_nairobi.txt"), NAIROBI, StandardCharsets.UTF_8);
        Files.write(watched.resolve("lv_broken.txt"), JUNK);

        HttpResponse<String> anonymous = post(null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, post("editor:wrong").statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(uri("/kg/build")).header("Authorization", basic("editor:s3cret")).GET()).statusCode());
        assertEquals(5, BuiltVersion.of(store, IRIS).articles(), "nothing was built for them");
        assertEquals(0, newFacts());

        HttpResponse<String> built = post("editor:s3cret");
        assertEquals(200, built.statusCode(), built.body());
        assertTrue(built.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject r = JSON.parse(built.body());
        assertEquals("built", r.getString("status"));
        assertEquals(List.of("lv_broken.txt", "lv_nairobi.txt"), strings(r.getObj("files").get("added").getAsArray()));
        JsonObject failure = r.get("failures").getAsArray().get(0).getAsObject();
        assertEquals(1, r.get("failures").getAsArray().size());
        assertEquals("lv_broken.txt", failure.getString("file"));
        assertTrue(failure.getString("reason").startsWith("binary file"), failure.toString());
        assertFalse(built.body().contains(watched.toString()), "the server's folders are not shown to clients");
        assertEquals(6, r.getObj("articles").get("total").getAsNumber().value().intValue());
        assertEquals(1, r.getObj("articles").get("extracted").getAsNumber().value().intValue(), "only the new article is extracted");
        BuiltVersion v1 = BuiltVersion.of(store, IRIS);
        assertEquals(v1.digest(), r.getObj("version").getString("digest"));
        assertEquals(v1.builtAt().toString(), r.getObj("version").getString("builtAt"));
        assertEquals(2, newFacts(), "Boric's meeting and quotation");

        JsonObject again = JSON.parse(post("editor:s3cret").body());
        assertEquals("up to date", again.getString("status"));
        assertEquals(v1, BuiltVersion.of(store, IRIS), "nothing was written");

        Files.delete(watched.resolve("lv_nairobi.txt"));
        JsonObject removed = JSON.parse(post("editor:s3cret").body());
        assertEquals(List.of("lv_nairobi.txt"), strings(removed.getObj("files").get("removed").getAsArray()));
        assertEquals(5, BuiltVersion.of(store, IRIS).articles());
        assertEquals(0, newFacts(), "a removed file leaves the graph");
    }

    @Test
    void aBuildThatFailsAsAWholeAnswers500AndTheServedVersionStays() throws Exception {
        Path passwords = Files.writeString(dir.resolve("users.properties"), "editor: s3cret\n");
        server = KgServer.start(store.dataset(), options().withUpdate(true, passwords), org.diplomacykg.serve.limits.ResultCaps.DEFAULT, live::onRequest);
        BuiltVersion before = BuiltVersion.of(store, IRIS);
        Files.delete(watched);
        HttpResponse<String> failed = post("editor:s3cret");
        assertEquals(500, failed.statusCode(), failed.body());
        JsonObject r = JSON.parse(failed.body());
        assertEquals("failed", r.getString("status"));
        assertTrue(r.getString("error").contains("does not exist"), r.toString());
        assertEquals(before.digest(), r.getObj("version").getString("digest"));
        assertEquals(before, BuiltVersion.of(store, IRIS));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("failed"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutWritesAllowedThereIsNoBuildEndpoint() throws Exception {
        server = KgServer.start(store.dataset(), options(), org.diplomacykg.serve.limits.ResultCaps.DEFAULT, live::onRequest);
        Files.writeString(watched.resolve("lv_nairobi.txt"), NAIROBI, StandardCharsets.UTF_8);
        int status = post("editor:s3cret").statusCode();
        assertTrue(status == 404 || status == 405, "POST /kg/build on a read-only server answered " + status);
        assertEquals(5, BuiltVersion.of(store, IRIS).articles());
    }

    /**
     * A store that has outgrown its content is compacted by the live build that finds it so, on
     * the build thread, while a reader keeps querying: the reader sees only whole versions and no
     * error, and the build's article is there afterwards.
     */
    @Test
    void anOvergrownStoreIsCompactedAfterALiveBuildWhileServing() throws Exception {
        org.diplomacykg.testkit.StoreContents.growWithoutChange(store, 12);
        long grown = org.diplomacykg.store.DiskUsage.of(store.dir());
        server = KgServer.start(store.dataset(), options(), org.diplomacykg.serve.limits.ResultCaps.DEFAULT, live::onRequest);
        Reader reader = new Reader();
        reader.start();
        Files.writeString(watched.resolve("lv_nairobi.txt"), NAIROBI, StandardCharsets.UTF_8);
        java.util.concurrent.FutureTask<org.diplomacykg.serve.BuildTrigger.Answer> build = new java.util.concurrent.FutureTask<>(live::onRequest);
        Thread requester = new Thread(build, "build-request");
        requester.setDaemon(true);
        requester.start();
        org.diplomacykg.serve.BuildTrigger.Answer answer;
        String said = "";
        try {
            try {
                answer = build.get(90, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the build did not end within 90 s: " + diagnose());
            }
            // the compaction runs on the build thread after the answer: wait for its line
            long end = System.nanoTime() + 60_000_000_000L;
            while (!(said = out.toString(StandardCharsets.UTF_8)).contains(" (while serving)") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            if (!said.contains(" (while serving)") && !err.toString(StandardCharsets.UTF_8).contains("compacting the store failed")) {
                throw new AssertionError("no compaction within 60 s: " + said + err + diagnose());
            }
            Thread.sleep(300); // a few reads of the compacted store too
        } finally {
            reader.halt();
        }
        long compacted = org.diplomacykg.store.DiskUsage.of(store.dir());
        System.out.println("compaction while serving: " + grown + " -> " + compacted + " bytes; reader made " + reader.reads.get()
                + " reads, saw " + reader.seen + "; " + said.strip());
        assertTrue(answer.ok(), answer.toString() + err);
        assertTrue(said.lines().anyMatch(l -> l.startsWith("live build: compacted " + store.dir()) && l.endsWith(" (while serving)")), said + err);
        assertTrue(compacted * 3 < grown, "the folder shrank from " + grown + " to " + compacted + " bytes only");
        assertEquals(List.of(), reader.errors, "reads failed while the store was built and compacted");
        assertEquals(List.of(), reader.mixed, "a reader saw a version that was not whole");
        assertEquals(6, BuiltVersion.of(store, IRIS).articles(), "the five seeds and the new article");
        assertTrue(ask("?a dip:fileName \"lv_nairobi.txt\""), "the new article is served after the compaction");
    }

    /** The TDB2 coordinator's state and every thread's stack, for a build that hangs. */
    private String diagnose() {
        StringBuilder b = new StringBuilder();
        try {
            var coord = org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(store.dataset());
            b.append("active ").append(coord.countActive()).append(" (readers ").append(coord.countActiveReaders())
                    .append(", writers ").append(coord.countActiveWriter()).append(")");
            var f = coord.getClass().getDeclaredField("exclusivitylock");
            f.setAccessible(true);
            b.append("; exclusivity lock ").append(f.get(coord)).append('\n');
        } catch (ReflectiveOperationException | RuntimeException e) {
            b.append("(coordinator: ").append(e).append(")\n");
        }
        Thread.getAllStackTraces().forEach((t, st) -> {
            b.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
            for (StackTraceElement e : st) {
                b.append("    at ").append(e).append('\n');
            }
        });
        return b.toString();
    }

    /**
     * The real command in a process of its own, as an operator runs it: {@code kg serve --watch}
     * with writes allowed builds a dropped file in, names the bad one, offers {@code POST /kg/build},
     * and on SIGTERM stops cleanly, the live build committed.
     */
    @Test
    void kgServeWatchBuildsDroppedFilesAndStopsCleanly() throws Exception {
        Path cliStore = copyOfTemplate(dir.resolve("cli-store"));
        Path cliWatched = Files.createDirectories(dir.resolve("cli-watched"));
        Path passwords = Files.writeString(dir.resolve("cli-users.properties"), "editor: s3cret\n");
        Path stdout = dir.resolve("serve.out");
        Path stderr = dir.resolve("serve.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.diplomacykg.cli.Main", "serve",
                "--port", "0", "--store", cliStore.toString(), "--input", SeedStore.seeds().toString(), "--watch", cliWatched.toString(),
                "--allow-update", "--password-file", passwords.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            String started = await(stdout, "  watching       " + cliWatched, 90);
            Matcher m = Pattern.compile("start page +(http://\\S+)/").matcher(started);
            assertTrue(m.find(), started);
            String base = m.group(1);
            HttpRequest.Builder build = HttpRequest.newBuilder(URI.create(base + "/kg/build")).POST(HttpRequest.BodyPublishers.noBody());
            assertEquals(401, send(build).statusCode());
            assertTrue(started.contains("live build     " + base + "/kg/build (POST, HTTP Basic)"), started);

            Files.write(cliWatched.resolve("lv_broken.txt"), JUNK);
            String said = await(stdout, "live build: 1 file(s) added, 0 changed, 0 removed; 1 bad file(s) left out; 5 articles", 60);
            assertTrue(Files.readString(stderr).contains("live build: left out " + cliWatched.resolve("lv_broken.txt")
                    + ": binary file"), Files.readString(stderr));
            HttpResponse<String> again = send(build.header("Authorization", basic("editor:s3cret")));
            assertEquals(200, again.statusCode(), again.body());
            JsonObject r = JSON.parse(again.body());
            assertEquals("up to date", r.getString("status"), said);
            String digest = r.getObj("version").getString("digest");

            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kg serve did not stop on SIGTERM");
            assertTrue(Files.readString(stdout).contains("stopping"));
            try (KgStore reopened = KgStore.open(cliStore)) {
                assertEquals(digest, BuiltVersion.of(reopened, IRIS).digest(), "the live build was committed and the store closed cleanly");
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The output so far once it holds {@code text}; fails after {@code seconds}. */
    static String await(Path output, String text, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            String now = Files.readString(output, StandardCharsets.UTF_8);
            if (now.contains(text)) {
                return now;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' in " + seconds + " s; the output: " + Files.readString(output, StandardCharsets.UTF_8));
    }

    /** Queries the server in a loop and keeps what it saw: each version (digest and article count), errors, and any version not whole. */
    final class Reader extends Thread {
        final Map<String, String> seen = new ConcurrentHashMap<>();
        final List<String> errors = new CopyOnWriteArrayList<>();
        final List<String> mixed = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();

        Reader() {
            super("reader");
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    HttpResponse<String> r = query(VERSION);
                    reads.incrementAndGet();
                    if (r.statusCode() != 200) {
                        errors.add(r.statusCode() + " " + r.body());
                        continue;
                    }
                    List<String> rows = r.body().strip().lines().skip(1).toList();
                    String[] cells = rows.isEmpty() ? new String[0] : rows.get(0).split(",");
                    if (rows.size() != 1 || cells.length != 3 || !cells[1].equals(cells[2])) {
                        mixed.add(r.body());
                        continue;
                    }
                    String before = seen.putIfAbsent(cells[0], cells[1]);
                    if (before != null && !before.equals(cells[1])) {
                        mixed.add(cells[0] + " had " + before + " articles, now " + cells[1]);
                    }
                    Thread.sleep(5);
                } catch (IOException | RuntimeException e) {
                    errors.add(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void halt() throws InterruptedException {
            stop.set(true);
            join(30_000);
        }
    }

    ServerOptions options() {
        return ServerOptions.of("127.0.0.1", 0, 30).withQueries(Path.of("queries").toAbsolutePath());
    }

    String versionRow() throws Exception {
        return query(VERSION).body().strip().lines().skip(1).findFirst().orElse("");
    }

    int newFacts() throws Exception {
        return Integer.parseInt(query(NEW_FACTS).body().strip().lines().skip(1).findFirst().orElseThrow().strip());
    }

    boolean ask(String pattern) throws Exception {
        return query(PREFIX + "ASK { " + pattern + " }").body().contains("true");
    }

    HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", sparql.contains("ASK") ? "application/sparql-results+json" : "text/csv"));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    HttpResponse<String> post(String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/kg/build")).POST(HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            b.header("Authorization", basic(credentials));
        }
        return send(b);
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    static List<String> strings(JsonArray a) {
        List<String> s = new ArrayList<>();
        a.forEach(v -> s.add(v.getAsString().value()));
        return s;
    }
}
