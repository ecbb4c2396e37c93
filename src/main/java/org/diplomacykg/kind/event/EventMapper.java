package org.diplomacykg.kind.event;

import org.apache.jena.graph.Node;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.map.Dip;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.map.QuadSink;
import org.diplomacykg.reconcile.Canonical;

/** An event as an n-ary resource: its class, name, dates, place, host, occasion and participants. */
final class EventMapper implements FactMapper<EventFact> {
    private final Iris iris;

    EventMapper(Iris iris) {
        this.iris = iris;
    }

    @Override
    public void report(EventFact report, String key, String articleId, QuadSink out) {
        describe(iris.fact(key), report, out);
    }

    @Override
    public void canonical(Canonical<EventFact> fact, QuadSink out) {
        Node node = iris.fact(fact.key());
        describe(node, fact.merged(), out);
        // only the canonical event links to its parent: a report's partOf is a local id, not a key
        if (fact.merged().partOf() != null) {
            out.add(node, Dip.partOf, iris.fact(fact.merged().partOf()));
        }
    }

    private void describe(Node fact, EventFact e, QuadSink out) {
        out.type(fact, Dip.term(e.type().name()));
        out.label(fact, e.name());
        out.date(fact, Dip.startDate, e.startDate());
        out.date(fact, Dip.endDate, e.endDate());
        if (e.place() != null) {
            out.add(fact, Dip.place, iris.entity(e.place()));
        }
        if (e.host() != null) {
            out.add(fact, Dip.host, iris.entity(e.host()));
        }
        out.text(fact, Dip.occasion, e.occasion());
        for (EntityRef p : e.participants()) {
            out.add(fact, Dip.participant, iris.entity(p));
        }
    }
}
