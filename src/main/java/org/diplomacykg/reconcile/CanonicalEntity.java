package org.diplomacykg.reconcile;

import java.util.List;
import java.util.Set;
import org.diplomacykg.facts.EntityRef;

/** One real-world entity across all articles: its display name, other names and roles. */
public record CanonicalEntity(EntityRef ref, Set<String> altNames, List<RoleClaim> roles, Set<String> articles) {
    public CanonicalEntity {
        altNames = Set.copyOf(altNames);
        roles = List.copyOf(roles);
        articles = Set.copyOf(articles);
    }

    /** A title held for a country or organisation, with the articles that state it. */
    public record RoleClaim(String title, EntityRef forWhom, Set<String> articles) {
        public RoleClaim {
            articles = Set.copyOf(articles);
        }
    }
}
