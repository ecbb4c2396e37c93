package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: real files, a real store, exit codes and one-line errors. */
class CliTest {
    @TempDir
    static Path dir;

    static Path store;
    static long builtSize;

    record Result(int code, String out, String err) {
    }

    static synchronized Result kg(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new PrintWriter(err, true), args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @BeforeAll
    static void buildSeeds() {
        store = dir.resolve("store");
        Result r = kg("build", "--input", SeedStore.seeds().toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("built 5 articles"), r.out());
        try (KgStore s = KgStore.open(store)) {
            builtSize = s.size();
        }
    }

    static long storeSize() {
        try (KgStore s = KgStore.open(store)) {
            return s.size();
        }
    }

    static Path inputWith(String name, byte[] bad) throws IOException {
        Path in = Files.createTempDirectory(dir, "in");
        Files.copy(SeedStore.seeds().resolve("000_51963591d3aebe5c.txt"), in.resolve("good.txt"));
        Files.write(in.resolve(name), bad);
        return in;
    }

    static void failsNamingAndKeepsStore(Path input, String name, String cause) {
        Result r = kg("build", "--input", input.toString(), "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(name) && r.err().contains(cause), r.err());
        assertEquals(builtSize, storeSize(), "the existing store was changed");
    }

    @Test
    void missingInputFolder() {
        failsNamingAndKeepsStore(dir.resolve("nowhere"), "nowhere", "does not exist");
    }

    @Test
    void emptyFile() throws IOException {
        failsNamingAndKeepsStore(inputWith("empty.txt", new byte[0]), "empty.txt", "empty");
    }

    @Test
    void binaryFile() throws IOException {
        failsNamingAndKeepsStore(inputWith("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F', 'I', 'F'}),
                "photo.jpg", "binary");
    }

    @Test
    void nonUtf8File() throws IOException {
        failsNamingAndKeepsStore(inputWith("latin1.txt",
                "Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9 son homologue.".getBytes(StandardCharsets.ISO_8859_1)),
                "latin1.txt", "UTF-8");
    }

    @Test
    void skipBadBuildsTheGoodArticlesAndNamesTheBadOnes() throws IOException {
        Path in = inputWith("empty.txt", new byte[0]);
        Path other = dir.resolve("skipstore");
        Result r = kg("build", "--skip-bad", "--input", in.toString(), "--store", other.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped") && r.err().contains("empty.txt"), r.err());
        assertTrue(r.out().contains("built 1 articles") && r.out().contains("1 bad input(s) skipped"), r.out());
    }

    @Test
    void folderThatIsNotAStore() throws IOException {
        Path notStore = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(notStore.resolve("holiday.txt"), "keep me");
        Result r = kg("build", "--input", SeedStore.seeds().toString(), "--store", notStore.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("photos") && r.err().contains("not a TDB2 store"), r.err());
        assertEquals("keep me", Files.readString(notStore.resolve("holiday.txt")));
    }

    @Test
    void portInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Result r = kg("serve", "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.code());
            assertTrue(r.err().contains("port " + taken.getLocalPort()) && r.err().contains("in use"), r.err());
        }
    }

    @Test
    void unknownQueryName() {
        Result r = kg("query", "peopel", "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown query 'peopel'"), r.err());
    }

    @Test
    void unknownParameterAndUnknownOption() {
        Result r = kg("query", "people", "--store", store.toString(), "--param", "colour=red");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown parameter 'colour'"), r.err());
        assertEquals(2, kg("build", "--colour", "red").code());
    }

    @Test
    void contractQueriesHaveTheContractColumns() {
        String[][] expected = {
                {"people", "person,name,role,country,organization"},
                {"events", "event,type,name,startDate,endDate,place,participants,sources"},
                {"agreements", "agreement,type,name,date,status,parties,provider,recipient,amount,currency,amountUSD,items,sources"},
                // the contract's four columns first and unchanged; the articles' citations after them (extra columns are ignored)
                {"quotes", "quote,speaker,text,article,articleTitle,articlePublisher,articleDate,articleUrl"}};
        for (String[] e : expected) {
            Result r = kg("query", e[0], "--store", store.toString(), "--format", "csv");
            assertEquals(0, r.code(), r.err());
            assertEquals(e[1], r.out().lines().findFirst().orElse(""), e[0]);
            assertTrue(r.out().lines().count() > 1, e[0] + " returned no rows");
        }
    }

    @Test
    void queryFileAndFormats() throws IOException {
        Path file = dir.resolve("count.rq");
        Files.writeString(file, "# title: count\nSELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplomacy-kg/ontology#NewsArticle> }\n");
        Result csv = kg("query", file.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals("n\r\n5\r\n", csv.out());
        Result json = kg("query", file.toString(), "--store", store.toString(), "--format", "json");
        assertTrue(json.out().contains("\"n\""), json.out());
        assertNotEquals(0, kg("query", file.toString(), "--store", store.toString(), "--format", "xls").code());
    }

    @Test
    void dumpToFileAndBadFormat() throws IOException {
        Path out = dir.resolve("graph.nt");
        assertEquals(0, kg("dump", "--store", store.toString(), "--format", "nt", "--out", out.toString()).code());
        assertTrue(Files.size(out) > 10_000);
        Result bad = kg("dump", "--store", store.toString(), "--format", "csv");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown dump format 'csv'"), bad.err());
    }

    @Test
    void helpOnEveryCommand() {
        for (String c : new String[] {"build", "serve", "query", "dump"}) {
            Result r = kg(c, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: kg " + c), r.out());
        }
    }

    @Test
    void sameInputGivesTheSameGraph() {
        Path again = dir.resolve("again");
        assertEquals(0, kg("build", "--input", SeedStore.seeds().toString(), "--store", again.toString()).code());
        try (KgStore a = KgStore.open(store); KgStore b = KgStore.open(again)) {
            assertTrue(withoutBuildTime(a).isIsomorphicWith(withoutBuildTime(b)));
        }
    }

    /** The store's union graph in memory, less the build time (which differs by design). */
    static org.apache.jena.graph.Graph withoutBuildTime(KgStore s) {
        return org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> {
            var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            s.dataset().getUnionGraph().find().forEachRemaining(t -> {
                if (!t.getPredicate().getURI().endsWith("#builtAt")) {
                    copy.add(t);
                }
            });
            return copy;
        });
    }
}
