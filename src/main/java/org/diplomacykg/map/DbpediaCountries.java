package org.diplomacykg.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.util.TsvResource;

/**
 * DBpedia resources for countries, derived from the gazetteer table {@code countries.tsv}
 * (ISO 3166-1 alpha-2 code, English short name) and never guessed: the IRI is
 * {@code http://dbpedia.org/resource/} + the table's short name with spaces as underscores, and
 * only where that name is clean. A name is clean when its code is an ISO 3166-1 code used by
 * exactly one row (the table maps France to ME, Montenegro's code, so neither is linked); it is
 * made of letters, spaces, hyphens and apostrophes only (no "Congo (Brazzaville)", no
 * "Gaza, Gaza Strip"); it is not an abbreviation ("DRC"); a leading "The" is only kept when the
 * long name ends with the short one ("The Bahamas", but not the truncated "The Dominican"); and
 * it is not one of the few short names whose Wikipedia title names something else
 * ({@link #NOT_THE_COUNTRY}). Some clean names are Wikipedia redirects (Burma, Czechia);
 * DBpedia resolves those to the country, so the link still holds.
 */
public final class DbpediaCountries {
    public static final String DBPEDIA = "http://dbpedia.org/resource/";
    static final String TABLE = "/gazetteer/countries.tsv";

    /** Short names whose DBpedia resource is a disambiguation page or another entity (the island of Ireland). */
    static final Set<String> NOT_THE_COUNTRY = Set.of("Georgia", "Ireland");

    private static final Pattern CLEAN = Pattern.compile("\\p{L}[\\p{L}'\\- ]*\\p{L}");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private final Map<String, String> iriByCode;

    private DbpediaCountries(Map<String, String> iriByCode) {
        this.iriByCode = Map.copyOf(iriByCode);
    }

    /** The table is read once per JVM; the result is immutable. */
    public static DbpediaCountries get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final DbpediaCountries INSTANCE = load();
    }

    static DbpediaCountries load() {
        Map<String, String> names = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (String[] row : TsvResource.rows(TABLE, true)) {
            String code = TsvResource.cell(row, 1).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (names.putIfAbsent(code, clean(TsvResource.cell(row, 2), TsvResource.cell(row, 3))) != null) {
                repeated.add(code);
            }
        }
        Map<String, String> iris = new HashMap<>();
        names.forEach((code, name) -> {
            if (name != null && ISO.contains(code) && !repeated.contains(code)) {
                iris.put(code, DBPEDIA + name.replace(' ', '_'));
            }
        });
        return new DbpediaCountries(iris);
    }

    /** The short name when it is clean (see the class comment), else null. */
    static String clean(String name, String longName) {
        if (!CLEAN.matcher(name).matches() || name.equals(name.toUpperCase(Locale.ROOT))
                || NOT_THE_COUNTRY.contains(name)) {
            return null;
        }
        if (name.startsWith("The ") && !longName.endsWith(name)) {
            return null;
        }
        return name;
    }

    /** The DBpedia resource of the country with this ISO 3166-1 alpha-2 code, when the table gives a clean name. */
    public Optional<Node> resource(String isoCode) {
        String iri = iriByCode.get(isoCode.toUpperCase(Locale.ROOT));
        return iri == null ? Optional.empty() : Optional.of(NodeFactory.createURI(iri));
    }

    public int size() {
        return iriByCode.size();
    }
}
