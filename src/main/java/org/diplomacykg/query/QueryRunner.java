package org.diplomacykg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/** Runs a query against the local store or any SPARQL endpoint and prints the answer. */
public final class QueryRunner {
    public enum Format { table, csv, tsv, json }

    private final long timeoutSeconds;

    public QueryRunner(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public static Query parse(SavedQuery q) {
        try {
            return QueryFactory.create(q.text());
        } catch (QueryParseException e) {
            throw new QueryException("query '" + q.name() + "' does not parse: " + e.getMessage(), e);
        }
    }

    public void run(SavedQuery saved, QuerySolutionMap binding, DatasetGraph dsg, Format format, OutputStream out) {
        Query query = parse(saved);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).substitution(binding)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                print(qe, query, format, out);
            }
        });
    }

    public void run(SavedQuery saved, QuerySolutionMap binding, String endpoint, Format format, OutputStream out) {
        Query query = parse(saved);
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).substitution(binding)
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            print(qe, query, format, out);
        }
    }

    private static void print(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
                default -> ResultSetFormatter.out(out, rs, query);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case csv, tsv -> p.println("ask\n" + b);
                default -> p.println(b);
            }
            p.flush();
        } else {
            var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
        }
    }

    public static Format format(String s) {
        try {
            return Format.valueOf(s.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format '" + s + "' (use table, csv, tsv or json)");
        }
    }
}
