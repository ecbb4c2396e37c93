package org.diplomacykg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Arabic names with a chain of patronymics: "A bin B bin C Al D" is written in full in official
 * statements and as "A bin B" everywhere else, so the person is keyed by the short form, and
 * every article's spelling meets in one person.
 */
final class PatronymicNames {
    /** "son of" / "daughter of" in Arabic names, as English texts write them. */
    private static final Set<String> NASAB = Set.of("bin", "ibn", "bint", "binti");
    /** The family-name article ("Al Saud", "Al-Nahyan"). */
    private static final Set<String> FAMILY = Set.of("al", "al-", "el", "aal");

    private PatronymicNames() {
    }

    /** The given name and the first patronymic of a longer Arabic name, else the name as it is. */
    static String shortForm(String name) {
        String[] w = name.trim().split("\\s+");
        if (w.length <= 3 || !NASAB.contains(w[1].toLowerCase(Locale.ROOT))) {
            return name;
        }
        String next = w[3].toLowerCase(Locale.ROOT);
        boolean longer = NASAB.contains(next) || FAMILY.contains(next) || next.startsWith("al-");
        return longer ? w[0] + " " + w[1] + " " + w[2] : name;
    }
}
