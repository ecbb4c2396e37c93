package org.diplomacykg.query;

import java.util.List;

/** A saved SPARQL query with its header: title, description and declared parameters. */
public record SavedQuery(String name, String title, String description, List<Param> params, String text) {
    public SavedQuery {
        params = List.copyOf(params);
    }

    /** A declared parameter: the SPARQL variable it binds (without '?') and what it means. */
    public record Param(String name, String meaning) {
    }
}
