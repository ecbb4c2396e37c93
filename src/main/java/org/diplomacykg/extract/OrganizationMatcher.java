package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;

/**
 * Organisations in one sentence: international organisations from the gazetteer (names and
 * acronyms), descriptions of the one mentioned last ("the 27-member bloc", "the group"), and
 * other organisations by their head noun with the capitalised phrase around it ("Lagos State
 * University of Science", "the Kenyan Foreign Ministry"). Venues named by a building
 * noun ("Hotel ...", "... Guest House") are places.
 */
final class OrganizationMatcher {
    // a typographic apostrophe belongs to the word as the straight one does ("People’s")
    private static final String CAP = "(?:[A-Z][A-Za-z'’.&-]*|[A-Z]{2,})";
    // "in" ends a name ("... Studies in Oslo"), and so does "and the" (two organisations)
    private static final String CONNECT = "(?:of|for|and(?!\\s+the\\b)|on|the|de|du|des|la|le)";
    private static final Pattern PHRASE = Pattern.compile(CAP + "(?:\\s+(?:" + CONNECT + "\\s+)*" + CAP + ")*");
    private final Pattern headNoun;
    private final Pattern venueNoun;
    private final Pattern description;
    private static final Pattern CONNECTED_REST = Pattern.compile("^\\s+" + CONNECT + "\\s.*");
    private static final Pattern TRAILING_CONNECTORS = Pattern.compile("(\\s+" + CONNECT + ")+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final java.util.Set<String> NOT_STARTS = java.util.Set.of("The", "A", "An", "In", "On", "At", "But", "And", "For", "With", "When", "While", "Meanwhile", "Given", "As", "During", "Although", "Despite", "According", "Under", "After", "Before", "Separately", "Also", "Additionally", "Historically", "However", "This", "That", "These", "Those", "Its", "Their", "His", "Her");

    private final EntityGazetteer gazetteer;
    private final TitleGazetteer titles;
    /** Seats of government that speak for it ("the White House said"): organisations, never people. */
    private final PhraseMatcher<EntityRef> seats = new PhraseMatcher<>();

    OrganizationMatcher(EntityGazetteer gazetteer) {
        this(gazetteer, new TitleGazetteer(), org.diplomacykg.lexicon.Lexicon.standard());
    }

    OrganizationMatcher(EntityGazetteer gazetteer, TitleGazetteer titles, org.diplomacykg.lexicon.Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.headNoun = alternatives(lexicon.words("org_heads"));
        // "the 27-member bloc", "the lender", "the bank's board": what the gazetteer says an organisation may be called
        List<String> nouns = new ArrayList<>(gazetteer.igoNouns());
        nouns.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : nouns) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        this.description = Pattern.compile("\\b[Tt]he\\s+(?:(?:\\d+|\\w+)-(?:member|nation|country|state)\\s+)?(" + alt + ")\\b(?!\\s+of\\b)");
        this.venueNoun = alternatives(lexicon.words("venue_names"));
        for (String[] row : org.diplomacykg.util.TsvResource.rows(EntityGazetteer.DIR + "government_seats.tsv", false)) {
            String name = org.diplomacykg.util.TsvResource.cell(row, 0);
            EntityRef ref = new EntityRef(EntityKind.ORGANIZATION, Text.slug(name), name);
            seats.add(name, ref);
            for (String a : org.diplomacykg.util.TsvResource.cell(row, 2).split("\\|")) {
                seats.add(a.trim(), ref);
            }
        }
    }

