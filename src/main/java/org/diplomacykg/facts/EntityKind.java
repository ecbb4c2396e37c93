package org.diplomacykg.facts;

/** What kind of real-world thing an entity is; decides its IRI path and its ontology class. */
public enum EntityKind {
    PERSON("person"),
    COUNTRY("country"),
    INTERNATIONAL_ORGANIZATION("igo"),
    ORGANIZATION("org"),
    PLACE("place"),
    DOCUMENT("document");

    private final String slug;

    EntityKind(String slug) {
        this.slug = slug;
    }

    /** The path segment used when minting IRIs for entities of this kind. */
    public String slug() {
        return slug;
    }
}
