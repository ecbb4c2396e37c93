package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;

/**
 * Agreements, plans, statements and transfers of one article, clause by clause (", and" and
 * ";" split coordinated commitments into separate facts):
 * <ul>
 * <li>joint statements and visions, one per article, parties = the summit's when the leaders adopt it;</li>
 * <li>implementation/action plans ("an action plan for 45 projects"), one per article;</li>
 * <li>partnerships and upgrades ("agreed to upgrade ties to a strategic partnership");</li>
 * <li>agreements to negotiate ("agreed to open negotiations on a … treaty known as the X"), under negotiation;</li>
 * <li>dialogues ("the launch of a two-plus-two dialogue");</li>
 * <li>transfers: grants, aid and equipment with provider, recipient, amount, items, programme
 * and purpose ("provide Ghana with", "to the Kenyan coast guard", "to Accra", "to fund
 * Peru's …"); a following "The assistance includes …" adds to the transfer before it;</li>
 * <li>other signed agreements, named for what they are for ("coast guard cooperation agreement").</li>
 * </ul>
 * Words inside quotation marks never make a fact; captions never do.
 */
final class AgreementExtractor {
    private static final Guarded CLAUSE_SPLIT = Guarded.of(",\\s+and\\s+(?=the\\s+two\\b|both\\b|they\\b|[A-Z])|;\\s+|\\s+and\\s+(?=to\\s+\\w+)", "and", ";");
    private static final Guarded JOINT = Guarded.ignoringCase("(?i)\\bjoint\\s+(vision\\s+statement|vision|statement|declaration|communique|communiqué)\\b|\\b(?:comprehensive|final|leaders'|chair's)\\s+(statement|declaration)\\b", "joint", "statement", "declaration");
    private static final Guarded PLAN = Guarded.ignoringCase("(?i)\\b(implementation|action|work)\\s+plan\\b(?:\\s+(?:for|consisting of|covering|with|of|comprising)\\s+(\\d+)\\s+projects)?", "plan");
    private static final Guarded PARTNERSHIP = Guarded.of("\\b(?:elevate|elevated|elevating|upgrade|upgraded|upgrading|raise|raised|establish|established|launch|launched|form|formed|forge|forged)\\b[^.;]*?\\b((?:[a-z-]+\\s+){0,3}partnership)\\b", "partnership");
    private static final Guarded NEGOTIATE = Guarded.of("\\b(?:agreed|agree|decided|plan|plans)\\s+to\\s+(?:start|begin|launch|open|resume|hold)\\s+(?:formal\\s+)?(?:talks|negotiations)\\s+(?:for|on|over|toward|towards)\\s+(?:a|an|the)?\\s*([^,;]*?)(?:\\s+(?:called|named|dubbed|known as)\\s+(?:the\\s+)?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*))?(?=\\s+(?:designed|that|which|to|aimed)\\b|[,;.]|$)", "talks", "negotiations");
    private static final Guarded DIALOGUE = Guarded.of("\\b(?:launch|launched|relaunch|establish|established|establishment|hold|set up|create|created|start|started|restart|resume|revive)\\w*\\s+(?:of\\s+)?(?:a|an|the|new)\\s+((?:[\\w-]+\\s+){0,4}dialogue)\\b", "dialogue");
    /** "an MoU under which X will help develop a corridor": a document named by what it commits to. */
    private static final Guarded UNDER_WHICH = Guarded.of("\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?(MoU|memorandum of understanding|memorandum|agreement|accord|deal|pact|treaty)\\s+under\\s+which\\s+[^,;]*?\\b(?:will|would|is to|are to|shall)\\s+([a-z][^,;]+)", "under");
    private static final Guarded SIGNED = Guarded.of("\\b(signed|signs|sign|concluded|concludes|inked|reached|struck)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(agreement|accord|deal|pact|memorandum of understanding|memorandum|protocol|treaty)\\b", "agreement", "accord", "deal", "pact", "memorandum of understanding", "memorandum", "protocol", "treaty");
    /** Several documents signed at once: "signed 15 agreements", "the signing of a number of cooperation documents". */
    private static final Guarded SIGNED_MANY = Guarded.of("\\b(?:signed|signs|sign|signing of|inked|concluded|exchanged|exchange|exchanging|exchange of)\\s+(?:\\d+|a number of|several|a series of|a raft of|a batch of|two|three|four|five|six|seven|eight|nine|ten|dozens of|more than \\d+)\\s+((?:[a-z-]+\\s+){0,3}?(?:agreements|accords|deals|pacts|memorandums of understanding|memorandums|memoranda|protocols|treaties|documents|contracts))\\b", "agreements", "accords", "deals", "pacts", "memorandums of understanding", "memorandums", "memoranda", "protocols", "treaties", "documents", "contracts");
    /**
     * A commitment: "agreed (on Friday) (with X) to VERB ...". The verb phrase up to the next
     * comma or semicolon names it; "and to VERB ..." after it is a separate commitment.
     */
    private static final Guarded AGREED_TO = Guarded.of("\\b(?:agreed|agree|agrees|pledged|pledge|pledges|vowed|vow|vows|promised)\\s+(?:(?:on\\s+[A-Z]\\w+|in\\s+[A-Z]\\w+(?:\\s+[A-Z]\\w+)?|with\\s+[^,;]{1,60}?|in\\s+principle)\\s+){0,3}to\\s+((?:[a-z]+ly\\s+)?[a-z]+(?:\\s+[^,;.]+)?)", "agreed", "agree", "agrees", "pledged", "pledge", "pledges", "vowed", "vow", "vows", "promised");
    private static final Pattern TO_VERB = Pattern.compile("^\\s*to\\s+((?:[a-z]+ly\\s+)?[a-z]+(?:\\s+[^,;.]+)?)");
    /** Verbs after "agreed to" that report no commitment of their own. */
    private static final Pattern NOT_A_COMMITMENT = Pattern.compile("^(?:be|have|meet|talk|discuss|disagree|differ)\\b");
    private static final Guarded TRANSFER_NOUN = Guarded.of("\\b(grant|grants|provision|provisions|supply|delivery|donation|donations|(?:investment|aid|financing|funding|assistance|support|recovery)\\s+package)\\b(?:\\s+of\\b)?", "grant", "grants", "provision", "provisions", "supply", "delivery", "donation", "donations", "package");
    private static final Guarded TRANSFER_VERB = Guarded.of("\\b(pay|pays|paid|paying|provide|provides|provided|providing|supply|supplies|supplied|supplying|donate|donates|donated|deliver|delivers|delivered|give|gives|gave|offer|offers|offered|offering|promised|pledged|hand over|handed over|approve|approves|approved|invest|invests|invested|investing)\\b", "pay", "pays", "paid", "paying", "provide", "provides", "provided", "providing", "supply", "supplies", "supplied", "supplying", "donate", "donates", "donated", "deliver", "delivers", "delivered", "give", "gives", "gave", "offer", "offers", "offered", "offering", "promised", "pledged", "hand over", "handed over", "approve", "approves", "approved", "invest", "invests", "invested", "investing");
    private static final Guarded DEAL_FOR = Guarded.of("\\b(?:deal|agreement|accord|pact|package)\\b[^,;]*?\\bto\\s+(?:bolster|enhance|strengthen|improve|boost|fund|support|upgrade|build)\\s+", "deal", "agreement", "accord", "pact", "package");
    private static final Pattern BACK_REFERENCE = Pattern.compile("^(?:The|This|That|Such|These)\\s+(?:[a-z-]+\\s+)?(?:assistance|deal|provision|grant|agreement|aid|package|equipment|support|transfer)\\b|^It\\s+(?:is|was|will)\\b");
    private static final Guarded PROGRAMME = Guarded.of("\\b(?:as part of|under|through|via|utiliz\\w*|utilis\\w*|uses|using)\\s+(?:a|an|the)?\\s*(?:new\\s+)?(?:[A-Z][a-z]+\\s+)?([a-z][a-z ]+?)\\s+(?:program|programme|framework|scheme)\\b|\\b[Ii]t is an?\\s+(?:new\\s+)?(?:[A-Z][a-z]+\\s+)?([a-z][a-z ]+?)\\s+(?:program|programme|framework|scheme)\\b|\\bdubbed\\s+([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*)", "program", "framework", "scheme", "dubbed");
    private static final Guarded PURPOSE = Guarded.of("\\bto\\s+((?:bolster|fund|enhance|strengthen|improve|help|boost|support|protect|maintain|upgrade|build)\\s+[^,;]+)", "bolster", "fund", "enhance", "strengthen", "improve", "help", "boost", "support", "protect", "maintain", "upgrade", "build");
    private static final Guarded TWO_SIDES = Guarded.ignoringCase("(?i)\\b(the two sides|both sides|the two countries|both countries|the two nations|both nations|the two governments|the two leaders|both leaders|the two heads of state|the two presidents|the two neighbou?rs|the two (?:foreign |prime |defen[cs]e |trade |finance )?ministers|both (?:foreign |prime )?ministers|the two kingdoms|the two republics|they)\\b", "two", "both", "they");
    private static final Pattern WITH_BEFORE = Pattern.compile("\\bwith\\s+(?:(?:his|her|their|the)\\s+)?(?:[A-Z][\\w.'-]*\\s+){0,5}$|\\bwith\\s+[a-z]+\\s+counterpart,?\\s+$");

