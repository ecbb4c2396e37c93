package org.diplomacykg.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which member of a JSON Lines record holds what: by default {@code url}, {@code title},
 * {@code published}, {@code modified}, {@code author}, {@code text} (plain text) or {@code html},
 * and {@code source} (the publisher). Exports name them otherwise ("headline", "body",
 * "source.name"): {@code kg build --jsonl-fields title=headline,text=body} renames them; a dotted
 * name reaches into a nested object.
 */
public record JsonlFields(Map<String, String> paths) {
    /** The fields a record can have, in the order {@code --help} lists them. */
    public static final List<String> NAMES = List.of("url", "title", "published", "modified", "author", "text", "html", "source");
    public static final JsonlFields DEFAULT = of(Map.of());

    public JsonlFields {
        paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /**
     * The default names with {@code renames} (field to member name) applied.
     *
     * @throws IllegalArgumentException naming an unknown field and listing the known ones
     */
    public static JsonlFields of(Map<String, String> renames) {
        Map<String, String> paths = new LinkedHashMap<>();
        NAMES.forEach(n -> paths.put(n, n));
        renames.forEach((field, member) -> {
            if (!NAMES.contains(field)) {
                throw new IllegalArgumentException("unknown JSON Lines field '" + field + "'; the fields are " + String.join(", ", NAMES));
            }
            if (member == null || member.isBlank()) {
                throw new IllegalArgumentException("no member name given for JSON Lines field '" + field + "' (write " + field + "=NAME)");
            }
            paths.put(field, member.strip());
        });
        return new JsonlFields(paths);
    }

    public String path(String field) {
        return paths.get(field);
    }

    /** The renamed fields only, e.g. "text=body,title=headline" (empty for the defaults). */
    public String describe() {
        StringBuilder b = new StringBuilder();
        paths.forEach((field, member) -> {
            if (!field.equals(member)) {
                b.append(b.length() == 0 ? "" : ",").append(field).append('=').append(member);
            }
        });
        return b.toString();
    }
}
