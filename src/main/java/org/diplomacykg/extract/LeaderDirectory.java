package org.diplomacykg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplomacykg.util.TsvResource;

/**
 * Heads of state and government from leaders.tsv, dated. Used to give a name its canonical
 * form (including family-name-first spellings), to resolve a bare surname, and to find who held
 * an office on a date ("the British prime minister"). Immutable after loading.
 */
final class LeaderDirectory {
    private static final Pattern GENERATIONAL_SUFFIX = Pattern.compile(",?\\s+(?:Jr|Sr)\\.?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GENERATION = Pattern.compile("Jr\\.?|Sr\\.?");

    /** One leader's term as leaders.tsv records it (several rows of one person are merged). */
    record Leader(String name, String familyName, String iso, String title, String since, String lastSeen) {
        boolean activeOn(String isoDate) {
            if (isoDate == null || isoDate.length() < 10) {
                return true;
            }
            LocalDate d = LocalDate.parse(isoDate.substring(0, 10));
            boolean started = since.isEmpty() || !LocalDate.parse(since).isAfter(d.plusDays(1));
            boolean notEnded = lastSeen.isEmpty() || !LocalDate.parse(lastSeen).plusDays(45).isBefore(d);
            return started && notEnded;
        }
    }

    private static final String NAME = "[A-Z][A-Za-z'.-]*(?: (?:[A-Z][A-Za-z'.-]*|bin|binti|bint|al|el|de|da|do|dos|van|von|der|la|le|di|du|del))*";

    private final Map<String, List<Leader>> byName = new LinkedHashMap<>();
    private final Map<String, List<Leader>> bySurname = new HashMap<>();
    private final PhraseMatcher<String> names = new PhraseMatcher<>();

    LeaderDirectory() {
        Map<String, String> gecToIso = new HashMap<>();
        Map<String, String> demonymOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "countries.tsv", true)) {
            String iso = TsvResource.cell(row, 1).toUpperCase(Locale.ROOT);
            gecToIso.put(TsvResource.cell(row, 0), iso);
            demonymOf.putIfAbsent(iso, TsvResource.cell(row, 7));
            nameOf.putIfAbsent(iso, TsvResource.cell(row, 2));
        }
        // the project's own country list names a country's ISO code by its display name, and wins
        // over a wrong or missing code in the reference copy
        Map<String, String> isoByName = new HashMap<>();
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "country_aliases.tsv", false)) {
            String iso = TsvResource.cell(row, 0).toUpperCase(Locale.ROOT);
            isoByName.put(TsvResource.cell(row, 1), iso);
            demonymOf.put(iso, TsvResource.cell(row, 3).split("\\|")[0]);
        }
        Map<String, Leader> merged = new LinkedHashMap<>();
        java.util.Set<String> governs = new java.util.HashSet<>();
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "leaders.tsv", true)) {
            String name = normalizeCase(Text.fold(TsvResource.cell(row, 4)));
            String iso = isoByName.getOrDefault(TsvResource.cell(row, 0), gecToIso.getOrDefault(TsvResource.cell(row, 1), ""));
            String title = TsvResource.cell(row, 3);
            if (!name.matches(NAME) || !name.contains(" ") || iso.isEmpty() || title.isEmpty() || !Text.isUpperInitial(title)) {
                continue;
            }
            String family = Text.fold(TsvResource.cell(row, 5));
            if (family.isEmpty()) {
                family = upperCaseWord(Text.fold(TsvResource.cell(row, 4)));
            }
            String since = TsvResource.cell(row, 7);
            String last = TsvResource.cell(row, 9);
            String k = name + "|" + iso + "|" + title;
            if (TsvResource.cell(row, 2).startsWith("head of government")) {
                governs.add(name + "|" + iso);
            }
            Leader prev = merged.get(k);
            if (prev != null) {
                String s = prev.since().compareTo(since) <= 0 ? prev.since() : since;
                String l = prev.lastSeen().compareTo(last) >= 0 ? prev.lastSeen() : last;
                merged.put(k, new Leader(name, family, iso, title, s, l));
            } else {
                merged.put(k, new Leader(name, family, iso, title, since, last));
            }
        }
        for (Leader l : withoutDependencies(merged.values(), governs, demonymOf, nameOf)) {
            byName.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(l);
            names.add(l.name(), l.name());
            String family = l.familyName();
            if (!family.isEmpty() && l.name().endsWith(" " + family)) {
                String given = l.name().substring(0, l.name().length() - family.length() - 1);
                String reversed = family + " " + given;
                names.add(reversed, l.name());
            }
            if (!family.isEmpty()) {
                bySurname.computeIfAbsent(family, k -> new ArrayList<>()).add(l);
            }
        }
    }

    /**
     * Drops a person's terms for dependent territories: leaders.tsv lists the head of a state
     * again for each of its territories, whose names carry the state's demonym ("American Samoa"
     * for the United States, "French Polynesia" for France) and, where the person also heads the
     * government of one of them, lists them only as chief of state of the others.
     */
    private static List<Leader> withoutDependencies(java.util.Collection<Leader> all, java.util.Set<String> governs,
                                                    Map<String, String> demonymOf, Map<String, String> nameOf) {
        Map<String, java.util.Set<String>> isosOf = new HashMap<>();
        for (Leader l : all) {
            isosOf.computeIfAbsent(l.name(), k -> new java.util.HashSet<>()).add(l.iso());
        }
        List<Leader> out = new ArrayList<>();
        for (Leader l : all) {
            String territory = nameOf.getOrDefault(l.iso(), "");
            boolean dependency = false;
            for (String other : isosOf.get(l.name())) {
                String demonym = demonymOf.getOrDefault(other, "");
                if (!other.equals(l.iso()) && demonym.length() >= 3 && territory.startsWith(demonym + " ")) {
                    dependency = true;
                }
            }
            boolean headsElsewhere = !governs.contains(l.name() + "|" + l.iso())
                    && isosOf.get(l.name()).stream().anyMatch(iso -> governs.contains(l.name() + "|" + iso));
            if (!dependency && !headsElsewhere) {
                out.add(l);
            }
        }
        return out;
    }

    /** "WANG Ming" to "Wang Ming": leaders.tsv writes some family names in capitals. */
    static String normalizeCase(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) {
            boolean first = b.length() == 0;
            if (!first) {
                b.append(' ');
            }
            // a regnal number ("Charles III") is never first; a capitalised family name may be ("WANG Ming")
            boolean caps = w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-') && (first || !w.matches("[IVX]+"));
            b.append(caps ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }

    /** The family name written in capitals, normalised ("WANG Ming" to "Wang"), or "". */
    private static String upperCaseWord(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase) && (i == 0 || !w.matches("[IVX]+"))) {
                return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** Leader names (either order) in folded text; hit values are canonical full names. */
    List<PhraseMatcher.Hit<String>> find(String foldedText) {
        return names.find(foldedText);
    }

    /** The canonical full name for a full name in either order, or null. */
    String canonical(String foldedName) {
        PhraseMatcher.Hit<String> h = names.longestAt(foldedName, 0);
        return h != null && h.end() == foldedName.length() ? h.value() : null;
    }

    /**
     * The canonical name of the leader a written name refers to when it is not written the way
     * leaders.tsv writes it: the same family name, a given name with the same initial ("Bill" for
     * "William J. ... Jr."), in office on the date, and of the office and country the text gives,
     * if it gives them. Null when no leader or more than one fits.
     */
    String looseMatch(String foldedName, String office, String iso, String date) {
        String[] w = WHITESPACE.split(GENERATIONAL_SUFFIX.matcher(foldedName).replaceAll(""));
        if (w.length < 2) {
            return null;
        }
        String found = null;
        for (int k = 0; k < 2; k++) {
            String family = k == 0 ? w[w.length - 1] : w[0];
            String given = k == 0 ? w[0] : w[w.length - 1];
            for (Leader l : bySurname.getOrDefault(family, List.of())) {
                boolean sameInitial = givenNameWithInitial(l, given.charAt(0));
                boolean fits = sameInitial && l.activeOn(date)
                        && (office == null || l.title().equalsIgnoreCase(office))
                        && (iso == null || l.iso().equals(iso));
                if (fits) {
                    if (found != null && !found.equals(l.name())) {
                        return null;
                    }
                    found = l.name();
                }
            }
        }
        return found;
    }

    /**
     * The canonical name of the leader a misspelt full name refers to ("Pham Minh Chin" for "Pham
     * Minh Chinh"): every word the same but one, which is one letter off (added, dropped or
     * changed) and at least three letters long, for the office the text gives, held on the date,
     * for the country the text gives, if it gives one. Null without an office, and when no
     * leader or more than one fits.
     */
    String misspelt(String foldedName, String office, String iso, String date) {
        if (office == null) {
            return null;
        }
        String[] w = WHITESPACE.split(foldedName);
        if (w.length < 2) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, List<Leader>> e : byName.entrySet()) {
            if (!oneWordOneLetterOff(w, WHITESPACE.split(e.getKey()))) {
                continue;
            }
            for (Leader l : e.getValue()) {
                if (l.title().equalsIgnoreCase(office) && l.activeOn(date) && (iso == null || l.iso().equals(iso))) {
                    if (found != null && !found.equals(l.name())) {
                        return null;
                    }
                    found = l.name();
                }
            }
        }
        return found;
    }

    private static boolean oneWordOneLetterOff(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) {
                continue;
            }
            if (++differing > 1 || Math.min(a[i].length(), b[i].length()) < 3 || !oneEditApart(a[i], b[i])) {
                return false;
            }
        }
        return differing == 1;
    }

    /** Whether two different words are one insertion, deletion or substitution apart. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.length() == l.length() ? s.substring(i + 1).equals(l.substring(i + 1)) : s.substring(i).equals(l.substring(i + 1));
    }

    /** Whether one of the leader's given names (the words besides the family name) starts with the letter. */
    private static boolean givenNameWithInitial(Leader l, char initial) {
        for (String w : l.name().split(" ")) {
            if (!w.equals(l.familyName()) && !GENERATION.matcher(w).matches() && w.charAt(0) == initial) {
                return true;
            }
        }
        return false;
    }

    /** The family name leaders.tsv gives for a canonical name, or "". */
    String familyName(String canonicalName) {
        List<Leader> terms = byName.getOrDefault(canonicalName, List.of());
        return terms.isEmpty() ? "" : terms.get(0).familyName();
    }

    /** The record of a person on a date (the term active then, else the latest). */
    Leader leader(String canonicalName, String date) {
        List<Leader> terms = byName.getOrDefault(canonicalName, List.of());
        Leader best = null;
        for (Leader l : terms) {
            if (l.activeOn(date) && (best == null || rank(l) > rank(best))) {
                best = l;
            }
        }
        if (best == null && !terms.isEmpty()) {
            best = terms.get(terms.size() - 1);
        }
        return best;
    }

    /** The one leader with this family name in office on the date, or null when none or several. */
    /** Whether some leader has this family name (whatever the date). */
    boolean hasSurname(String foldedSurname) {
        return bySurname.containsKey(foldedSurname);
    }

    Leader bySurname(String foldedSurname, String date) {
        Leader found = null;
        for (Leader l : bySurname.getOrDefault(foldedSurname, List.of())) {
            if (!l.activeOn(date)) {
                continue;
            }
            if (found != null && !found.name().equals(l.name())) {
                return null;
            }
            if (found == null || rank(l) > rank(found)) {
                found = l;
            }
        }
        return found;
    }

    /** Who held the office for the country on the date, or null. */
    Leader holder(String office, String iso, String date) {
        Leader found = null;
        for (List<Leader> terms : byName.values()) {
            for (Leader l : terms) {
                if (l.iso().equals(iso) && l.title().equalsIgnoreCase(office) && l.activeOn(date)) {
                    if (found != null && !found.name().equals(l.name()) && date == null) {
                        return null;
                    }
                    found = l;
                }
            }
        }
        return found;
    }

    private static int rank(Leader l) {
        return l.title().contains("Prime Minister") || l.title().equals("President") ? 2 : 1;
    }
}
