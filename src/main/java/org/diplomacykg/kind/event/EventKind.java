package org.diplomacykg.kind.event;

import java.util.List;
import org.diplomacykg.extract.Component;
import org.diplomacykg.extract.ExtractedKind;
import org.diplomacykg.extract.Gazetteers;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.map.FactMapper;
import org.diplomacykg.map.Iris;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;

/** Diplomatic events: summits, bilateral meetings, talks, visits and other meetings. */
public final class EventKind implements FactKind<EventFact>, ExtractedKind {
    public static final EventKind INSTANCE = new EventKind();

    private final EventReconciler reconciler = new EventReconciler();

    private EventKind() {
    }

    @Override
    public String name() {
        return "event";
    }

    @Override
    public Class<EventFact> factClass() {
        return EventFact.class;
    }

    @Override
    public List<Canonical<EventFact>> reconcile(List<EventFact> reports, CanonicalKeys earlier) {
        return reconciler.reconcile(reports);
    }

    @Override
    public FactMapper<EventFact> mapper(Iris iris) {
        return new EventMapper(iris);
    }

    @Override
    public Component component(Gazetteers gazetteers) {
        return new EventComponent(gazetteers);
    }
}
