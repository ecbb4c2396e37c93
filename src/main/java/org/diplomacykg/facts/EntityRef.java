package org.diplomacykg.facts;

import java.util.Objects;

/**
 * A pointer to a real-world entity: its kind, a canonical key (an ISO code for countries, a
 * folded full name for people, an acronym for organisations) and a display name.
 * Two refs are the same entity when kind and key agree; the name is only for display.
 */
public record EntityRef(EntityKind kind, String key, String name) implements java.io.Serializable {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    public String id() {
        return kind.slug() + "/" + key;
    }

    public boolean sameAs(EntityRef other) {
        return other != null && kind == other.kind && key.equals(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityRef r && sameAs(r);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key);
    }
}
