package org.diplomacykg.push;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A plain, separate Fuseki with an in-memory, updatable dataset at /remote: the far side of a push test. */
public final class RemoteFuseki {
    private RemoteFuseki() {
    }

    public static void main(String[] args) {
        FusekiServer.create().port(Integer.parseInt(args[0])).loopback(true)
                .add("/remote", DatasetGraphFactory.createTxnMem(), true)
                .build().start().join();
    }
}
