package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.serve.limits.ResultCaps;
import org.junit.jupiter.api.Test;

/**
 * An answer over a cap ends at it and says so: {@code X-KG-Truncated: rows=N} or {@code bytes=N},
 * sent with the status, and a body that is a complete document in the syntax asked for. An answer
 * within the caps carries no such header.
 */
class ResultCapTest {
    static final String ALL = "SELECT * { ?s ?p ?o }";

    @Test
    void anAnswerOverTheRowCapIsWellFormedUpToItAndSaysSo() throws Exception {
        try (KgServer server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0), new ResultCaps(10, ResultCaps.DEFAULT_BYTES))) {
            for (String[] syntax : new String[][] {{"application/sparql-results+json", "JSON"}, {"application/sparql-results+xml", "XML"},
                    {"text/csv", "CSV"}, {"text/tab-separated-values", "TSV"}}) {
                HttpResponse<String> r = QueryRequests.post(server, ALL, syntax[0]);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("rows=10", r.headers().firstValue(ResultCaps.HEADER).orElse(null), syntax[1]);
                assertEquals(10, rows(r.body(), langOf(syntax[1])), syntax[1]);
            }
            HttpResponse<String> within = QueryRequests.post(server, ALL + " LIMIT 7", "application/sparql-results+json");
            assertFalse(within.headers().firstValue(ResultCaps.HEADER).isPresent(), "an answer within the cap is not marked");
            assertEquals(7, rows(within.body(), langOf("JSON")));

            HttpResponse<String> graph = QueryRequests.post(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "text/turtle");
            assertEquals(200, graph.statusCode(), graph.body());
            assertEquals("rows=10", graph.headers().firstValue(ResultCaps.HEADER).orElse(null));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(graph.body(), Lang.TURTLE).parse(g);
            assertEquals(10, g.size());

            HttpResponse<String> ask = QueryRequests.post(server, "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertTrue(ask.body().contains("true"), ask.body());
            assertFalse(ask.headers().firstValue(ResultCaps.HEADER).isPresent());
        }
    }

    @Test
    void anAnswerOverTheByteCapEndsAtTheFirstRowPastIt() throws Exception {
        long cap = 100 * 1024;
        try (KgServer server = KgServer.start(SiteFixture.store().dataset(), SiteFixture.options(0), new ResultCaps(1_000_000, cap))) {
            HttpResponse<String> whole = QueryRequests.post(server, ALL + " LIMIT 1", "application/sparql-results+json");
            assertFalse(whole.headers().firstValue(ResultCaps.HEADER).isPresent());
            HttpResponse<String> r = QueryRequests.post(server, ALL, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("bytes=" + cap, r.headers().firstValue(ResultCaps.HEADER).orElse(null));
            int size = r.body().getBytes(StandardCharsets.UTF_8).length;
            assertEquals(String.valueOf(size), r.headers().firstValue("Content-Length").orElse(null));
            // the writers buffer what they write, so the cap is noticed up to a buffer's length late
            assertTrue(size >= cap && size < cap + 64 * 1024, size + " bytes");
            assertTrue(rows(r.body(), langOf("JSON")) > 100, "rows up to the cap");
        }
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "JSON" -> org.apache.jena.riot.resultset.ResultSetLang.RS_JSON;
            case "XML" -> org.apache.jena.riot.resultset.ResultSetLang.RS_XML;
            case "CSV" -> org.apache.jena.riot.resultset.ResultSetLang.RS_CSV;
            default -> org.apache.jena.riot.resultset.ResultSetLang.RS_TSV;
        };
    }

    /** Parses a SELECT answer (failing on a cut or malformed one) and counts its rows. */
    private static int rows(String body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }
}