    private static final Pattern PARTNERSHIP_LEAD = Pattern.compile("^(?:(?:top-level|new|a|an|the|their|its|to|into|of|as)\\s+)+");
    private static final Pattern DIALOGUE_LEAD = Pattern.compile("^(?:new|a|an|the)\\s+");
    private static final Pattern DETERMINER_FIRST = Pattern.compile("^(?:the|a|an|its|their|this|that)\\b.*");
    private static final Pattern OTHER_DOCUMENT_NOUN = Pattern.compile("\\b(?:documents|deals|accords|pacts|contracts)$");
    private static final Pattern COMMITMENT_END = Pattern.compile("\\s+(?:during|after|before|when|while|amid|as part of|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|according to|(?:the\\s+)?[A-Z][\\w']*(?:\\s+[\\w']+)?\\s+said)\\b");
    private static final Pattern PURPOSE_END = Pattern.compile("\\s+(?:as part of|including|and includes|which|specifically|under|through)\\b");
    private static final Guarded GRANT_WORD = Guarded.of("(?s).*\\b(grants?|financial support|funding)\\b.*", "grant", "financial support", "funding");
    private static final Guarded GIVEN_WORD = Guarded.of("(?s).*\\b(assistance|aid|support|deal|agreement)\\b.*", "assistance", "aid", "support", "deal", "agreement");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?s)^(?:[A-Z][a-z]+,?\\s+)?(?:He|She|he|she)\\b.*");
    private static final Pattern PACKAGE_FOR = Pattern.compile("(?s).*\\bpackage\\s+(?:for|to)\\s+(?:the\\s+)?$");
    private static final Pattern TO_OR_FOR = Pattern.compile("(?s).*\\b(to|for)\\s+(?:the\\s+)?$");
    private static final Pattern GIVING_VERB = Pattern.compile("(?s).*\\b(promised|offered|gave|give|pay|pays|paid|provide|provided|supply|supplied|fund|funds|funding|bolster|enhance|strengthen|improve|boost|support|help|helps|helping|assist)\\s+(?:the\\s+)?$");
    private static final Pattern INVEST_IN = Pattern.compile("(?s).*\\binvest(?:s|ed|ing)?\\b[^,;]*\\bin\\s+(?:the\\s+)?$");
    private static final Guarded STATUS_SIGNED = Guarded.of("(?s).*\\b(signed|signs|inked|concluded)\\b.*", "signed", "signs", "inked", "concluded");
    private static final Guarded STATUS_ADOPTED = Guarded.of("(?s).*\\b(adopted|adopt|unveiled|issued|endorsed)\\b.*", "adopted", "adopt", "unveiled", "issued", "endorsed");
    private static final Guarded STATUS_AGREED = Guarded.of("(?s).*\\b(agreed|agree|confirmed|affirmed)\\b.*", "agreed", "agree", "confirmed", "affirmed");
    private static final Guarded STATUS_PLEDGED = Guarded.of("(?s).*\\b(pledged|pledge|promised|promise|vowed|offered|offering)\\b.*", "pledged", "pledge", "promised", "promise", "vowed", "offered", "offering");
    private static final Guarded STATUS_ANNOUNCED = Guarded.of("(?s).*\\b(announced|announce|unveil)\\b.*", "announced", "announce", "unveil");
    private static final Pattern COOPERATION_BETWEEN = Pattern.compile("\\bcooperation\\s+(?:between|among|of)\\s+(?:their|the two|the|both)?\\s*([a-z][a-z ]*?)(?=$|[,;.]|\\s+(?:to|and|in|on|for)\\b)");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "accord on X", "deal to Y" for each document noun {@link #SIGNED} knows, compiled once. */
    private static final java.util.Map<String, Pattern> NOUN_THEN = nounThenPatterns();

    private final EntityGazetteer gazetteer;
    private final MoneyParser money;
    private final EquipmentGazetteer equipment;

    AgreementExtractor(EntityGazetteer gazetteer, MoneyParser money, EquipmentGazetteer equipment) {
        this.gazetteer = gazetteer;
        this.money = money;
        this.equipment = equipment;
    }

    /** A fact being built; transfers may be completed by the sentences that follow. */
    private static final class Draft {
        AgreementType type;
        String name;
        String date;
        AgreementStatus status;
        final Set<EntityRef> parties = new LinkedHashSet<>();
        EntityRef provider;
        EntityRef recipient;
        MonetaryAmount amount;
        final List<String> items = new ArrayList<>();
        String programme;
        String purpose;
        String event;
        int sentence;
    }

    List<AgreementFact> extract(ArticleDoc d, List<EventFact> events) {
        List<Draft> out = new ArrayList<>();
        EventFact summit = events.stream().filter(e -> e.type() == EventType.Summit).findFirst().orElse(null);
        Draft statement = null;
        Draft plan = null;
        Draft lastTransfer = null;
        List<EntityRef> lastPair = firstMeetingPair(events);
        if (lastPair.isEmpty()) {
            lastPair = onlyTwoCountries(d);
        }
        for (int i = 0; i < d.size(); i++) {
            if (d.caption(i)) {
                continue;
            }
            String f = d.folded.get(i);
            String t = d.masked.get(i);
            int base = d.sentence(i).start();
            String date = sentenceDate(d, i, events);
            String meeting = meetingIn(events, i);

            if (lastTransfer != null && BACK_REFERENCE.matcher(t).find()) {
                enrich(d, i, f, t, lastTransfer);
                continue;
            }
            // statements and plans: read on the unmasked text, since outlets quote their names
            Matcher j = JOINT.matcher(f);
            if (j.find() && !insideLongQuote(t, f, j.start())) {
                String name = Text.collapse(j.group().toLowerCase()).replace("communiqué", "communique");
                if (!name.startsWith("joint")) {
                    name = "joint statement";
                }
                if (statement == null) {
                    statement = new Draft();
                    statement.type = AgreementType.JointStatement;
                    statement.name = name;
                    statement.sentence = i;
                    statement.status = statusOf(t, AgreementStatus.adopted);
                    statement.parties.addAll(summit != null ? actors(summit.participants()) : clauseActors(d, i, 0, t.length()));
                    if (statement.parties.size() < 2 && TWO_SIDES.matcher(t).find()) {
                        statement.parties.addAll(lastPair);
                    }
                    statement.event = summit == null ? null : summit.localId();
                    out.add(statement);
                } else if (name.length() > statement.name.length() && name.contains("vision")) {
                    statement.name = name;
                }
                if (statement.date == null) {
                    statement.date = date;
                }
            }
            Matcher p = PLAN.matcher(f);
            if (p.find() && !insideLongQuote(t, f, p.start())) {
                if (plan == null) {
                    plan = new Draft();
                    plan.type = AgreementType.Plan;
                    plan.sentence = i;
                    plan.name = p.group(1).toLowerCase() + " plan";
                    plan.status = statusOf(t, AgreementStatus.adopted);
                    plan.parties.addAll(summit != null && t.toLowerCase().contains("leaders") ? actors(summit.participants()) : clauseActors(d, i, 0, t.length()));
                    plan.event = summit == null ? null : summit.localId();
                    out.add(plan);
                }
                if (p.group(2) != null && !plan.name.contains("projects")) {
                    plan.name = plan.name + " for " + p.group(2) + " projects";
                }
                if (plan.date == null) {
                    plan.date = date;
                }
            }

            List<int[]> clauses = clauses(t);
            List<EntityRef> previousParties = List.of();
            Draft commitment = null;
            for (int[] c : clauses) {
                String ct = t.substring(c[0], c[1]);
                List<EntityRef> actors = clauseActors(d, i, c[0], c[1]);
                if (actors.size() < 2 && TWO_SIDES.matcher(ct).find()) {
                    // "the two leaders agreed ...": the pair this sentence or the story last named
                    actors = previousParties.size() >= 2 ? previousParties : lastPair;
                }
                Draft fact = null;
                Matcher m;
                if ((m = NEGOTIATE.matcher(ct)).find()) {
                    fact = draft(AgreementType.NegotiationAgreement, m.group(2) != null ? m.group(2) : Text.collapse(m.group(1)), AgreementStatus.under_negotiation, i, date);
                    fact.parties.addAll(actors);
                } else if ((m = PARTNERSHIP.matcher(ct)).find()) {
                    String name = Text.collapse(PARTNERSHIP_LEAD.matcher(m.group(1)).replaceAll(""));
                    fact = draft(AgreementType.Partnership, name, statusOf(ct, AgreementStatus.announced), i, date);
                    List<EntityRef> before = clauseActors(d, i, c[0], c[0] + m.start());
                    fact.parties.addAll(before.size() >= 2 ? before : actors);
                } else if ((m = DIALOGUE.matcher(ct)).find()) {
                    fact = draft(AgreementType.Dialogue, Text.collapse(DIALOGUE_LEAD.matcher(m.group(1)).replaceAll("")), statusOf(ct, AgreementStatus.agreed), i, date);
                    fact.parties.addAll(actors);
                } else {
                    fact = transfer(d, i, c[0], c[1], f, t, lastTransfer, date);
                    if (fact != null) {
                        lastTransfer = fact;
                    } else if ((m = SIGNED.matcher(ct)).find()) {
                        fact = draft(AgreementType.Agreement, agreementName(ct.substring(m.start()), m.group(2)), statusOf(ct, AgreementStatus.signed), i, date);
                        fact.parties.addAll(actors);
                    } else if ((m = UNDER_WHICH.matcher(ct)).find()) {
                        // "an MoU under which Ruritania will help build a port": named for what it provides
                        fact = draft(AgreementType.Agreement, commitmentName(m.group(2)), AgreementStatus.signed, i, date);
                        fact.parties.addAll(actors);
                    } else if ((m = SIGNED_MANY.matcher(ct)).find()) {
                        fact = draft(AgreementType.Agreement, manyName(m.group(1)), AgreementStatus.signed, i, date);
                        fact.parties.addAll(actors);
                    } else {
                        fact = commitment(ct, subjects(d, i, c[0], ct, AGREED_TO, actors), commitment, i, date);
                        commitment = fact;
                    }
                }
                int needed = fact == null ? 2 : fact.type.isTransfer() || fact == commitment ? 1 : 2;
                if (fact != null && countryParties(fact) >= needed) {
                    fact.event = meeting;
                    out.add(fact);
                    previousParties = new ArrayList<>(fact.parties);
                } else if (!actors.isEmpty()) {
                    previousParties = actors;
                }
                if (previousParties.size() >= 2) {
                    lastPair = previousParties;
                }
            }
        }
        List<AgreementFact> facts = new ArrayList<>();
        int n = 1;
        for (Draft g : out) {
            if (g.date == null) {
                g.date = dateOfMeetingBetween(events, g.parties);
            }
            if (g.type.isTransfer() && !g.items.isEmpty() && g.type == AgreementType.Aid) {
                g.type = AgreementType.EquipmentTransfer;
            }
            if (g.name == null) {
                g.name = transferName(g);
            }
            facts.add(new AgreementFact("agreement-" + n++, g.type, g.name, g.date, g.status, new ArrayList<>(g.parties),
                    g.provider, g.recipient, g.amount, g.items, g.programme, g.purpose, g.event, d.evidence(g.sentence)));
        }
        return facts;
    }

    /**
     * "X agreed to VERB ..." (or pledged, vowed): a commitment named by its verb phrase, with the
     * clause's actors as parties. A clause that is only "to VERB ..." continues the commitment of
     * the clause before it ("agreed to resume A and to curb B" gives two facts).
     */
    private static Draft commitment(String clause, List<EntityRef> actors, Draft previous, int sentence, String date) {
        Matcher m = AGREED_TO.matcher(clause);
        List<EntityRef> parties = actors;
        AgreementStatus status;
        if (m.find()) {
            status = statusOf(clause.substring(m.start()), AgreementStatus.agreed);
        } else if (previous != null && (m = TO_VERB.matcher(clause)).find()) {
            status = previous.status;
            parties = new ArrayList<>(previous.parties);
        } else {
            return null;
        }
        String phrase = commitmentName(m.group(1));
        if (phrase.isEmpty() || NOT_A_COMMITMENT.matcher(phrase).find() || DETERMINER_FIRST.matcher(phrase).matches()) {
            return null;
        }
        Draft g = draft(AgreementType.Agreement, phrase, status, sentence, date);
        g.parties.addAll(parties);
        return g;
    }

    /**
     * Who commits: the actors before the trigger ("Ruritania agreed to ...", "X and Y agreed with
     * Z to ...", the "with" part included), else the clause's actors.
     */
    private List<EntityRef> subjects(ArticleDoc d, int i, int clauseStart, String clause, Guarded trigger, List<EntityRef> actors) {
        Matcher m = trigger.matcher(clause);
        if (!m.find()) {
            return actors;
        }
        int to = clause.indexOf(" to ", m.start());
        List<EntityRef> before = clauseActors(d, i, clauseStart, clauseStart + (to < 0 ? m.start() : to));
        return before.isEmpty() ? actors : before;
    }

    /**
     * "bilateral cooperation documents" to "bilateral cooperation agreements": outlets call the
     * same signed set documents, deals, accords or agreements; one head noun lets reports meet.
     */
    static String manyName(String phrase) {
        return OTHER_DOCUMENT_NOUN.matcher(Text.collapse(phrase)).replaceAll("agreements");
    }

    /** The verb phrase up to a time, a reporting clause or twelve words: "resume regular visits between their leaders". */
    static String commitmentName(String phrase) {
        String p = COMMITMENT_END.split(phrase)[0];
        String[] w = WHITESPACE.split(Text.collapse(p));
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 12))).trim();
    }

    private static Draft draft(AgreementType type, String name, AgreementStatus status, int sentence, String date) {
        Draft g = new Draft();
        g.type = type;
        g.name = name;
        g.status = status;
        g.sentence = sentence;
        g.date = date;
        return g;
    }

    private static int countryParties(Draft g) {
        int n = 0;
        for (EntityRef r : g.parties) {
            if (ArticleDoc.isActorKind(r)) {
                n++;
            }
        }
        return n;
    }

    /** "the two countries" in a story that names exactly two countries: those two, else none. */
    private static List<EntityRef> onlyTwoCountries(ArticleDoc d) {
        Set<EntityRef> found = new LinkedHashSet<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.caption(i)) {
                continue;
            }
            for (Mention m : d.entities.get(i)) {
                if (m.isCountry()) {
                    found.add(m.ref());
                }
            }
        }
        return found.size() == 2 ? new ArrayList<>(found) : List.of();
    }

    /** The two countries of the article's first bilateral meeting or summit, or none. */
    private static List<EntityRef> firstMeetingPair(List<EventFact> events) {
        for (EventFact e : events) {
            List<EntityRef> pair = actors(e.participants());
            if (pair.size() == 2 && pair.stream().allMatch(r -> r.kind() == EntityKind.COUNTRY)) {
                return pair;
            }
        }
        return List.of();
    }

    /**
     * An undated outcome of exactly the parties of one dated meeting ("After the talks, the two
     * sides signed ...") happened at that meeting.
     */
    private static String dateOfMeetingBetween(List<EventFact> events, Set<EntityRef> parties) {
        if (parties.size() < 2) {
            return null;
        }
        String found = null;
        for (EventFact e : events) {
            if (e.startDate() != null && e.startDate().length() == 10 && new LinkedHashSet<>(actors(e.participants())).equals(parties)) {
                if (found != null && !found.equals(e.startDate())) {
                    return null;
                }
                found = e.startDate();
            }
        }
        return found;
    }

    /** The date of a sentence, or of the meeting it reports. */
    private static String sentenceDate(ArticleDoc d, int i, List<EventFact> events) {
        String own = d.date(i);
        if (own != null) {
            return own;
        }
        for (EventFact e : events) {
            if (e.evidence().sentenceIndex() == i && e.type() == EventType.BilateralMeeting) {
                return e.startDate();
            }
        }
        return null;
    }

    private static String meetingIn(List<EventFact> events, int i) {
        for (EventFact e : events) {
            if (e.evidence().sentenceIndex() == i && e.type() != EventType.Summit) {
                return e.localId();
            }
        }
        return null;
    }

    private static boolean insideLongQuote(String masked, String folded, int at) {
        if (masked.charAt(at) != ' ' || folded.charAt(at) == ' ') {
            return false;
        }
        int s = folded.lastIndexOf('"', at);
        int e = folded.indexOf('"', at);
        if (s < 0 || e < 0) {
            return true;
        }
        return WHITESPACE.split(folded.substring(s, e)).length > 6;
    }

    private static List<int[]> clauses(String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE_SPLIT.matcher(t);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, t.length()});
        return out;
    }

    /** Countries and organisations acting in a clause (people stand for their countries), in order. */
    private List<EntityRef> clauseActors(ArticleDoc d, int i, int from, int to) {
        Set<EntityRef> out = new LinkedHashSet<>();
        int base = d.sentence(i).start();
        String masked = d.masked.get(i);
        for (Mention m : d.all(i)) {
            if (m.start() < base + from || m.end() > base + to) {
                continue;
            }
            int at = m.start() - base;
            if (at < masked.length() && masked.charAt(at) == ' ' && d.folded.get(i).charAt(at) != ' ') {
                continue; // named inside a quotation: reported words are not parties
            }
            EntityRef r = actorOf(d, m);
            if (r != null) {
                out.add(r);
            }
        }
        return new ArrayList<>(out);
    }

    private EntityRef actorOf(ArticleDoc d, Mention m) {
        if (m.isPerson()) {
            return d.countryOf(m);
        }
        if (ArticleDoc.isActorKind(m.ref())) {
            return m.ref();
        }
        if (m.ref().kind() == EntityKind.PLACE) {
            return gazetteer.countryOfCapital(m.ref().name());
        }
        return null;
    }

    private static List<EntityRef> actors(List<EntityRef> refs) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef r : refs) {
            if (ArticleDoc.isActorKind(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A grant, aid or equipment transfer in the clause: a trigger, a recipient after it that is
     * not the provider, and something given (money, items, or a grant/aid/support word).
     */
    private Draft transfer(ArticleDoc d, int i, int from, int to, String f, String t, Draft lastTransfer, String date) {
        String ct = t.substring(from, to);
        int trigger = -1;
        AgreementType type = AgreementType.Aid;
        Matcher m = TRANSFER_NOUN.matcher(ct);
        boolean packageOnly = false;
        if (m.find()) {
            trigger = m.start();
            packageOnly = m.group(1).endsWith("package");
            if (m.group(1).startsWith("grant")) {
                type = AgreementType.Grant;
            }
        }
        Matcher v = TRANSFER_VERB.matcher(ct);
        if (v.find() && (trigger < 0 || v.start() < trigger)) {
            trigger = v.start();
            packageOnly = false;
        }
        Matcher df = DEAL_FOR.matcher(ct);
        if (df.find() && (trigger < 0 || df.start() < trigger)) {
            trigger = df.start();
            packageOnly = false;
        }
        if (trigger < 0) {
            return null;
        }
        if (GRANT_WORD.matcher(ct).matches()) {
            type = AgreementType.Grant;
        }
        int base = d.sentence(i).start();
        int trigAbs = base + from + trigger;
        // a package names its recipient right after it ("a package for Ruritania"), or none
        EntityRef recipient = packageOnly ? packageRecipient(d, i, trigAbs, base + to) : recipient(d, i, trigAbs, base + to);
        if (recipient == null && lastTransfer != null && lastTransfer.recipient != null && i - lastTransfer.sentence <= 2
                && SEPARATE_GRANT.matcher(ct).find() && !hasCountry(d, i, base + from, base + to)) {
            // "the bank's board approved a separate $25 million grant to ...": a further transfer
            // between the same two parties when the clause names no other country
            recipient = lastTransfer.recipient;
        }
        if (recipient == null) {
            return null;
        }
        EntityRef provider = null;
        for (Mention x : d.all(i)) {
            if (x.end() > trigAbs || x.start() < base + from) {
                continue;
            }
            EntityRef r = actorOf(d, x);
            String before = d.between(i, d.sentence(i).start(), x.start());
            if (r != null && !r.equals(recipient) && !WITH_BEFORE.matcher(before).find()) {
                provider = r;
                break;
            }
        }
        if (provider == null && PRONOUN_SUBJECT.matcher(ct.trim()).matches()) {
            provider = lastPersonCountry(d, i);
        }
        if (provider == null && lastTransfer != null && !recipient.equals(lastTransfer.provider)) {
            provider = lastTransfer.provider;
        }
        if (provider == null || provider.equals(recipient)) {
            return null;
        }
        List<MoneyParser.Money> amounts = money.parse(f);
        MonetaryAmount amount = null;
        for (MoneyParser.Money mo : amounts) {
            if (mo.start() >= from && mo.start() < to) {
                amount = mo.amount();
                break;
            }
        }
        // items come before the purpose: "to stop crossings in small boats" names no equipment
        Matcher purposeAt = PURPOSE.matcher(ct);
        List<String> items;
        if (purposeAt.find()) {
            items = new ArrayList<>(equipment.find(f, from, from + purposeAt.start(), d.sentence(i).tokens(), base));
            for (String item : equipment.find(f, from + purposeAt.end(), t.length(), d.sentence(i).tokens(), base)) {
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
        } else {
            items = equipment.find(f, from, t.length(), d.sentence(i).tokens(), base);
        }
        boolean given = amount != null || !items.isEmpty() || type == AgreementType.Grant
                || GIVEN_WORD.matcher(ct).matches();
        if (!given) {
            return null;
        }
        Draft g = draft(type, null, statusOf(ct, AgreementStatus.announced), i, date);
        g.provider = provider;
        g.recipient = recipient;
        g.parties.add(provider);
        g.parties.add(recipient);
        g.amount = amount;
        g.items.addAll(items);
        Matcher pm = PROGRAMME.matcher(f);
        if (pm.find()) {
            g.programme = programme(pm);
        }
        Matcher pu = PURPOSE.matcher(ct);
        if (pu.find()) {
            g.purpose = Text.collapse(TRAILING_DOTS.matcher(PURPOSE_END.split(pu.group(1))[0]).replaceAll(""));
        }
        return g;
    }

    /** The receiving country after the trigger: "to (the) X", "for X's", "provide X with", "promised X a", "fund X's". */
    /** "an investment package for Ruritania": the country named right after the package. */
    private EntityRef packageRecipient(ArticleDoc d, int i, int from, int to) {
        for (Mention x : d.all(i)) {
            if (x.start() >= from && x.end() <= to && x.isCountry()
                    && PACKAGE_FOR.matcher(d.between(i, Math.max(from, x.start() - 30), x.start())).matches()) {
                return x.ref();
            }
        }
        return null;
    }

    private EntityRef recipient(ArticleDoc d, int i, int from, int to) {
        EntityRef pkg = packageRecipient(d, i, from, to);
        if (pkg != null) {
            return pkg;
        }
        for (Mention x : d.all(i)) {
            if (x.start() < from || x.end() > to) {
                continue;
            }
            EntityRef r = actorOf(d, x);
            if (r == null || r.kind() != EntityKind.COUNTRY) {
                continue;
            }
            String before = d.between(i, Math.max(from, x.start() - 40), x.start());
            String after = d.between(i, x.end(), Math.min(d.sentence(i).end(), x.end() + 8));
            boolean marked = TO_OR_FOR.matcher(before).matches()
                    || after.startsWith("'s") || after.startsWith(" with")
                    || GIVING_VERB.matcher(before).matches();
            // "will invest $50 billion (about ...) in Ruritania": an investment's recipient follows "in"
            String wide = d.between(i, Math.max(from, x.start() - 90), x.start());
            marked = marked || INVEST_IN.matcher(wide).matches();
            if (marked) {
                return r;
            }
        }
        return null;
    }

    /** A further amount of money given as a grant or loan: "a separate $25 million grant", "another $10 million in aid". */
    private static final Pattern SEPARATE_GRANT = Pattern.compile("\\b(?:a\\s+(?:separate|second|further|new)|another|an\\s+additional)\\s+(?:US)?[$\u20ac\u00a3]\\s?\\d[\\d.,]*(?:\\s+(?:million|billion))?\\s+(?:grant|loan|aid)\\b");

    private boolean hasCountry(ArticleDoc d, int i, int from, int to) {
        for (Mention x : d.all(i)) {
            if (x.start() >= from && x.end() <= to && x.isCountry()) {
                return true;
            }
        }
        return false;
    }

    private static EntityRef lastPersonCountry(ArticleDoc d, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            List<Mention> ms = d.people.mentions(k);
            for (int j = 0; j < ms.size(); j++) {
                EntityRef c = d.countryOf(ms.get(j));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** "The package includes night-vision cameras": items and programme for the transfer before. */
    private void enrich(ArticleDoc d, int i, String f, String t, Draft g) {
        for (String item : equipment.find(f, 0, f.length(), d.sentence(i).tokens(), d.sentence(i).start())) {
            if (!g.items.contains(item)) {
                g.items.add(item);
            }
        }
        Matcher pm = PROGRAMME.matcher(f);
        if (g.programme == null && pm.find()) {
            g.programme = programme(pm);
        }
    }

    private static String programme(Matcher pm) {
        if (pm.group(3) != null) {
            return Text.collapse(pm.group(3));
        }
        String words = pm.group(1) != null ? pm.group(1) : pm.group(2);
        return Text.titleCase(words);
    }

    private static AgreementStatus statusOf(String clause, AgreementStatus fallback) {
        String c = clause.toLowerCase();
        if (STATUS_SIGNED.matcher(c).matches()) {
            return AgreementStatus.signed;
        }
        if (STATUS_ADOPTED.matcher(c).matches()) {
            return AgreementStatus.adopted;
        }
        if (STATUS_AGREED.matcher(c).matches()) {
            return AgreementStatus.agreed;
        }
        if (STATUS_PLEDGED.matcher(c).matches()) {
            return AgreementStatus.pledged;
        }
        if (STATUS_ANNOUNCED.matcher(c).matches()) {
            return AgreementStatus.announced;
        }
        return fallback;
    }

    /** "an accord to deepen cooperation between their customs agencies" to "customs agency cooperation accord". */
    static String agreementName(String phrase, String noun) {
        Matcher coop = COOPERATION_BETWEEN.matcher(phrase);
        if (coop.find()) {
            String what = coop.group(1).trim();
            if (what.endsWith("ies")) {
                what = what.substring(0, what.length() - 3) + "y";
            } else if (what.endsWith("s") && !what.endsWith("ss")) {
                what = what.substring(0, what.length() - 1);
            }
            return what + " cooperation " + noun;
        }
        Matcher on = nounThen(noun, "on").matcher(phrase);
        if (on.find()) {
            return Text.collapse(on.group(1)) + " " + noun;
        }
        Matcher to = nounThen(noun, "to").matcher(phrase);
        if (to.find()) {
            String[] w = WHITESPACE.split(to.group(1).trim());
            return noun + " to " + String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 6)));
        }
        return noun;
    }

    /** "NOUN on ..." / "NOUN to ...": the phrase after a document noun. */
    private static Pattern nounThen(String noun, String preposition) {
        Pattern p = NOUN_THEN.get(noun + "|" + preposition);
        return p != null ? p : compileNounThen(noun, preposition);
    }

    private static java.util.Map<String, Pattern> nounThenPatterns() {
        java.util.Map<String, Pattern> out = new java.util.HashMap<>();
        for (String noun : List.of("agreement", "accord", "deal", "pact", "memorandum of understanding", "memorandum", "protocol", "treaty")) {
            for (String preposition : List.of("on", "to")) {
                out.put(noun + "|" + preposition, compileNounThen(noun, preposition));
            }
        }
        return java.util.Map.copyOf(out);
    }

    private static Pattern compileNounThen(String noun, String preposition) {
        return Pattern.compile("\\b" + Pattern.quote(noun) + "\\s+" + preposition + "\\s+([^,;.]+)");
    }

    private static String transferName(Draft g) {
        String what = g.type == AgreementType.Grant ? "grant" : g.type == AgreementType.EquipmentTransfer ? "equipment transfer" : "aid";
        String items = g.items.isEmpty() ? "" : " (" + String.join(", ", g.items) + ")";
        String prog = g.programme == null ? "" : " under " + g.programme;
        return g.provider.name() + " " + what + " to " + g.recipient.name() + items + prog;
    }
}
