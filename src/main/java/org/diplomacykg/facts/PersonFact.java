package org.diplomacykg.facts;

/**
 * A person as one sentence presents them: optionally with a title (office or position) held
 * for a country or an organisation.
 */
public record PersonFact(EntityRef person, String title, EntityRef country, EntityRef organization, Evidence evidence) implements java.io.Serializable {
}
