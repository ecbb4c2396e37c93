package org.diplomacykg.serve;

import org.apache.jena.graph.Node;
import org.diplomacykg.map.Dip;

/**
 * Where an IRI is browsed on this server: instance IRIs under the base map to {@code /id/…},
 * ontology terms to their anchor in the ontology documentation at {@code /ontology}, other
 * http(s) IRIs stay as they are; anything else (javascript:, data:, urn:…) gets no link at all.
 */
final class Links {
    static final String ID_PATH = "/id/";

    private final String base;

    Links(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The IRI a request path under {@code /id/} stands for, or null when the path is not one. */
    String iriOf(String pathUnderId) {
        if (pathUnderId == null || pathUnderId.isEmpty() || pathUnderId.contains("..")) {
            return null;
        }
        return base + pathUnderId;
    }

    String href(Node n) {
        return n != null && n.isURI() ? href(n.getURI()) : null;
    }

    String href(String iri) {
        if (iri.startsWith(base)) {
            return ID_PATH + iri.substring(base.length());
        }
        if (iri.startsWith(Dip.NS)) {
            return "/ontology#" + iri.substring(Dip.NS.length());
        }
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    boolean isLocal(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(base);
    }

    /** The last segment of an IRI, for display when there is no label. */
    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String s = i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
        return s;
    }

    /** A readable name for a vocabulary term: "independentSourceCount" → "independent source count". */
    static String termName(String iri) {
        String local = localName(iri);
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
