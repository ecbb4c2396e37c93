package org.diplomacykg.kind.quotation;

import org.apache.jena.graph.Node;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.map.QuadSink;
import org.diplomacykg.reconcile.Canonical;

/** A quotation: its words and, when known, its speaker. */
final class QuotationMapper implements FactMapper<QuotationFact> {
    private final Iris iris;

    QuotationMapper(Iris iris) {
        this.iris = iris;
    }

    @Override
    public void report(QuotationFact report, String key, String articleId, QuadSink out) {
        describe(iris.fact(key), report, out);
    }

    @Override
    public void canonical(Canonical<QuotationFact> fact, QuadSink out) {
        describe(iris.fact(fact.key()), fact.merged(), out);
    }

    private void describe(Node fact, QuotationFact q, QuadSink out) {
        out.type(fact, Dip.Quotation);
        out.text(fact, Dip.text, q.text());
        if (q.speaker() != null) {
            out.add(fact, Dip.speaker, iris.entity(q.speaker()));
        }
    }
}
