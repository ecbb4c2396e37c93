package org.diplomacykg.kind.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;
import org.diplomacykg.reconcile.Clusterer;
import org.diplomacykg.reconcile.Keys;
import org.diplomacykg.reconcile.Votes;

/**
 * Reports of one event merge when their types are of one family, their dates fit and they name
 * the same people (or, failing people, the same countries); summits also by name and place.
 */
final class EventReconciler {
    List<Canonical<EventFact>> reconcile(List<EventFact> reports) {
        Comparator<EventFact> specific = Comparator
                .comparing((EventFact e) -> e.startDate() == null ? 0 : -e.startDate().length())
                .thenComparing(e -> -e.participants().size())
                .thenComparing(e -> e.name() == null ? 0 : -e.name().length())
                .thenComparing(e -> e.evidence().articleId())
                .thenComparing(EventFact::localId);
        Clusterer<EventFact> clusterer = new Clusterer<>(EventReconciler::sameEvent, specific,
                members -> merge(members, new Votes<>(members)), e -> Clusterer.blockOn(e.participants(), e.type().name()));
        List<Canonical<EventFact>> out = new ArrayList<>();
        for (Clusterer.Cluster<EventFact> c : clusterer.cluster(reports)) {
            Votes<EventFact> votes = new Votes<>(c.members());
            EventFact merged = merge(c.members(), votes);
            String key = "event/" + merged.type().name().toLowerCase() + "-" + Keys.hash(identity(merged));
            out.add(Canonical.of(key, merged, c.members(), c.mergedOn(), votes.conflicts()));
        }
        return withCanonicalPartOf(Canonical.withUniqueKeys(out));
    }

    private static String identity(EventFact e) {
        return e.type() + "|" + e.startDate() + "|" + Keys.ids(e.participants()) + "|" + Keys.words(e.name());
    }

    /**
     * Whether two reports are of one real event. Any two kinds of event may be: outlets call the
     * same meeting a visit, talks or a summit. What decides is who took part, on what day: the
     * same sides (countries and organisations; people by their countries), the same people where
     * both name some, a compatible date (days apart only for a visit, which spans days). A summit
     * joins a bilateral meeting only when both have the same sides, so a meeting on the sidelines
     * of a summit stays apart; summits named for different things stay apart.
     */
    static List<String> sameEvent(EventFact a, EventFact b) {
        boolean visit = a.type() == EventType.Visit || b.type() == EventType.Visit;
        boolean dates = Keys.datesCompatible(a.startDate(), b.startDate()) || visit && daysApart(a.startDate(), b.startDate()) <= 3;
        if (!dates) {
            return null;
        }
        List<String> on = new ArrayList<>();
        if (a.type() == b.type()) {
            on.add("type");
        }
        if (a.startDate() != null && b.startDate() != null) {
            on.add("date");
        }
        // not needed to match, but they rank the candidates: an undated "summit in Tokyo" joins the
        // summit held in Tokyo rather than another summit of the same sides that week
        if (a.place() != null && a.place().equals(b.place())) {
            on.add("place");
        }
        if (Keys.similarNames(a.name(), b.name())) {
            on.add("name");
        }
        Set<String> people = ids(a.participants(), true);
        Set<String> otherPeople = ids(b.participants(), true);
        Set<String> groups = ids(a.participants(), false);
        Set<String> otherGroups = ids(b.participants(), false);
        if (!people.isEmpty() && !otherPeople.isEmpty() && Keys.disjoint(people, otherPeople)) {
            return null; // two meetings of the same countries by different people
        }
        boolean summitA = a.type() == EventType.Summit;
        boolean summitB = b.type() == EventType.Summit;
        Set<String> wa = distinctive(a);
        Set<String> wb = distinctive(b);
        if (summitA && summitB && !wa.isEmpty() && !wb.isEmpty() && Keys.disjoint(wa, wb)) {
            return null;
        }
        if (people.size() >= 2 && people.equals(otherPeople) && (groups.isEmpty() || otherGroups.isEmpty() || groups.equals(otherGroups))) {
            on.add("participants");
            return on;
        }
        if (groups.isEmpty() || otherGroups.isEmpty()) {
            // a summit named by no one joins only one held in the same place or named alike
            boolean anchored = a.place() != null && a.place().equals(b.place()) || Keys.similarNames(a.name(), b.name());
            if (!(summitA && summitB && anchored)) {
                return null;
            }
            return on;
        }
        if (groups.equals(otherGroups)) {
            on.add("participants");
            return on;
        }
        if (summitA != summitB) {
            return null; // a bilateral meeting beside a summit of more sides is another event
        }
        Set<String> small = groups.size() <= otherGroups.size() ? groups : otherGroups;
        Set<String> large = small == groups ? otherGroups : groups;
        long common = small.stream().filter(large::contains).count();
        boolean namedAlike = summitA && !wa.isEmpty() && !wb.isEmpty() && !Keys.disjoint(wa, wb);
        // "a Russia-Ukraine summit in Paris" and "the four-way summit in Paris" that day: one summit told
        // with fewer of its sides, when both are held in the same named place
        boolean samePlace = a.place() != null && a.place().equals(b.place());
        boolean fits = summitA ? common >= 2 && common * 2 >= large.size() || namedAlike && common >= 1
                || samePlace && small.size() >= 2 && large.containsAll(small)
                : small.size() >= 2 && large.containsAll(small);
        if (!fits) {
            return null;
        }
        on.add("participants");
        return on;
    }

