package org.diplomacykg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;
import org.diplomacykg.facts.PersonFact;

/**
 * One canonical entity per (kind, key) across all articles. The display name is the one most
 * articles use (ties: the longest), every other spelling is kept as an alternative name, and
 * a person's roles are merged by (title, for whom).
 */
final class EntityReconciler {
    private static final class Acc {
        final EntityRef first;
        final Map<String, Set<String>> names = new TreeMap<>();
        final Set<String> articles = new TreeSet<>();
        final Map<String, RoleAcc> roles = new TreeMap<>();

        Acc(EntityRef first) {
            this.first = first;
        }
    }

    private record RoleAcc(String title, EntityRef forWhom, Set<String> articles) {
    }

    List<CanonicalEntity> reconcile(List<ArticleFacts> articles, List<? extends FactKind<?>> kinds) {
        Map<String, Acc> byId = new TreeMap<>();
        for (ArticleFacts a : articles) {
            String article = a.article().id();
            Consumer<EntityRef> see = ref -> {
                if (ref == null) {
                    return;
                }
                Acc acc = byId.computeIfAbsent(ref.id(), k -> new Acc(ref));
                acc.names.computeIfAbsent(ref.name(), k -> new TreeSet<>()).add(article);
                acc.articles.add(article);
            };
            a.mentions().forEach(see);
            for (PersonFact p : a.people()) {
                see.accept(p.person());
                see.accept(p.country());
                see.accept(p.organization());
                if (p.title() != null && !p.title().isBlank()) {
                    EntityRef forWhom = p.organization() != null ? p.organization() : p.country();
                    String roleKey = p.title().toLowerCase() + "|" + (forWhom == null ? "" : forWhom.id());
                    byId.get(p.person().id()).roles
                            .computeIfAbsent(roleKey, k -> new RoleAcc(p.title(), forWhom, new TreeSet<>()))
                            .articles().add(article);
                }
            }
            for (FactKind<?> kind : kinds) {
                for (Fact f : a.facts(kind)) {
                    f.entities().forEach(see);
                }
            }
        }
        List<CanonicalEntity> out = new ArrayList<>();
        for (Acc acc : byId.values()) {
            String name = acc.names.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> e.getValue().size())
                            .thenComparingInt(e -> e.getKey().length())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(acc.first.name());
            Set<String> alt = new TreeSet<>(acc.names.keySet());
            alt.remove(name);
            List<CanonicalEntity.RoleClaim> roles = acc.roles.values().stream()
                    .map(r -> new CanonicalEntity.RoleClaim(r.title(), r.forWhom(), r.articles())).toList();
            out.add(new CanonicalEntity(new EntityRef(acc.first.kind(), acc.first.key(), name), alt, roles, acc.articles));
        }
        return out;
    }
}
