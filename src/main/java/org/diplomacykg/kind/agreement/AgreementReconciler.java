package org.diplomacykg.kind.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.kind.event.EventKind;
import org.diplomacykg.reconcile.Canonical;
import org.diplomacykg.reconcile.CanonicalKeys;
import org.diplomacykg.reconcile.Clusterer;
import org.diplomacykg.reconcile.Keys;
import org.diplomacykg.reconcile.Votes;

/**
 * Reports of one agreement or transfer merge when they agree on what identifies it: the kind,
 * the parties or the provider and recipient, the date and the amount where both state them, and
 * the subject words; reports that only look alike stay apart.
 */
final class AgreementReconciler {
    private static final java.util.Set<AgreementType> NAMED_MONEY = java.util.EnumSet.of(AgreementType.Grant, AgreementType.Loan,
            AgreementType.Investment, AgreementType.FinancialArrangement);

    List<Canonical<AgreementFact>> reconcile(List<AgreementFact> reports, CanonicalKeys earlier) {
        Comparator<AgreementFact> specific = Comparator
                .comparing((AgreementFact a) -> a.amount() == null ? 1 : 0)
                .thenComparing(a -> a.date() == null ? 0 : -a.date().length())
                .thenComparing(a -> a.type() == AgreementType.Agreement ? 1 : 0)
                .thenComparing(a -> -a.items().size())
                .thenComparing(a -> a.evidence().articleId())
                .thenComparing(AgreementFact::localId);
        // while clustering, the event link plays no part: it is resolved once, for the final merge
        Clusterer<AgreementFact> clusterer = new Clusterer<>(AgreementReconciler::sameAgreement, specific,
                members -> merge(members, new Votes<>(members), a -> null), a -> {
                    List<EntityRef> sides = new ArrayList<>(a.parties());
                    if (a.provider() != null) {
                        sides.add(a.provider());
                    }
                    if (a.recipient() != null) {
                        sides.add(a.recipient());
                    }
                    return Clusterer.blockOn(sides, a.type().isTransfer() ? "transfer" : a.type().name());
                });
        Function<AgreementFact, String> eventKey = a -> a.event() == null ? null
                : earlier.keyOf(EventKind.INSTANCE, a.evidence().articleId(), a.event());
        List<Canonical<AgreementFact>> out = new ArrayList<>();
        for (Clusterer.Cluster<AgreementFact> c : clusterer.cluster(reports)) {
            Votes<AgreementFact> votes = new Votes<>(c.members());
            AgreementFact merged = merge(c.members(), votes, eventKey);
            String key = "agreement/" + merged.type().name().toLowerCase() + "-" + Keys.hash(identity(merged));
            out.add(Canonical.of(key, merged, c.members(), c.mergedOn(), votes.conflicts()));
        }
        return Canonical.withUniqueKeys(out);
    }

    private static String identity(AgreementFact a) {
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
                        || Keys.disjoint(Keys.words(a.name()), Keys.words(b.name()))) {
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
        Set<String> pa = Keys.ids(a.parties());
        Set<String> pb = Keys.ids(b.parties());
        if (a.type() != b.type()) {
            // "the strategic partnership agreement" and "the Comprehensive Strategic Partnership": an
            // outcome of no particular kind joins one of a kind when its name says the same thing
            boolean generic = a.type() == AgreementType.Agreement || b.type() == AgreementType.Agreement;
            if (!generic || !Keys.similarNames(a.name(), b.name()) || pa.isEmpty() || !pa.equals(pb)) {
                return null;
            }
            on.add("parties");
            on.add("subject");
            return on;
        }
        on.add("type");
        if (a.type() == AgreementType.JointStatement && pa.size() >= 2 && pa.equals(pb)) {
            // "the joint statement", "a statement against China": one statement of the same sides on one day
            on.add("parties");
            return on;
        }
        if ((pa.isEmpty() || pb.isEmpty()) && !Keys.similarNames(a.name(), b.name())) {
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
            if (Keys.disjoint(wa, wb)) {
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
        // two currencies: each report converted at its own rate, and the table's rates are approximate
        if (a.usd() != null && b.usd() != null && close(a.usd().doubleValue(), b.usd().doubleValue(), sameCurrency ? 0.02 : 0.10)) {
            return Boolean.TRUE;
        }
        if (!sameCurrency && (a.usd() == null || b.usd() == null) && !close(a.value().doubleValue(), b.value().doubleValue(), 0.01)) {
            // "P235 million" and "600 million yen" with no rate given: the sums cannot be compared (the
            // same figure in two currencies, though, is two different sums)
            return null;
        }
        return Boolean.FALSE;
    }

    private static boolean close(double x, double y, double tolerance) {
        return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
    }

    private static AgreementFact merge(List<AgreementFact> members, Votes<AgreementFact> votes,
                                       Function<AgreementFact, String> eventKey) {
        AgreementFact first = members.get(0);
        // a kind of money a report names ("a grant of 9.05 billion yen") says more than one inferred from
        // what is given ("a patrol ship": equipment) or from nothing ("aid"): it wins over the vote
        boolean named = members.stream().anyMatch(m -> NAMED_MONEY.contains(m.type()));
        AgreementType type = votes.pick("type", a -> a.type() == AgreementType.Agreement && members.stream()
                .anyMatch(m -> m.type() != AgreementType.Agreement) || named && !NAMED_MONEY.contains(a.type()) ? null : a.type(),
                AgreementType::name, false);
        String name = votes.pick("name", AgreementFact::name, s -> s, false);
        String date = votes.pick("date", AgreementFact::date, s -> s, true);
        var status = votes.pick("status", AgreementFact::status, Enum::name, true);
        EntityRef provider = votes.pick("provider", AgreementFact::provider, EntityRef::id, true);
        EntityRef recipient = votes.pick("recipient", AgreementFact::recipient, EntityRef::id, true);
        MonetaryAmount amount = mergeAmount(votes);
        String programme = votes.pick("programme", AgreementFact::programme, s -> s, false);
        String purpose = votes.pick("purpose", AgreementFact::purpose, s -> s, false);
        String event = votes.pick("event", eventKey, s -> s, false);
        Set<String> items = new LinkedHashSet<>();
        members.forEach(m -> items.addAll(m.items()));
        return new AgreementFact(first.localId(), type, name, date, status, votes.union(AgreementFact::parties),
                provider, recipient, amount, List.copyOf(items), programme, purpose, event, first.evidence());
    }

    private static MonetaryAmount mergeAmount(Votes<AgreementFact> votes) {
        // the sum and its currency are voted on together: "235 million" of one report and "yen" of another is no sum anyone gave
        MonetaryAmount amount = votes.pick("amount", AgreementFact::amount,
                m -> m.value().stripTrailingZeros().toPlainString() + (m.currency() == null ? "" : " " + m.currency()), true);
        if (amount == null) {
            return null;
        }
        var usd = votes.pick("amountUSD", a -> a.amount() == null || !sameSum(a.amount(), amount) ? null : a.amount().usd(),
                v -> v.stripTrailingZeros().toPlainString(), true);
        Boolean upTo = votes.pick("upTo", a -> a.amount() == null || !a.amount().upTo() ? null : Boolean.TRUE,
                String::valueOf, false);
        return new MonetaryAmount(amount.value(), amount.currency(), usd, Boolean.TRUE.equals(upTo));
    }

    private static boolean sameSum(MonetaryAmount a, MonetaryAmount b) {
        return a.value().compareTo(b.value()) == 0 && Objects.equals(a.currency(), b.currency());
    }
}