    /** A pattern matching any of these words or phrases as whole words, longest first. */
    private static Pattern alternatives(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder();
        for (String w : sorted) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(w));
        }
        return Pattern.compile("(?<![\\w])(" + b + ")(?![\\w])");
    }

    /**
     * Organisation and venue mentions. {@code lastIgo} is the international organisation the
     * article mentioned most recently (for "the bloc"), or null.
     */
    List<Mention> find(String folded, int offset, EntityRef lastIgo) {
        List<Mention> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (PhraseMatcher.Hit<EntityRef> h : seats.find(folded)) {
            out.add(new Mention(h.value(), offset + h.start(), offset + h.end(), Mention.Form.NAME));
            taken.add(new int[] {h.start(), h.end()});
        }
        Matcher m = PHRASE.matcher(folded);
        while (m.find()) {
            if (within(taken, m.start(), m.end())) {
                continue;
            }
            String phrase = trimPhrase(m.group());
            int start = m.start() + m.group().indexOf(phrase);
            String narrowed = narrowToHead(phrase);
            start += phrase.indexOf(narrowed);
            phrase = narrowed;
            Matcher venue = venueNoun.matcher(phrase);
            Matcher head = headNoun.matcher(phrase);
            if (venue.find() && phrase.contains(" ")) {
                EntityRef ref = new EntityRef(EntityKind.PLACE, Text.slug(phrase), phrase);
                out.add(new Mention(ref, offset + start, offset + start + phrase.length(), Mention.Form.NAME));
                taken.add(new int[] {start, start + phrase.length()});
            } else if (head.find() && phrase.contains(" ") && !headInsideGazetteerName(phrase, head)) {
                String name = cutTrailingPlace(phrase);
                EntityRef ref = new EntityRef(EntityKind.ORGANIZATION, Text.slug(name), name);
                out.add(new Mention(ref, offset + start, offset + start + name.length(), Mention.Form.NAME));
                taken.add(new int[] {start, start + name.length()});
            }
        }
        for (PhraseMatcher.Hit<EntityGazetteer.Entry> h : gazetteer.find(folded)) {
            if (h.value().ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION && !within(taken, h.start(), h.end())) {
                out.add(new Mention(h.value().ref(), offset + h.start(), offset + h.end(), h.value().form()));
            }
        }
        if (lastIgo != null) {
            Matcher d = description.matcher(folded);
            while (d.find()) {
                if (gazetteer.igoIsCalled(lastIgo, d.group(1)) && !within(taken, d.start(), d.end())) {
                    out.add(new Mention(lastIgo, offset + d.start(), offset + d.end(), Mention.Form.DESCRIPTION));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The organisation inside a capitalised run that also holds people or titles: it starts after
     * an "and" that follows an office or a country ("President X and the Ruritanian Workers'
     * Party ...") and ends at its head noun unless a complement follows ("Party General Secretary
     * X" ends at "Party"; "Institute for Policy Studies" keeps "for Policy Studies").
     */
    private String narrowToHead(String phrase) {
        Matcher head = headNoun.matcher(phrase);
        if (!head.find()) {
            return phrase;
        }
        int firstHead = head.start();
        int lastHeadEnd = head.end();
        while (head.find()) {
            lastHeadEnd = head.end();
        }
        String p = phrase;
        int and = p.lastIndexOf(" and ", firstHead);
        if (and > 0 && leftSideNamesSomeoneElse(p.substring(0, and))) {
            int cut = and + 5;
            lastHeadEnd -= cut;
            p = p.substring(cut);
        }
        String rest = p.substring(lastHeadEnd);
        if (!rest.isEmpty() && !CONNECTED_REST.matcher(rest).matches()) {
            p = p.substring(0, lastHeadEnd);
        }
        return p;
    }

    private boolean leftSideNamesSomeoneElse(String left) {
        for (String w : WHITESPACE.split(left)) {
            if (titles.isTitleWord(w)) {
                return true;
            }
        }
        for (PhraseMatcher.Hit<EntityGazetteer.Entry> h : gazetteer.find(left)) {
            if (h.value().ref().kind() == EntityKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** "Organization" in "Organization of American States" belongs to the gazetteer's name. */
    private boolean headInsideGazetteerName(String phrase, Matcher head) {
        for (PhraseMatcher.Hit<EntityGazetteer.Entry> h : gazetteer.find(phrase)) {
            if (head.start() >= h.start() && head.end() <= h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Drops a sentence-initial function word and a trailing connector. */
    private static String trimPhrase(String p) {
        String s = p;
        boolean changed = true;
        while (changed) {
            changed = false;
            int sp = s.indexOf(' ');
            if (sp > 0 && NOT_STARTS.contains(s.substring(0, sp))) {
                s = s.substring(sp + 1).trim();
                changed = true;
            }
        }
        return TRAILING_CONNECTORS.matcher(s).replaceAll("");
    }

    /** "Royal Institute for Maritime Studies in Oslo" ends before "in": a location is not part of the name. */
    private String cutTrailingPlace(String phrase) {
        int i = phrase.lastIndexOf(" in ");
        if (i > 0 && headNoun.matcher(phrase.substring(0, i)).find()) {
            return phrase.substring(0, i);
        }
        return phrase;
    }

    private static boolean within(List<int[]> spans, int s, int e) {
        for (int[] sp : spans) {
            if (s >= sp[0] && e <= sp[1]) {
                return true;
            }
        }
        return false;
    }

    /** Article-offset spans of organisation names, inside which country words are not countries. */
    static List<int[]> spans(List<Mention> orgs) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : orgs) {
            if (m.ref().kind() == EntityKind.ORGANIZATION || m.ref().kind() == EntityKind.PLACE) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }
}
