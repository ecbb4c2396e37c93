package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplomacykg.util.TsvResource;

/**
 * Offices ("Prime Minister", held for a country, written before a name) and positions
 * ("associate professor", a job written after a name in apposition), from titles.tsv.
 * Exposes them as regex alternations, longest first, for the person rules.
 */
final class TitleGazetteer {
    private final List<String> offices = new ArrayList<>();
    private final List<String> positions = new ArrayList<>();
    private final java.util.Set<String> titleWords = new java.util.HashSet<>();
    /** Words for someone's standing that are read like offices but are weaker than any ("leader"). */
    private final java.util.Set<String> descriptors = new java.util.HashSet<>();
    /** Abbreviated offices and how the graph writes them ("Sen." to "Senator"). */
    private final java.util.Map<String, String> written = new java.util.HashMap<>();
    private final String officeAlternation;
    private final String positionAlternation;

    TitleGazetteer() {
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "titles.tsv", false)) {
            String title = TsvResource.cell(row, 0);
            if ("position".equals(TsvResource.cell(row, 1))) {
                positions.add(title);
            } else {
                if ("descriptor".equals(TsvResource.cell(row, 1))) {
                    descriptors.add(title);
                }
                offices.add(title);
                String canonical = TsvResource.cell(row, 2);
                if (!canonical.isEmpty()) {
                    written.put(title, canonical);
                }
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        for (String o : offices) {
            for (String part : o.toLowerCase(Locale.ROOT).split("[ -]")) {
                if (!part.equals("of") && !part.equals("the") && !part.equals("for")) {
                    titleWords.add(part);
                }
            }
            // a hyphenated title is one token ("Director-General Jane Roe"), and that token is a title word too
            for (String part : o.toLowerCase(Locale.ROOT).split(" ")) {
                if (part.indexOf('-') > 0) {
                    titleWords.add(part);
                }
            }
        }
        offices.sort(longestFirst);
        positions.sort(longestFirst);
        officeAlternation = alternation(offices);
        positionAlternation = alternation(positions);
    }

    private static String alternation(List<String> titles) {
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < titles.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(titles.get(i)));
        }
        return b.append(')').toString();
    }

    /** Regex alternation of the offices (case as written; callers add (?i) where wanted). */
    String offices() {
        return officeAlternation;
    }

    String positions() {
        return positionAlternation;
    }

    /** The offices as written in titles.tsv, longest first. */
    List<String> officeNames() {
        return List.copyOf(offices);
    }

    List<String> positionNames() {
        return List.copyOf(positions);
    }

    /** The office as conventionally written ("prime minister" to "Prime Minister"), or null. */
    String canonicalOffice(String s) {
        String t = Text.collapse(s);
        for (String o : offices) {
            if (o.equalsIgnoreCase(t)) {
                return expand(o);
            }
        }
        return null;
    }

    /** Whether a title is a descriptor ("leader", "party chief"): a role only until an office is named. */
    boolean isDescriptor(String title) {
        return title != null && descriptors.contains(title);
    }

    boolean isOffice(String s) {
        return canonicalOffice(s) != null;
    }

    boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    private String expand(String o) {
        return written.getOrDefault(o, o);
    }
}
