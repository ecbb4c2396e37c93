package org.diplomacykg.extract;

import org.diplomacykg.facts.EntityRef;

/**
 * One place in the cleaned text that refers to an entity. {@code start}/{@code end} are offsets
 * into the article's cleaned text; {@code form} says how the entity was named, which rules use
 * to tell an actor ("Ottawa pledged") from a location ("in Ottawa").
 */
public record Mention(EntityRef ref, int start, int end, Form form) {
    public enum Form { NAME, ALIAS, DEMONYM, CAPITAL, DESCRIPTION, PRONOUN, SHORT_NAME, TITLE_ONLY }

    public boolean isCountry() {
        return ref.kind() == org.diplomacykg.facts.EntityKind.COUNTRY;
    }

    public boolean isPerson() {
        return ref.kind() == org.diplomacykg.facts.EntityKind.PERSON;
    }
}
