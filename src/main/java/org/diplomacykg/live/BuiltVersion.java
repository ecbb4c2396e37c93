package org.diplomacykg.live;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;

/**
 * Which build the store holds (its input digest, build time and article count, from the meta
 * graph): the version the downloads' ETags follow, and what a live build reports as its result.
 */
record BuiltVersion(String digest, Instant builtAt, int articles) {
    static BuiltVersion of(KgStore store, Iris iris) {
        var dsg = store.dataset();
        Node meta = iris.metaGraph();
        Node build = iris.build();
        return Txn.calculateRead(dsg, () -> {
            String digest = first(dsg.find(meta, build, Dip.inputDigest, Node.ANY));
            String at = first(dsg.find(meta, build, Dip.builtAt, Node.ANY));
            String articles = first(dsg.find(meta, build, Dip.articleCount, Node.ANY));
            return new BuiltVersion(digest, at == null ? null : OffsetDateTime.parse(at).toInstant(),
                    articles == null ? 0 : Integer.parseInt(articles));
        });
    }

    private static String first(Iterator<Quad> it) {
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
