package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.util.TsvResource;

/**
 * Countries, capitals, geographic places and international organisations, loaded once from the
 * gazetteer TSVs into one phrase dictionary, so that the longest name wins ("Indian Ocean"
 * over "India", "Organization of American States" over nothing). Immutable after loading.
 */
final class EntityGazetteer {
    /** What a phrase names and how ("Kenyan" is a demonym of Kenya). */
    record Entry(EntityRef ref, Mention.Form form) {
    }

    static final String DIR = "/gazetteer/";
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private final PhraseMatcher<Entry> phrases = new PhraseMatcher<>();
    private final Map<String, EntityRef> countries = new LinkedHashMap<>();
    private final Map<String, List<String>> capitals = new HashMap<>();
    private final Map<String, EntityRef> capitalToCountry = new HashMap<>();
    private final Map<String, EntityRef> igos = new LinkedHashMap<>();
    private final Map<String, Set<String>> igoNouns = new HashMap<>();
    private final Map<String, EntityRef> demonymToCountry = new HashMap<>();
    /** Seats of government by key ("white-house") and the country they stand for. */
    private final Map<String, String> seatCountry = new HashMap<>();

    EntityGazetteer() {
        loadCountries();
        loadAliases();
        loadCapitals();
        loadPlaces();
        loadOrganizations();
        for (String[] row : TsvResource.rows(DIR + "government_seats.tsv", false)) {
            seatCountry.put(Text.slug(TsvResource.cell(row, 0)), TsvResource.cell(row, 1).toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The country an organisation stands for: a seat of government ("the White House"), or a
     * government body whose name names its country ("the Philippine Coast Guard", "the
     * Communist Party of Vietnam"); null for any other organisation.
     */
    /** The country whose seat of government a place or organisation is ("the Kremlin": Russia), else null. */
    EntityRef seatOf(EntityRef r) {
        String iso = seatCountry.get(r.key());
        return iso == null ? null : country(iso);
    }

    EntityRef countryOf(EntityRef org, java.util.Set<String> governmentHeads) {
        if (org.kind() != EntityKind.ORGANIZATION) {
            return null;
        }
        String iso = seatCountry.get(org.key());
        if (iso != null) {
            return country(iso);
        }
        boolean body = false;
        for (String h : governmentHeads) {
            if ((" " + org.name() + " ").contains(" " + h + " ")) {
                body = true;
                break;
            }
        }
        if (!body) {
            return null;
        }
        for (PhraseMatcher.Hit<Entry> h : find(Text.fold(org.name()))) {
            if (h.value().ref().kind() == EntityKind.COUNTRY) {
                return h.value().ref();
            }
        }
        return null;
    }

    private void loadCountries() {
        // country_aliases.tsv names each country it lists with its ISO code; where the reference
        // copy gives the same name another code (it files France under ME), the project's list wins
        Map<String, String> isoByDisplayName = new HashMap<>();
        for (String[] row : TsvResource.rows(DIR + "country_aliases.tsv", false)) {
            isoByDisplayName.put(TsvResource.cell(row, 1), TsvResource.cell(row, 0).toUpperCase(Locale.ROOT));
        }
        for (String[] row : TsvResource.rows(DIR + "countries.tsv", true)) {
            String iso = isoByDisplayName.getOrDefault(TsvResource.cell(row, 2), TsvResource.cell(row, 1).toUpperCase(Locale.ROOT));
            if (!ISO.contains(iso)) {
                continue;
            }
            String name = TsvResource.cell(row, 2);
            EntityRef ref = new EntityRef(EntityKind.COUNTRY, iso, name);
            countries.putIfAbsent(iso, ref);
            addCell(name, ref, Mention.Form.NAME, 2);
            addCell(TsvResource.cell(row, 3), ref, Mention.Form.NAME, 1);
            addCell(TsvResource.cell(row, 4), ref, Mention.Form.ALIAS, 1);
            addCell(TsvResource.cell(row, 6), ref, Mention.Form.DEMONYM, 1);
            addCell(TsvResource.cell(row, 7), ref, Mention.Form.DEMONYM, 1);
            for (String cap : pieces(TsvResource.cell(row, 8))) {
                addCapital(iso, cap);
            }
        }
    }

    private void loadAliases() {
        for (String[] row : TsvResource.rows(DIR + "country_aliases.tsv", false)) {
            String iso = TsvResource.cell(row, 0).toUpperCase(Locale.ROOT);
            if (!ISO.contains(iso)) {
                throw new IllegalStateException("country_aliases.tsv: not an ISO 3166 code: " + iso);
            }
            String display = TsvResource.cell(row, 1);
            EntityRef ref = countries.get(iso);
            if (ref == null || !display.isEmpty()) {
                ref = new EntityRef(EntityKind.COUNTRY, iso, display.isEmpty() ? iso : display);
                countries.put(iso, ref);
            }
            for (String alias : TsvResource.cell(row, 2).split("\\|")) {
                phrases.add(alias.trim(), new Entry(ref, Mention.Form.ALIAS), 5);
            }
            for (String d : TsvResource.cell(row, 3).split("\\|")) {
                if (!d.isBlank()) {
                    phrases.add(d.trim(), new Entry(ref, Mention.Form.DEMONYM), 5);
                    demonymToCountry.put(d.trim(), ref);
                }
            }
        }
    }

    private void loadCapitals() {
        for (String[] row : TsvResource.rows(DIR + "capitals.tsv", false)) {
            String iso = TsvResource.cell(row, 0).toUpperCase(Locale.ROOT);
            for (String cap : TsvResource.cell(row, 1).split("\\|")) {
                addCapital(iso, cap.trim());
            }
        }
    }

    private void loadPlaces() {
        for (String[] row : TsvResource.rows(DIR + "places.tsv", false)) {
            String name = TsvResource.cell(row, 0);
            EntityRef ref = new EntityRef(EntityKind.PLACE, Text.slug(name), name);
            phrases.add(name, new Entry(ref, Mention.Form.NAME), 3);
            for (String a : TsvResource.cell(row, 1).split("\\|")) {
                phrases.add(a.trim(), new Entry(ref, Mention.Form.ALIAS), 3);
            }
        }
    }

    private void loadOrganizations() {
        for (String[] row : TsvResource.rows(DIR + "international_organizations.tsv", false)) {
            String key = TsvResource.cell(row, 0);
            String name = TsvResource.cell(row, 1);
            EntityRef ref = new EntityRef(EntityKind.INTERNATIONAL_ORGANIZATION, key, name);
            igos.put(key, ref);
            phrases.add(name, new Entry(ref, Mention.Form.NAME), 4);
            for (String a : TsvResource.cell(row, 2).split("\\|")) {
                String alias = a.trim();
                phrases.add(alias.startsWith("the ") ? alias.substring(4) : alias, new Entry(ref, Mention.Form.ALIAS), 4);
            }
            Set<String> nouns = new HashSet<>();
            for (String n : TsvResource.cell(row, 3).split("\\|")) {
                if (!n.isBlank()) {
                    nouns.add(n.trim());
                }
            }
            igoNouns.put(key, nouns);
        }
    }

    private void addCapital(String iso, String cap) {
        if (cap.length() < 3 || !Text.isUpperInitial(cap)) {
            return;
        }
        EntityRef country = countries.get(iso);
        if (country == null) {
            return;
        }
        capitals.computeIfAbsent(iso, k -> new ArrayList<>()).add(cap);
        capitalToCountry.putIfAbsent(cap, country);
        phrases.add(cap, new Entry(country, Mention.Form.CAPITAL), 0);
    }

    /**
     * Splits a countries.tsv cell ("Lao or Laotian", "Briton, British", "Motswana (singular)")
     * into its names; the first piece gets the caller's priority, the rest one less.
     */
    private void addCell(String cell, EntityRef ref, Mention.Form form, int priority) {
        List<String> ps = pieces(cell);
        for (int i = 0; i < ps.size(); i++) {
            phrases.add(ps.get(i), new Entry(ref, form), i == 0 ? priority : priority - 1);
            if (form == Mention.Form.DEMONYM) {
                demonymToCountry.putIfAbsent(ps.get(i), ref);
            }
        }
    }

    static List<String> pieces(String cell) {
        List<String> out = new ArrayList<>();
        String c = cell.replaceAll("(?i)\\bnote\\b.*$", "");
        for (String p : c.split("\\s+or\\s+|[,;()/]")) {
            String t = p.trim();
            if (t.length() >= 3 && Text.isUpperInitial(t) && !t.contains("prior to") && !t.matches(".*\\d.*")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every phrase in the (folded) text, leftmost-longest; refs carry the current display names. */
    List<PhraseMatcher.Hit<Entry>> find(String foldedText) {
        List<PhraseMatcher.Hit<Entry>> out = new ArrayList<>();
        for (PhraseMatcher.Hit<Entry> h : phrases.find(foldedText)) {
            EntityRef r = h.value().ref();
            if (r.kind() == EntityKind.COUNTRY) {
                r = countries.get(r.key());
            }
            out.add(new PhraseMatcher.Hit<>(h.start(), h.end(), h.phrase(), new Entry(r, h.value().form())));
        }
        return out;
    }

    EntityRef country(String iso) {
        return iso == null ? null : countries.get(iso.toUpperCase(Locale.ROOT));
    }

    /** A country by any of its names, aliases or demonyms, or null. */
    EntityRef countryByName(String name) {
        Entry e = phrases.get(name.trim());
        if (e != null && e.ref().kind() == EntityKind.COUNTRY) {
            return countries.get(e.ref().key());
        }
        for (EntityRef r : countries.values()) {
            if (r.name().equalsIgnoreCase(name.trim())) {
                return r;
            }
        }
        return null;
    }

    EntityRef countryOfCapital(String city) {
        EntityRef r = capitalToCountry.get(city);
        return r == null ? null : countries.get(r.key());
    }

    EntityRef igo(String key) {
        return igos.get(key);
    }

    /** Whether the text may call this organisation "the NOUN" ("the alliance" for NATO). */
    /** Every noun the text may call some international organisation by ("bloc", "lender"). */
    Set<String> igoNouns() {
        Set<String> all = new java.util.TreeSet<>();
        igoNouns.values().forEach(all::addAll);
        return all;
    }

    boolean igoIsCalled(EntityRef igo, String noun) {
        return igoNouns.getOrDefault(igo.key(), Set.of()).contains(noun.toLowerCase(Locale.ROOT));
    }

    boolean isDemonym(String word) {
        return demonymToCountry.containsKey(word);
    }

    Map<String, EntityRef> countries() {
        return countries;
    }
}
