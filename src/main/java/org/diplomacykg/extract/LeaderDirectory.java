package org.diplomacykg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplomacykg.util.TsvResource;

/**
 * Heads of state and government from leaders.tsv, dated. Used to give a name its canonical
 * form (including family-name-first spellings), to resolve a bare surname, and to find who held
 * an office on a date ("the British prime minister"). Immutable after loading.
 */
final class LeaderDirectory {
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
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "countries.tsv", true)) {
            gecToIso.put(TsvResource.cell(row, 0), TsvResource.cell(row, 1).toUpperCase(Locale.ROOT));
        }
        Map<String, Leader> merged = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "leaders.tsv", true)) {
            String name = Text.fold(TsvResource.cell(row, 4));
            String iso = gecToIso.getOrDefault(TsvResource.cell(row, 1), "");
            String title = TsvResource.cell(row, 3);
            if (!name.matches(NAME) || !name.contains(" ") || iso.isEmpty() || title.isEmpty() || !Text.isUpperInitial(title)) {
                continue;
            }
            String family = Text.fold(TsvResource.cell(row, 5));
            String since = TsvResource.cell(row, 7);
            String last = TsvResource.cell(row, 9);
            String k = name + "|" + iso + "|" + title;
            Leader prev = merged.get(k);
            if (prev != null) {
                String s = prev.since().compareTo(since) <= 0 ? prev.since() : since;
                String l = prev.lastSeen().compareTo(last) >= 0 ? prev.lastSeen() : last;
                merged.put(k, new Leader(name, family, iso, title, s, l));
            } else {
                merged.put(k, new Leader(name, family, iso, title, since, last));
            }
        }
        for (Leader l : merged.values()) {
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

    /** Leader names (either order) in folded text; hit values are canonical full names. */
    List<PhraseMatcher.Hit<String>> find(String foldedText) {
        return names.find(foldedText);
    }

    /** The canonical full name for a full name in either order, or null. */
    String canonical(String foldedName) {
        PhraseMatcher.Hit<String> h = names.longestAt(foldedName, 0);
        return h != null && h.end() == foldedName.length() ? h.value() : null;
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
