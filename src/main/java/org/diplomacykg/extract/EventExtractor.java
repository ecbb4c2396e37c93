package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;

/**
 * Events of one article:
 * <ul>
 * <li>Summits. Every "summit" refers back to the article's main summit unless it is set apart:
 * named for something else ("a summit for the Clean Ports Initiative",
 * "a summit attended by the ... leaders"), or dated well away from it ("a month ago, during a
 * summit", kept only when that date resolves). Participants come from "leaders from X and Y",
 * "X-Y summit", "between X and Y", "X and Y" as subjects; place from "in PLACE", else the
 * dateline; dates from the sentence ("through Monday" and "Mar. 3-5" give the end);
 * occasion from "Nth anniversary".</li>
 * <li>Bilateral meetings: two leaders of different countries in a sentence that says they met,
 * talked, signed or agreed ("X and his Chilean counterpart Y signed", "When meeting with Y,
 * X …", "With Y, X affirmed"), or one leader and another country "at a bilateral meeting".
 * One per pair of countries per article; on the sidelines of the summit when the text says so.</li>
 * <li>Visits: "X visited Y", "X's visit to Y".</li>
 * </ul>
 * Captions never create events; they may date a summit the body left undated.
 */
final class EventExtractor {
    private static final Guarded SUMMIT = Guarded.of("\\b[Ss]ummit\\b", "ummit");
    private static final Pattern NAMED_FOR = Pattern.compile("^\\s+(?:for|of)\\s+the\\s+((?:[A-Z][\\w-]*\\s+){1,6})");
    private static final Pattern ATTENDED_BY = Pattern.compile("^\\s+attended\\s+by\\s+the\\s+((?:[A-Z][\\w-]*\\s+){1,6})leaders");
    private static final Guarded LEADERS_FROM = Guarded.ignoringCase("(?i)\\bleaders\\s+(?:from|of)\\s+", "leaders");
    private static final Guarded ANNIVERSARY = Guarded.of("\\b(\\d+(?:st|nd|rd|th))\\s+anniversary\\b", "anniversary");
    private static final Guarded SIDELINES = Guarded.ignoringCase("(?i)\\bon the (?:sidelines|fringes|margins)\\b", "sidelines", "fringes", "margins");
    private static final Guarded MEETING_CUE = Guarded.of("\\b(met|meet|meets|meeting|talks|signed|signs|agreed|agree|elevated|upgraded|summit|concluded|counterpart|affirmed|confirmed|discussed|spoke with|talked with|held talks|summit with)\\b", "met", "meet", "meets", "meeting", "talks", "signed", "signs", "agreed", "agree", "elevated", "upgraded", "summit", "concluded", "counterpart", "affirmed", "confirmed", "discussed", "spoke with", "talked with", "held talks", "summit with");
    private static final Guarded BILATERAL = Guarded.ignoringCase("(?i)\\bbilateral\\b[^.]*\\b(meeting|talks)\\b", "bilateral");
    private static final Pattern MET_DURING_VISIT = Pattern.compile("\\b(?:and|where\\s+(?:he|she|they))\\s+(?:also\\s+)?(?:met|met\\s+with|held\\s+talks\\s+with|talked\\s+with)\\s+");
    private static final Guarded VISIT = Guarded.of("\\b(visited|visits|visiting|visit to|trip to)\\b", "visited", "visits", "visiting", "visit to", "trip to");
    private static final Pattern FORUM_GAP = Pattern.compile("\\s+(?:(?:[Ee]conomic\\s+)?[Ll]eaders'?\\s+)?");
    private static final Pattern ENDS_WITH_A = Pattern.compile(".*\\ba\\s+$");
    private static final Pattern ENDS_WITH_A_WORD = Pattern.compile(".*\\ba\\s+\\w+\\s+$");
    private static final Pattern IN_OR_AT = Pattern.compile(".*\\b(in|at)\\s+(?:the\\s+)?$");
    private static final Pattern ENDS_WITH_IN = Pattern.compile(".*\\bin\\s+$");
    private static final Pattern AND_GAP = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
    private static final Pattern COMMA_GAP = Pattern.compile(",\\s+");
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+");

    private final EntityGazetteer gazetteer;

