package org.diplomacykg.store;

import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The number of quads in a store, read off TDB2's primary indexes without turning a single node
 * id back into a term: about ten times faster than counting what {@code find()} returns (0.05 s
 * against 0.6 s for 200,000 quads, warm), which matters when a server only wants it for advice.
 */
final class QuadCount {
    private QuadCount() {
    }

    static long of(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.dataset());
            // the named graphs' quads, and the triples of the real default graph (the union one is not stored)
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        });
    }
}
