package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.map.Iris;

/**
 * What every page servlet shares: the dataset, the server options, the IRI-to-link mapping and
 * a way to run a read query with the server's timeout and parameters bound as RDF terms.
 */
final class KgSite {
    static final String PREFIXES = """
            PREFIX dip:  <https://w3id.org/diplomacy-kg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX schema: <http://schema.org/>
            """;

    private final DatasetGraph dsg;
    private final ServerOptions options;
    private final Links links;
    private final Iris iris;
    private final boolean tdb2;

    KgSite(DatasetGraph dsg, ServerOptions options) {
        this.dsg = dsg;
        this.tdb2 = TDBInternal.isBackedByTDB(dsg);
        this.options = options;
        this.links = new Links(options.base());
        this.iris = new Iris(options.base());
    }

    DatasetGraph dataset() {
        return dsg;
    }

    ServerOptions options() {
        return options;
    }

    Links links() {
        return links;
    }

    Iris iris() {
        return iris;
    }

    /** The storage in use and TDB2's data version (it counts committed writes) that a read transaction sees. */
    record DataVersion(Object storage, long version) {
    }

    /**
     * What identifies the committed state this thread's read transaction sees, to key values computed
     * from it ({@link VersionedCache}); null when the store is not TDB2 or there is no transaction.
     * Call inside a read transaction.
     */
    Object dataVersion() {
        if (!tdb2) {
            return null;
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        var txn = storage == null ? null : storage.getTxnSystem().getThreadTransaction();
        return txn == null ? null : new DataVersion(storage, txn.getDataVersion());
    }

    /** Runs a SELECT (prefixes added) with {@code binding} substituted, mapping at most {@code limit} rows. */
    <T> List<T> select(String sparql, QuerySolutionMap binding, int limit, Function<QuerySolution, T> row) {
        Query query = QueryFactory.create(PREFIXES + sparql);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = execution(query, binding)) {
                ResultSet rs = qe.execSelect();
                List<T> out = new ArrayList<>();
                while (rs.hasNext() && out.size() < limit) {
                    out.add(row.apply(rs.next()));
                }
                return out;
            }
        });
    }

    <T> List<T> select(String sparql, QuerySolutionMap binding, Function<QuerySolution, T> row) {
        return select(sparql, binding, Integer.MAX_VALUE, row);
    }

    /** A query execution over the store (union default graph) with the server's timeout; call inside a read transaction. */
    QueryExecution execution(Query query, QuerySolutionMap binding) {
        return QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query)
                .substitution(binding == null ? new QuerySolutionMap() : binding)
                .timeout(options.timeoutSeconds(), TimeUnit.SECONDS).build();
    }
}