    private static long daysApart(String a, String b) {
        if (a == null || b == null || a.length() != 10 || b.length() != 10) {
            return Long.MAX_VALUE;
        }
        return Math.abs(java.time.LocalDate.parse(a).toEpochDay() - java.time.LocalDate.parse(b).toEpochDay());
    }

    /** Name words that are not just the participants' names: "Clean Energy Forum", not "EU-Canada". */
    private static Set<String> distinctive(EventFact e) {
        Set<String> words = Keys.words(e.name());
        for (EntityRef p : e.participants()) {
            words.removeAll(Keys.words(p.name()));
            words.remove(p.key().toLowerCase());
        }
        words.removeAll(GENERIC_EVENT_WORDS);
        words.removeIf(w -> w.chars().allMatch(Character::isDigit));
        return words;
    }

    private static final Set<String> GENERIC_EVENT_WORDS = org.diplomacykg.lexicon.Lexicon.standard().words("generic_event_name_words");

    private static Set<String> ids(List<EntityRef> refs, boolean people) {
        Set<String> out = new TreeSet<>();
        for (EntityRef r : refs) {
            boolean isPerson = r.kind() == EntityKind.PERSON;
            if (isPerson == people) {
                out.add(r.id());
            }
        }
        return out;
    }

    private static EventFact merge(List<EventFact> members, Votes<EventFact> votes) {
        EventFact first = members.get(0);
        EventType type = votes.pick("type", EventFact::type, EventType::name, false);
        // reports of one visit call it a visit, talks or a meeting: the most specific kind any gives wins over a tie
        if (members.stream().anyMatch(m -> m.type() == EventType.Summit) && type != EventType.Summit
                && members.stream().filter(m -> m.type() == EventType.Summit).count() * 2 > members.size()) {
            type = EventType.Summit;
        } else if (type != EventType.Summit && members.stream().anyMatch(m -> m.type() == EventType.Visit)) {
            type = EventType.Visit;
        }
        String name = votes.pick("name", EventFact::name, s -> s, false);
        String start = votes.pick("startDate", EventFact::startDate, s -> s, true);
        String end = votes.pick("endDate", EventFact::endDate, s -> s, true);
        EntityRef place = votes.pick("place", EventFact::place, EntityRef::id, true);
        EntityRef host = votes.pick("host", EventFact::host, EntityRef::id, true);
        String occasion = votes.pick("occasion", EventFact::occasion, s -> s, false);
        String partOf = votes.pick("partOf", EventFact::partOf, s -> s, false);
        return new EventFact(first.localId(), type, name, start, end, place, votes.union(EventFact::participants),
                host, occasion, partOf, first.evidence());
    }

    // a report's partOf is the local id of another event in its article; the canonical event's is
    // the canonical event most of its reports point at (never itself)
    private static List<Canonical<EventFact>> withCanonicalPartOf(List<Canonical<EventFact>> events) {
        Map<String, String> keyOfReport = new HashMap<>();
        for (Canonical<EventFact> c : events) {
            for (EventFact r : c.reports()) {
                keyOfReport.put(CanonicalKeys.reportId(r.evidence().articleId(), r.localId()), c.key());
            }
        }
        List<Canonical<EventFact>> out = new ArrayList<>();
        for (Canonical<EventFact> c : events) {
            Votes<EventFact> votes = new Votes<>(c.reports());
            String partOf = votes.pick("partOf", e -> e.partOf() == null ? null
                    : keyOfReport.get(CanonicalKeys.reportId(e.evidence().articleId(), e.partOf())), s -> s, false);
            EventFact m = c.merged();
            EventFact merged = new EventFact(m.localId(), m.type(), m.name(), m.startDate(), m.endDate(), m.place(),
                    m.participants(), m.host(), m.occasion(), Objects.equals(partOf, c.key()) ? null : partOf, m.evidence());
            out.add(c.withMerged(merged));
        }
        return out;
    }
}
