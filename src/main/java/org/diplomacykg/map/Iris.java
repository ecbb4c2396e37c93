package org.diplomacykg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.facts.EntityRef;

/**
 * Mints instance IRIs under one configurable base. Every IRI is derived from content (ISO
 * codes, name keys, article hashes, fact keys), never from input order, so the same input
 * gives the same IRIs on every build.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/diplomacy-kg/id/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public Node of(String path) {
        return NodeFactory.createURI(base + path);
    }

    public Node entity(EntityRef ref) {
        return of(ref.kind().slug() + "/" + encode(ref.key()));
    }

    public Node article(String articleId) {
        return of("article/" + articleId);
    }

    public Node articleGraph(String articleId) {
        return of("graph/article/" + articleId);
    }

    public Node reconciledGraph() {
        return of("graph/reconciled");
    }

    public Node ontologyGraph() {
        return of("graph/ontology");
    }

    public Node metaGraph() {
        return of("graph/meta");
    }

    public Node build() {
        return of("build");
    }

    public Node evidence(String articleId, int start, int end) {
        return of("evidence/" + articleId + "-" + start + "-" + end);
    }

    public Node fact(String key) {
        return of(key);
    }

    public Node amount(String factKey, String articleId) {
        return of(factKey + "/amount" + (articleId == null ? "" : "/" + articleId));
    }

    public Node role(EntityRef person, String title, EntityRef forWhom) {
        String t = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String f = forWhom == null ? "" : "-" + forWhom.kind().slug() + "-" + encode(forWhom.key());
        return of("role/" + encode(person.key()) + "/" + t + f);
    }

    private static String encode(String key) {
        return key.replaceAll("[^A-Za-z0-9._~-]", "-");
    }
}
