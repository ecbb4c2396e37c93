package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;
import org.diplomacykg.kind.quotation.QuotationFact;

/**
 * Merges every article's facts into canonical entities and facts. Reports of one real fact
 * merge when they agree on what identifies it (kind, parties or provider/recipient, date and
 * amount where known, subject words); reports that only look alike stay apart.
 */
public final class Reconciler {
    private final EntityReconciler entities = new EntityReconciler();
    private final CopyDetector copies = new CopyDetector();

    public ReconciledGraph reconcile(List<ArticleFacts> input) {
        List<ArticleFacts> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(a -> a.article().sha256()));

        List<EventFact> eventReports = new ArrayList<>();
        List<AgreementFact> agreementReports = new ArrayList<>();
        List<QuotationFact> quoteReports = new ArrayList<>();
        for (ArticleFacts a : articles) {
            eventReports.addAll(a.events());
            agreementReports.addAll(a.agreements());
            quoteReports.addAll(a.quotations());
        }

        List<Canonical<EventFact>> events = reconcileEvents(eventReports);
        Map<String, String> eventKeyByLocal = new HashMap<>();
        for (Canonical<EventFact> c : events) {
            for (EventFact r : c.reports()) {
                eventKeyByLocal.put(local(r.evidence(), r.localId()), c.key());
            }
        }
        events = withCanonicalPartOf(events, eventKeyByLocal);
        List<Canonical<AgreementFact>> agreements = reconcileAgreements(agreementReports, eventKeyByLocal);
        List<Canonical<QuotationFact>> quotations = reconcileQuotations(quoteReports);
        List<Set<String>> stories = new ArrayList<>();
        events.forEach(c -> stories.add(c.articles()));
        agreements.forEach(c -> stories.add(c.articles()));
        quotations.forEach(c -> stories.add(c.articles()));
        List<ArticleRelation> relations = copies.relations(articles.stream().map(ArticleFacts::article).toList(), stories);
        return new ReconciledGraph(articles, entities.reconcile(articles), events, agreements, quotations, relations);
    }

    private static String local(Evidence e, String localId) {
        return e.articleId() + "/" + localId;
    }

    // ---- events ----

    private List<Canonical<EventFact>> reconcileEvents(List<EventFact> reports) {
        Comparator<EventFact> specific = Comparator
                .comparing((EventFact e) -> e.startDate() == null ? 0 : -e.startDate().length())
                .thenComparing(e -> -e.participants().size())
                .thenComparing(e -> e.name() == null ? 0 : -e.name().length())
                .thenComparing(e -> e.evidence().articleId())
                .thenComparing(EventFact::localId);
        Clusterer<EventFact> clusterer = new Clusterer<>(Reconciler::sameEvent, specific, Reconciler::mergeEvents,
                e -> e.evidence().articleId(), e -> blockOn(e.participants(), e.type().name()));
        List<Canonical<EventFact>> out = new ArrayList<>();
        for (Clusterer.Cluster<EventFact> c : clusterer.cluster(reports)) {
            Votes<EventFact> votes = new Votes<>(c.members(), e -> e.evidence().articleId());
            EventFact merged = mergeEvents(c.members(), votes);
            String key = "event/" + merged.type().name().toLowerCase() + "-" + Keys.hash(eventIdentity(merged));
            out.add(new Canonical<>(key, merged, c.members(), evidence(c.members(), EventFact::evidence),
                    c.mergedOn(), votes.conflicts()));
        }
        return unique(out);
    }

    private static String eventIdentity(EventFact e) {
        return e.type() + "|" + e.startDate() + "|" + Keys.ids(e.participants()) + "|" + Keys.words(e.name());
    }

    private static boolean meetingFamily(EventType t) {
        return t == EventType.BilateralMeeting || t == EventType.Talks || t == EventType.Meeting;
    }

    static List<String> sameEvent(EventFact a, EventFact b) {
        boolean typeOk = a.type() == b.type() || (meetingFamily(a.type()) && meetingFamily(b.type()));
        if (!typeOk || !Keys.datesCompatible(a.startDate(), b.startDate())) {
            return null;
        }
        List<String> on = new ArrayList<>(List.of("type"));
        if (a.startDate() != null && b.startDate() != null) {
            on.add("date");
        }
        Set<String> people = new TreeSet<>(ids(a.participants(), true));
        Set<String> otherPeople = ids(b.participants(), true);
        Set<String> groups = ids(a.participants(), false);
        Set<String> otherGroups = ids(b.participants(), false);
        if (a.type() == EventType.Summit) {
            Set<String> wa = distinctive(a);
            Set<String> wb = distinctive(b);
            if (!wa.isEmpty() && !wb.isEmpty() && disjoint(wa, wb)) {
                return null;
            }
            if (!groups.isEmpty() && !otherGroups.isEmpty() && disjoint(groups, otherGroups)) {
                return null;
            }
            if ((a.participants().isEmpty() || b.participants().isEmpty())
                    && !(a.place() != null && a.place().equals(b.place())) && !similarNames(a.name(), b.name())) {
                return null; // a summit named by no one joins only one held in the same place or named alike
            }
            on.add("participants");
            if (similarNames(a.name(), b.name())) {
                on.add("name");
            }
            return on;
        }
        if (!people.isEmpty() && !otherPeople.isEmpty() && people.equals(otherPeople)) {
            on.add("participants");
            return on;
        }
        boolean samePeopleSoFarAsStated = people.isEmpty() || otherPeople.isEmpty()
                || people.containsAll(otherPeople) || otherPeople.containsAll(people);
        // one report names only the host ("X met Malaysia's leader"), the other both leaders: same countries decide
        if (!samePeopleSoFarAsStated) {
            return null;
        }
        if (groups.isEmpty() || !groups.equals(otherGroups)) {
            return null;
        }
        on.add("participants");
        return on;
    }

    /** Names that share most of their words: a tie-breaker between events that both fit. */
    static boolean similarNames(String a, String b) {
        Set<String> wa = Keys.words(a);
        Set<String> wb = Keys.words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        long common = wa.stream().filter(wb::contains).count();
        return common * 2 >= Math.max(wa.size(), wb.size());
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

    private static final Set<String> GENERIC_EVENT_WORDS = Set.of("commemorative", "special", "leaders", "leader",
            "opening", "closing", "session", "bilateral", "talks", "annual", "extraordinary", "informal", "plenary");

    private static Set<String> ids(List<EntityRef> refs, boolean people) {
        Set<String> out = new TreeSet<>();
        for (EntityRef r : refs) {
            boolean isPerson = r.kind() == org.diplomacykg.facts.EntityKind.PERSON;
            if (isPerson == people) {
                out.add(r.id());
            }
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static EventFact mergeEvents(List<EventFact> members) {
        return mergeEvents(members, new Votes<>(members, e -> e.evidence().articleId()));
    }

    private static EventFact mergeEvents(List<EventFact> members, Votes<EventFact> votes) {
        EventFact first = members.get(0);
        EventType type = votes.pick("type", EventFact::type, EventType::name, false);
        String name = votes.pick("name", EventFact::name, s -> s, false);
        String start = votes.pick("startDate", EventFact::startDate, s -> s, true);
        String end = votes.pick("endDate", EventFact::endDate, s -> s, true);
        EntityRef place = votes.pick("place", EventFact::place, EntityRef::id, true);
        EntityRef host = votes.pick("host", EventFact::host, EntityRef::id, true);
        String occasion = votes.pick("occasion", EventFact::occasion, s -> s, false);
        String partOf = votes.pick("partOf", EventFact::partOf, s -> s, false);
        return new EventFact(first.localId(), type, name, start, end, place, union(members, EventFact::participants),
                host, occasion, partOf, first.evidence());
    }

    private static List<Canonical<EventFact>> withCanonicalPartOf(List<Canonical<EventFact>> events,
                                                                   Map<String, String> keyByLocal) {
        List<Canonical<EventFact>> out = new ArrayList<>();
        for (Canonical<EventFact> c : events) {
            Votes<EventFact> votes = new Votes<>(c.reports(), e -> e.evidence().articleId());
            String partOf = votes.pick("partOf",
                    e -> e.partOf() == null ? null : keyByLocal.get(local(e.evidence(), e.partOf())), s -> s, false);
            EventFact m = c.merged();
            EventFact merged = new EventFact(m.localId(), m.type(), m.name(), m.startDate(), m.endDate(), m.place(),
                    m.participants(), m.host(), m.occasion(), Objects.equals(partOf, c.key()) ? null : partOf, m.evidence());
            out.add(new Canonical<>(c.key(), merged, c.reports(), c.evidence(), c.mergedOn(), c.conflicts()));
        }
        return out;
    }

    // ---- agreements ----

    private List<Canonical<AgreementFact>> reconcileAgreements(List<AgreementFact> reports, Map<String, String> eventKeys) {
        Comparator<AgreementFact> specific = Comparator
                .comparing((AgreementFact a) -> a.amount() == null ? 1 : 0)
                .thenComparing(a -> a.date() == null ? 0 : -a.date().length())
                .thenComparing(a -> a.type() == AgreementType.Agreement ? 1 : 0)
                .thenComparing(a -> -a.items().size())
                .thenComparing(a -> a.evidence().articleId())
                .thenComparing(AgreementFact::localId);
        Clusterer<AgreementFact> clusterer = new Clusterer<>(Reconciler::sameAgreement, specific,
                members -> mergeAgreements(members, new Votes<>(members, a -> a.evidence().articleId()), Map.of()),
                a -> a.evidence().articleId(), a -> {
                    List<EntityRef> sides = new ArrayList<>(a.parties());
                    if (a.provider() != null) {
                        sides.add(a.provider());
                    }
                    if (a.recipient() != null) {
                        sides.add(a.recipient());
                    }
                    return blockOn(sides, a.type().isTransfer() ? "transfer" : a.type().name());
                });
        List<Canonical<AgreementFact>> out = new ArrayList<>();
        for (Clusterer.Cluster<AgreementFact> c : clusterer.cluster(reports)) {
            Votes<AgreementFact> votes = new Votes<>(c.members(), a -> a.evidence().articleId());
            AgreementFact merged = mergeAgreements(c.members(), votes, eventKeys);
            String key = "agreement/" + merged.type().name().toLowerCase() + "-" + Keys.hash(agreementIdentity(merged));
            out.add(new Canonical<>(key, merged, c.members(), evidence(c.members(), AgreementFact::evidence),
                    c.mergedOn(), votes.conflicts()));
        }
        return unique(out);
    }

    private static String agreementIdentity(AgreementFact a) {
        return a.type() + "|" + Keys.ids(a.parties()) + "|" + (a.provider() == null ? "" : a.provider().id()) + "|"
                + (a.recipient() == null ? "" : a.recipient().id()) + "|" + a.date() + "|"
                + (a.amount() == null ? "" : a.amount().value().stripTrailingZeros().toPlainString() + a.amount().currency())
                + "|" + Keys.words(a.name());
    }

    private static boolean transferLike(AgreementFact a) {
        return a.type().isTransfer() || (a.type() == AgreementType.Agreement && a.provider() != null);
    }

    static List<String> sameAgreement(AgreementFact a, AgreementFact b) {
        if (!Keys.datesCompatible(a.date(), b.date())) {
            return null;
        }
        List<String> on = new ArrayList<>();
        if (a.date() != null && b.date() != null) {
            on.add("date");
        }
        boolean ta = transferLike(a);
        boolean tb = transferLike(b);
        if (ta || tb) {
            EntityRef pa = ta ? a.provider() : null;
            EntityRef pb = tb ? b.provider() : null;
            Set<String> sidesA = sides(a);
            Set<String> sidesB = sides(b);
            if (ta && tb) {
                if (!Objects.equals(a.provider(), b.provider()) || !Objects.equals(a.recipient(), b.recipient())) {
                    return null;
                }
                on.add("provider");
                on.add("recipient");
            } else {
                // a generic agreement between the same two sides joins a transfer only when it is about the same thing
                AgreementFact generic = ta ? b : a;
                if (generic.type() != AgreementType.Agreement || !sidesA.equals(sidesB)
                        || disjoint(Keys.words(a.name()), Keys.words(b.name()))) {
                    return null;
                }
                on.add("parties");
                on.add("subject");
            }
            Boolean amounts = amountsAgree(a.amount(), b.amount());
            if (amounts == Boolean.FALSE) {
                return null;
            }
            if (amounts == Boolean.TRUE) {
                on.add("amount");
            }
            if (pa != null && pb != null) {
                on.add("type");
            }
            return on;
        }
        if (a.type() != b.type()) {
            return null;
        }
        on.add("type");
        Set<String> pa = Keys.ids(a.parties());
        Set<String> pb = Keys.ids(b.parties());
        if ((pa.isEmpty() || pb.isEmpty()) && !similarNames(a.name(), b.name())) {
            return null; // an outcome with no parties joins only one named alike
        }
        if (!pa.isEmpty() && !pb.isEmpty()) {
            if (!pa.containsAll(pb) && !pb.containsAll(pa)) {
                return null;
            }
            on.add("parties");
        }
        Set<String> wa = Keys.words(a.name());
        Set<String> wb = Keys.words(b.name());
        if (!wa.isEmpty() && !wb.isEmpty()) {
            if (disjoint(wa, wb)) {
                return null;
            }
            on.add("subject");
        }
        return on;
    }

    private static Set<String> sides(AgreementFact a) {
        Set<String> s = new TreeSet<>(Keys.ids(a.parties()));
        if (a.provider() != null) {
            s.add(a.provider().id());
        }
        if (a.recipient() != null) {
            s.add(a.recipient().id());
        }
        return s;
    }

    /** TRUE when both state matching amounts, FALSE when they state different ones, null when one is silent. */
    static Boolean amountsAgree(MonetaryAmount a, MonetaryAmount b) {
        if (a == null || b == null) {
            return null;
        }
        boolean sameCurrency = a.currency() == null || b.currency() == null || a.currency().equals(b.currency());
        if (sameCurrency && close(a.value().doubleValue(), b.value().doubleValue(), 0.01)) {
            return Boolean.TRUE;
        }
        if (a.usd() != null && b.usd() != null && close(a.usd().doubleValue(), b.usd().doubleValue(), 0.02)) {
            return Boolean.TRUE;
        }
        return Boolean.FALSE;
    }

    private static boolean close(double x, double y, double tolerance) {
        return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
    }

    private static AgreementFact mergeAgreements(List<AgreementFact> members, Votes<AgreementFact> votes,
                                                 Map<String, String> eventKeys) {
        AgreementFact first = members.get(0);
        AgreementType type = votes.pick("type", a -> a.type() == AgreementType.Agreement && members.stream()
                .anyMatch(m -> m.type() != AgreementType.Agreement) ? null : a.type(), AgreementType::name, false);
        String name = votes.pick("name", AgreementFact::name, s -> s, false);
        String date = votes.pick("date", AgreementFact::date, s -> s, true);
        var status = votes.pick("status", AgreementFact::status, Enum::name, true);
        EntityRef provider = votes.pick("provider", AgreementFact::provider, EntityRef::id, true);
        EntityRef recipient = votes.pick("recipient", AgreementFact::recipient, EntityRef::id, true);
        MonetaryAmount amount = mergeAmount(members, votes);
        String programme = votes.pick("programme", AgreementFact::programme, s -> s, false);
        String purpose = votes.pick("purpose", AgreementFact::purpose, s -> s, false);
        String event = votes.pick("event", a -> a.event() == null ? null : eventKeys.get(local(a.evidence(), a.event())),
                s -> s, false);
        Set<String> items = new LinkedHashSet<>();
        members.forEach(m -> items.addAll(m.items()));
        return new AgreementFact(first.localId(), type, name, date, status, union(members, AgreementFact::parties),
                provider, recipient, amount, List.copyOf(items), programme, purpose, event, first.evidence());
    }

    private static MonetaryAmount mergeAmount(List<AgreementFact> members, Votes<AgreementFact> votes) {
        var value = votes.pick("amount", a -> a.amount() == null ? null : a.amount().value(),
                v -> v.stripTrailingZeros().toPlainString(), true);
        if (value == null) {
            return null;
        }
        String currency = votes.pick("currency", a -> a.amount() == null ? null : a.amount().currency(), s -> s, true);
        var usd = votes.pick("amountUSD", a -> a.amount() == null ? null : a.amount().usd(),
                v -> v.stripTrailingZeros().toPlainString(), true);
        Boolean upTo = votes.pick("upTo", a -> a.amount() == null || !a.amount().upTo() ? null : Boolean.TRUE,
                String::valueOf, false);
        return new MonetaryAmount(value, currency, usd, Boolean.TRUE.equals(upTo));
    }

    // ---- quotations ----

    private List<Canonical<QuotationFact>> reconcileQuotations(List<QuotationFact> reports) {
        Comparator<QuotationFact> specific = Comparator
                .comparing((QuotationFact q) -> -q.text().length())
                .thenComparing(q -> q.speaker() == null ? 1 : 0)
                .thenComparing(q -> q.evidence().articleId())
                .thenComparing(q -> q.evidence().start());
        Clusterer<QuotationFact> clusterer = new Clusterer<>(Reconciler::sameQuotation, specific, members -> members.get(0),
                q -> q.evidence().articleId(), Reconciler::quoteKeys, Reconciler::quoteLookupKeys);
        List<Canonical<QuotationFact>> out = new ArrayList<>();
        for (Clusterer.Cluster<QuotationFact> c : clusterer.cluster(reports)) {
            Votes<QuotationFact> votes = new Votes<>(c.members(), q -> q.evidence().articleId());
            QuotationFact longest = c.members().get(0);
            EntityRef speaker = votes.pick("speaker", QuotationFact::speaker, EntityRef::id, true);
            QuotationFact merged = new QuotationFact(speaker, longest.text(), longest.evidence());
            String key = "quote/" + Keys.hash(plain(longest.text())
                    + "|" + (speaker == null ? "" : speaker.id()));
            out.add(new Canonical<>(key, merged, c.members(), evidence(c.members(), QuotationFact::evidence),
                    c.mergedOn(), votes.conflicts()));
        }
        return unique(out);
    }

    static List<String> sameQuotation(QuotationFact a, QuotationFact b) {
        if (!sameSpeaker(a, b)) {
            return null;
        }
        String ta = plain(a.text());
        String tb = plain(b.text());
        if (ta.equals(tb) && !ta.isEmpty()) {
            return List.of("text", "speaker");
        }
        String shorter = ta.length() <= tb.length() ? ta : tb;
        String longer = shorter == ta ? tb : ta;
        // a few quoted words inside a longer quotation are a fragment, not a reprint of it
        if (shorter.split(" ").length < 6 || shorter.length() * 5 < longer.length() * 2 || !longer.contains(shorter)) {
            return null;
        }
        return List.of("text", "speaker");
    }

    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** A quotation's words only: folded, punctuation dropped. */
    private static String plain(String text) {
        return NOT_ALNUM.matcher(Keys.fold(text)).replaceAll(" ").trim();
    }

    private static boolean sameSpeaker(QuotationFact a, QuotationFact b) {
        return a.speaker() == null || b.speaker() == null || a.speaker().equals(b.speaker());
    }

    // ---- shared ----

    /** Blocking keys for facts about entities: each entity, and the fact's kind (used by reports that name no one). */
    private static Set<String> blockOn(List<EntityRef> refs, String kind) {
        Set<String> keys = new TreeSet<>();
        refs.forEach(r -> keys.add(r.id()));
        keys.add("~" + kind);
        return keys;
    }

    /**
     * Blocking keys for quotations: their six-word phrases (a reprint of a quotation of six words
     * or more shares one), with the speaker, so that stock words said by many people are not all
     * compared with each other; and each phrase alone, for reports that name no speaker.
     */
    private static Set<String> quoteKeys(QuotationFact q) {
        Set<String> keys = new TreeSet<>();
        for (String p : phrases(q)) {
            keys.add(p + "|" + speakerKey(q));
            keys.add("~" + p);
        }
        return keys;
    }

    /** A quotation with a speaker may join one by the same speaker or by no one named; one without, any. */
    private static Set<String> quoteLookupKeys(QuotationFact q) {
        Set<String> keys = new TreeSet<>();
        for (String p : phrases(q)) {
            if (q.speaker() == null) {
                keys.add("~" + p);
            } else {
                keys.add(p + "|" + speakerKey(q));
                keys.add(p + "|?");
            }
        }
        return keys;
    }

    private static String speakerKey(QuotationFact q) {
        return q.speaker() == null ? "?" : q.speaker().id();
    }

    private static Set<String> phrases(QuotationFact q) {
        String[] w = plain(q.text()).split(" ");
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i + 6 <= w.length; i++) {
            keys.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 6)));
        }
        if (keys.isEmpty()) {
            keys.add(String.join(" ", w));
        }
        return keys;
    }

    /**
     * Gives each canonical fact its own key. Two facts can share an identity (the same words
     * quoted twice in one article, two same-looking deals one article keeps apart); the later
     * ones, in evidence order, get a numbered suffix so no two facts ever share an IRI.
     */
    private static <F> List<Canonical<F>> unique(List<Canonical<F>> facts) {
        List<Canonical<F>> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing((Canonical<F> c) -> c.key())
                .thenComparing(c -> c.evidence().get(0).articleId())
                .thenComparingInt(c -> c.evidence().get(0).start()));
        Map<String, Integer> seen = new HashMap<>();
        List<Canonical<F>> out = new ArrayList<>();
        for (Canonical<F> c : sorted) {
            int n = seen.merge(c.key(), 1, Integer::sum);
            out.add(n == 1 ? c : new Canonical<>(c.key() + "-" + n, c.merged(), c.reports(), c.evidence(), c.mergedOn(),
                    c.conflicts()));
        }
        return out;
    }

    private static <F> List<EntityRef> union(List<F> members, Function<F, List<EntityRef>> get) {
        Map<String, EntityRef> out = new TreeMap<>();
        for (F m : members) {
            for (EntityRef r : get.apply(m)) {
                out.putIfAbsent(r.id(), r);
            }
        }
        return List.copyOf(out.values());
    }

    private static <F> List<Evidence> evidence(List<F> members, Function<F, Evidence> get) {
        List<Evidence> out = new ArrayList<>();
        for (F m : members) {
            out.add(get.apply(m));
        }
        out.sort(Comparator.comparing(Evidence::articleId).thenComparingInt(Evidence::start));
        return out;
    }
}