    EventExtractor(EntityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A summit being assembled from the sentences that mention it. */
    private static final class Draft {
        String id;
        EventType type;
        String name;
        String start;
        String end;
        EntityRef place;
        EntityRef host;
        String occasion;
        String partOf;
        final Set<EntityRef> participants = new LinkedHashSet<>();
        int sentence;
        boolean fixedName;

        EventFact build(ArticleDoc d) {
            return new EventFact(id, type, name, start, end, place, new ArrayList<>(participants), host, occasion, partOf, d.evidence(sentence));
        }
    }

    List<EventFact> extract(ArticleDoc d) {
        List<Draft> summits = summits(d);
        Draft main = summits.isEmpty() ? null : summits.get(0);
        List<Draft> meetings = meetings(d, main);
        if (main != null && foldInto(main, meetings)) {
            main.name = summitName(main);
        }
        List<Draft> visits = visits(d);
        List<EventFact> out = new ArrayList<>();
        for (Draft s : summits) {
            out.add(s.build(d));
        }
        for (Draft m : meetings) {
            out.add(m.build(d));
        }
        for (Draft v : visits) {
            out.add(v.build(d));
        }
        return out;
    }

    private List<Draft> summits(ArticleDoc d) {
        List<Draft> out = new ArrayList<>();
        Map<EntityRef, Draft> forums = new LinkedHashMap<>();
        Draft main = null;
        for (int i = 0; i < d.size(); i++) {
            if (d.caption(i)) {
                continue;
            }
            String t = d.masked.get(i);
            Matcher m = SUMMIT.matcher(t);
            while (m.find()) {
                EntityRef forum = organisationBefore(d, i, m.start());
                if (forum != null) {
                    Draft s = forums.get(forum);
                    if (s == null) {
                        s = new Draft();
                        s.type = EventType.Summit;
                        s.name = forum.name() + " summit";
                        s.fixedName = true;
                        s.sentence = i;
                        s.participants.add(forum);
                        forums.put(forum, s);
                        out.add(s);
                    }
                    if (s.start == null) {
                        s.start = d.dates.own().get(i);
                    }
                    continue;
                }
                String after = t.substring(m.end());
                Matcher f = NAMED_FOR.matcher(after);
                Matcher a = ATTENDED_BY.matcher(after);
                String distinctName = f.find() ? f.group(1).trim() : a.find() ? a.group(1).trim() : null;
                if (distinctName != null) {
                    Draft s = new Draft();
                    s.type = EventType.Summit;
                    s.name = distinctName + " summit";
                    s.fixedName = true;
                    s.sentence = i;
                    s.start = d.date(i);
                    s.participants.addAll(sentenceParticipants(d, i));
                    out.add(s);
                    continue;
                }
                if (main != null && otherTime(d, i, main, t, m.start())) {
                    Draft s = new Draft();
                    s.type = EventType.Summit;
                    s.sentence = i;
                    s.start = d.dates.own().get(i);
                    s.participants.addAll(actorsOnly(sentenceParticipants(d, i)));
                    if (s.start != null && s.participants.size() >= 2) {
                        out.add(s);
                    }
                    continue;
                }
                if (main == null) {
                    main = new Draft();
                    main.type = EventType.Summit;
                    main.sentence = i;
                    out.add(0, main);
                }
                attach(d, i, main, m.start());
            }
        }
        if (main != null) {
            leadersFrom(d, main);
            if (main.start == null) {
                for (int i = 0; i < d.size(); i++) {
                    if (d.caption(i) && d.folded.get(i).toLowerCase().contains("summit") && d.dates.own().get(i) != null) {
                        main.start = d.dates.own().get(i);
                        break;
                    }
                }
            }
            if (main.place == null) {
                main.place = fallbackPlace(d);
                main.host = main.place == null ? null : gazetteer.countryOfCapital(main.place.name());
            }
            main.name = summitName(main);
        }
        int n = 1;
        for (Draft s : out) {
            s.id = "summit-" + n++;
            if (s != main && s.participants.isEmpty() && main != null) {
                s.participants.addAll(actorsOnly(main.participants));
            }
            if (s.name == null) {
                s.name = summitName(s);
            }
            if (s != main && s.place == null && main != null && s.start != null && main.start != null
                    && Math.abs(java.time.LocalDate.parse(pad(s.start)).toEpochDay() - java.time.LocalDate.parse(pad(main.start)).toEpochDay()) <= 3) {
                s.place = main.place;
            }
        }
        return out;
    }

    private static String pad(String date) {
        return date.length() == 10 ? date : date.length() == 7 ? date + "-01" : date + "-01-01";
    }

    /**
     * The organisation or forum a summit is named after ("the Ruritania-Pacific Forum summit",
     * "the G20 leaders' summit"): a gazetteer organisation right before "summit", not joined to
     * a country by a hyphen ("Canada-EU summit" is a summit of both).
     */
    private static EntityRef organisationBefore(ArticleDoc d, int i, int at) {
        int abs = d.sentence(i).start() + at;
        for (Mention m : d.entities.get(i)) {
            if (m.ref().kind() != EntityKind.INTERNATIONAL_ORGANIZATION || m.end() > abs) {
                continue;
            }
            String gap = d.between(i, m.end(), abs);
            String before = d.between(i, Math.max(d.sentence(i).start(), m.start() - 1), m.start());
            if (FORUM_GAP.matcher(gap).matches() && !before.equals("-")) {
                return m.ref();
            }
        }
        return null;
    }

    /**
     * A summit of exactly the two sides of the article's bilateral meeting is that meeting ("At
     * their summit in X", "held a summit"): one event, not two. Returns whether it folded one in.
     */
    private static boolean foldInto(Draft main, List<Draft> meetings) {
        if (main.fixedName || meetings.isEmpty()) {
            return false;
        }
        List<EntityRef> actors = actorsOnly(main.participants);
        Draft match = null;
        for (Draft m : meetings) {
            if (m.participants.containsAll(actors) && (!actors.isEmpty() || meetings.size() == 1)) {
                if (match != null) {
                    return false;
                }
                match = m;
            }
        }
        if (match == null || main.participants.stream().anyMatch(r -> r.kind() == EntityKind.INTERNATIONAL_ORGANIZATION)) {
            return false;
        }
        main.participants.addAll(match.participants);
        if (main.start == null) {
            main.start = match.start;
        }
        meetings.remove(match);
        return true;
    }

    /** "A month ago, during a summit": the sentence's own date is far from the main summit's. */
    private static boolean otherTime(ArticleDoc d, int i, Draft main, String t, int at) {
        boolean indefinite = ENDS_WITH_A.matcher(t.substring(Math.max(0, at - 4), at)).matches() || ENDS_WITH_A_WORD.matcher(t.substring(Math.max(0, at - 25), at)).matches();
        if (!indefinite) {
            return false;
        }
        for (DateResolver.DateMention dm : d.dates.bySentence().get(i)) {
            if (dm.relative() && dm.role() == DateResolver.Role.POINT && dm.precision() >= 2) {
                if (dm.value() == null) {
                    return d.folded.get(i).contains(" ago") || d.folded.get(i).toLowerCase().contains("last ");
                }
                if (main.start != null && !pad(dm.value()).substring(0, 7).equals(pad(main.start).substring(0, 7))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void attach(ArticleDoc d, int i, Draft s, int at) {
        s.participants.addAll(sentenceParticipants(d, i));
        String own = d.dates.own().get(i);
        for (DateResolver.DateMention dm : d.dates.bySentence().get(i)) {
            if (dm.value() == null) {
                continue;
            }
            if (dm.role() == DateResolver.Role.END) {
                s.end = later(s.end, dm.value());
            } else if (dm.rangeEnd() != null) {
                s.end = later(s.end, dm.rangeEnd());
                if (s.start == null) {
                    s.start = dm.value();
                }
            }
        }
        if (s.start == null && own != null && own.length() >= 7) {
            s.start = own;
        }
        if (s.place == null) {
            for (Mention m : d.all(i)) {
                String before = d.between(i, Math.max(d.sentence(i).start(), m.start() - 8), m.start());
                if (m.ref().kind() == EntityKind.PLACE && IN_OR_AT.matcher(before).matches()) {
                    s.place = m.ref();
                    s.host = gazetteer.countryOfCapital(m.ref().name());
                    break;
                }
            }
        }
        Matcher an = ANNIVERSARY.matcher(d.masked.get(i));
        if (s.occasion == null && an.find()) {
            s.occasion = an.group(1) + " anniversary";
        }
    }

    private static String later(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /**
     * Who a summit sentence says took part: actors in "X-Y", "between X and Y", "X and Y", and
     * persons in "between PERSON and ..." (with their countries).
     */
    private List<EntityRef> sentenceParticipants(ArticleDoc d, int i) {
        Set<EntityRef> out = new LinkedHashSet<>();
        List<Mention> ms = d.all(i);
        String t = d.masked.get(i);
        int base = d.sentence(i).start();
        for (int k = 0; k + 1 < ms.size(); k++) {
            Mention a = ms.get(k);
            Mention b = ms.get(k + 1);
            String gap = t.substring(Math.min(t.length(), Math.max(0, a.end() - base)), Math.min(t.length(), Math.max(0, b.start() - base)));
            boolean joined = gap.equals("-") || AND_GAP.matcher(gap).matches() || COMMA_GAP.matcher(gap).matches();
            if (joined && participant(a) && participant(b)) {
                add(d, out, a);
                add(d, out, b);
            }
        }
        Matcher bt = BETWEEN.matcher(t);
        while (bt.find()) {
            int from = base + bt.end();
            int to = base + Math.min(t.length(), bt.end() + 90);
            for (Mention m : ms) {
                if (m.start() >= from && m.start() < to && participant(m)) {
                    add(d, out, m);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private void add(ArticleDoc d, Set<EntityRef> out, Mention m) {
        out.add(m.ref());
        if (m.isPerson()) {
            EntityRef c = d.countryOf(m);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private static boolean participant(Mention m) {
        // a demonym ("Kenyan exports") describes, it does not take part
        return m.isPerson() || (ArticleDoc.isActorKind(m.ref()) && m.form() != Mention.Form.DEMONYM);
    }

    /** "Leaders from X and Y" anywhere in the article names the summit's parties. */
    private void leadersFrom(ArticleDoc d, Draft main) {
        for (int i = 0; i < d.size(); i++) {
            if (d.caption(i)) {
                continue;
            }
            Matcher m = LEADERS_FROM.matcher(d.masked.get(i));
            while (m.find()) {
                int from = d.sentence(i).start() + m.end();
                String rest = d.masked.get(i).substring(m.end());
                int stop = rest.indexOf(',');
                int to = stop < 0 ? d.sentence(i).end() : from + stop;
                for (Mention x : d.all(i)) {
                    if (x.start() >= from && x.end() <= to && ArticleDoc.isActorKind(x.ref())) {
                        main.participants.add(x.ref());
                    }
                }
                if (main.place == null) {
                    for (Mention x : d.all(i)) {
                        String before = d.between(i, Math.max(d.sentence(i).start(), x.start() - 4), x.start());
                        if (x.ref().kind() == EntityKind.PLACE && ENDS_WITH_IN.matcher(before).matches()) {
                            main.place = x.ref();
                            main.host = gazetteer.countryOfCapital(x.ref().name());
                        }
                    }
                }
            }
        }
    }

    private EntityRef fallbackPlace(ArticleDoc d) {
        String p = d.article.datelinePlace();
        if (p != null && !p.isBlank()) {
            return new EntityRef(EntityKind.PLACE, Text.slug(p), p);
        }
        return null;
    }

    private static List<EntityRef> actorsOnly(java.util.Collection<EntityRef> refs) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef r : refs) {
            if (ArticleDoc.isActorKind(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** "Canada-EU summit": the countries, then the organisations, that took part. */
    private static String summitName(Draft s) {
        List<String> names = new ArrayList<>();
        for (EntityRef r : s.participants) {
            if (r.kind() == EntityKind.COUNTRY) {
                names.add(r.name());
            }
        }
        for (EntityRef r : s.participants) {
            if (r.kind() == EntityKind.INTERNATIONAL_ORGANIZATION) {
                names.add(r.key().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names.isEmpty() ? "summit" : String.join("-", names) + " summit";
    }

    private List<Draft> meetings(ArticleDoc d, Draft main) {
        Map<String, Draft> byPair = new LinkedHashMap<>();
        String lastDate = null;
        int lastMeetingSentence = -100;
        int sidelines = -100;
        for (int i = 0; i < d.size(); i++) {
            if (d.caption(i)) {
                continue;
            }
            String t = d.masked.get(i);
            if (SIDELINES.matcher(t).find()) {
                sidelines = i;
            }
            List<Mention> people = new ArrayList<>();
            for (Mention m : d.people.mentions(i)) {
                if (d.countryOf(m) != null && people.stream().noneMatch(p -> p.ref().equals(m.ref()))) {
                    people.add(m);
                }
            }
            EntityRef[] pair = null;
            List<EntityRef> parts = new ArrayList<>();
            if (MEETING_CUE.matcher(t).find()) {
                for (int a = 0; a < people.size() && pair == null; a++) {
                    for (int b = a + 1; b < people.size() && pair == null; b++) {
                        EntityRef ca = d.countryOf(people.get(a));
                        EntityRef cb = d.countryOf(people.get(b));
                        if (!ca.equals(cb)) {
                            pair = new EntityRef[] {ca, cb};
                            parts.add(people.get(a).ref());
                            parts.add(ca);
                            parts.add(people.get(b).ref());
                            parts.add(cb);
                        }
                    }
                }
            }
            if (pair == null && people.size() >= 1 && BILATERAL.matcher(t).find()) {
                EntityRef ca = d.countryOf(people.get(0));
                for (Mention m : d.entities.get(i)) {
                    if (m.isCountry() && !m.ref().equals(ca) && m.form() != Mention.Form.DEMONYM) {
                        pair = new EntityRef[] {ca, m.ref()};
                        parts.add(people.get(0).ref());
                        parts.add(ca);
                        parts.add(m.ref());
                        break;
                    }
                }
            }
            if (pair == null) {
                continue;
            }
            String key = pair[0].key().compareTo(pair[1].key()) < 0 ? pair[0].key() + "|" + pair[1].key() : pair[1].key() + "|" + pair[0].key();
            Draft m = byPair.get(key);
            String date = d.date(i);
            if (date == null && i - lastMeetingSentence <= 6) {
                date = lastDate;
            }
            if (m == null) {
                m = new Draft();
                m.type = EventType.BilateralMeeting;
                boolean ordered = pair[0].name().compareTo(pair[1].name()) <= 0;
                m.name = (ordered ? pair[0].name() + "-" + pair[1].name() : pair[1].name() + "-" + pair[0].name()) + " bilateral meeting";
                m.sentence = i;
                m.start = date;
                byPair.put(key, m);
            } else if (m.start == null) {
                m.start = date;
            }
            m.participants.addAll(parts);
            if (main != null && (i - sidelines <= 8 || SIDELINES.matcher(t).find())) {
                m.partOf = "summit-1";
                m.place = main.place;
            }
            lastDate = m.start;
            lastMeetingSentence = i;
        }
        List<Draft> out = new ArrayList<>(byPair.values());
        int n = 1;
        for (Draft m : out) {
            m.id = "meeting-" + n++;
        }
        return out;
    }

    private List<Draft> visits(ArticleDoc d) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.caption(i)) {
                continue;
            }
            String t = d.masked.get(i);
            Matcher v = VISIT.matcher(t);
            if (!v.find()) {
                continue;
            }
            int verb = d.sentence(i).start() + v.start();
            Mention visitor = null;
            Mention dest = null;
            for (Mention m : d.all(i)) {
                if (m.end() <= verb && m.isPerson()) {
                    visitor = m;
                }
                if (m.start() >= verb && dest == null && (m.isCountry() || m.ref().kind() == EntityKind.PLACE) && m.form() != Mention.Form.DEMONYM) {
                    dest = m;
                }
            }
            if (visitor == null || dest == null) {
                continue;
            }
            Draft s = new Draft();
            s.type = EventType.Visit;
            s.sentence = i;
            s.start = d.date(i);
            s.participants.add(visitor.ref());
            EntityRef home = d.countryOf(visitor);
            if (home != null) {
                s.participants.add(home);
            }
            EntityRef destCountry = dest.isCountry() ? dest.ref() : gazetteer.countryOfCapital(dest.ref().name());
            if (destCountry != null) {
                s.participants.add(destCountry);
            }
            // "visited Lilongwe last month and met President X": the people met are participants too
            Matcher met = MET_DURING_VISIT.matcher(t);
            if (met.find(v.end())) {
                int from = d.sentence(i).start() + met.end();
                for (Mention m : d.all(i)) {
                    if (m.start() >= from && m.isPerson() && !m.ref().equals(visitor.ref())) {
                        s.participants.add(m.ref());
                        EntityRef c = d.countryOf(m);
                        if (c != null) {
                            s.participants.add(c);
                        }
                    }
                }
            }
            s.place = dest.ref().kind() == EntityKind.PLACE ? dest.ref() : null;
            s.name = visitor.ref().name() + " visit to " + dest.ref().name();
            s.id = "visit-" + (out.size() + 1);
            out.add(s);
        }
        return out;
    }
}
