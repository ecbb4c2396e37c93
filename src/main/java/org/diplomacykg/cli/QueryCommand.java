package org.diplomacykg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolutionMap;
import org.diplomacykg.query.ParamBinder;
import org.diplomacykg.query.QueryException;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a saved query (by name, from queries/) or a .rq file against the store or a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq", description = "saved query name or query file")
    String query;

    @Option(names = "--list", description = "list the saved queries with their parameters")
    boolean list;

    @Option(names = "--endpoint", paramLabel = "URL", description = "query this SPARQL endpoint instead of the store")
    String endpoint;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "bind a declared parameter (as an RDF term; repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "query timeout (default: ${DEFAULT-VALUE})")
    long timeout;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        SavedQueries saved = new SavedQueries(Home.queries());
        if (list) {
            for (SavedQuery q : saved.all()) {
                System.out.println(q.name() + " — " + q.title());
                for (SavedQuery.Param p : q.params()) {
                    boolean optional = p.meaning().toLowerCase(java.util.Locale.ROOT).startsWith("(optional");
                    System.out.println("    --param " + p.name() + "=…  " + (optional ? "" : "(required) ") + p.meaning());
                }
            }
            return 0;
        }
        if (query == null) {
            throw new QueryException("name a saved query or a .rq file (kg query --list shows the saved queries)");
        }
        SavedQuery q = saved.resolve(query);
        QueryRunner.Format fmt = QueryRunner.format(format);
        QuerySolutionMap binding = ParamBinder.bind(q, params);
        QueryRunner.parse(q);
        QueryRunner runner = new QueryRunner(timeout);
        OutputStream out = new BufferedOutputStream(System.out);
        if (endpoint != null) {
            runner.run(q, binding, endpoint, fmt, out);
        } else {
            var dir = store.store();
            if (!KgStore.exists(dir)) {
                throw new StoreException(dir + ": no store here (run kg build first)");
            }
            try (KgStore s = KgStore.open(dir)) {
                runner.run(q, binding, s.dataset(), fmt, out);
            }
        }
        out.flush();
        return 0;
    }
}
