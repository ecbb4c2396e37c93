package org.diplomacykg.kind.agreement;

import org.apache.jena.graph.Node;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.map.QuadSink;
import org.diplomacykg.reconcile.Canonical;

/**
 * An agreement or transfer: its class, name, date, status, parties or provider and recipient,
 * amount (a monetary-amount resource of its own), items, programme and purpose.
 */
final class AgreementMapper implements FactMapper<AgreementFact> {
    private final Iris iris;

    AgreementMapper(Iris iris) {
        this.iris = iris;
    }

    @Override
    public void report(AgreementFact report, String key, String articleId, QuadSink out) {
        describe(iris.fact(key), key, articleId, report, out);
    }

    @Override
    public void canonical(Canonical<AgreementFact> fact, QuadSink out) {
        Node node = iris.fact(fact.key());
        describe(node, fact.key(), null, fact.merged(), out);
        // only the canonical fact links to its event: a report's event is a local id, not a key
        if (fact.merged().event() != null) {
            out.add(node, Dip.outcomeOf, iris.fact(fact.merged().event()));
        }
    }

    /** {@code articleId} is null in the reconciled graph: each article's amount is a resource of its own. */
    private void describe(Node fact, String key, String articleId, AgreementFact g, QuadSink out) {
        out.type(fact, Dip.term(g.type().name()));
        out.label(fact, g.name());
        out.date(fact, Dip.date, g.date());
        if (g.status() != null) {
            out.text(fact, Dip.status, g.status().name());
        }
        for (EntityRef p : g.parties()) {
            out.add(fact, Dip.party, iris.entity(p));
        }
        if (g.provider() != null) {
            out.add(fact, Dip.provider, iris.entity(g.provider()));
        }
        if (g.recipient() != null) {
            out.add(fact, Dip.recipient, iris.entity(g.recipient()));
        }
        MonetaryAmount m = g.amount();
        if (m != null) {
            Node amount = iris.amount(key, articleId);
            out.add(fact, Dip.amount, amount);
            out.type(amount, Dip.MonetaryAmount);
            out.decimal(amount, Dip.value, m.value());
            out.text(amount, Dip.currency, m.currency());
            out.decimal(amount, Dip.usdValue, m.usd());
            if (m.upTo()) {
                out.bool(amount, Dip.upTo, true);
            }
        }
        for (String item : g.items()) {
            out.text(fact, Dip.item, item);
        }
        out.text(fact, Dip.programme, g.programme());
        out.text(fact, Dip.purpose, g.purpose());
    }
}
