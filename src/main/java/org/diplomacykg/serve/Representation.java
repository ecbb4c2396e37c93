package org.diplomacykg.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The ways a resource can be answered, with their media types and {@code ?format=} names. The
 * order is the server's preference when a client likes several equally (HTML first, so a bare
 * {@code *}{@code /*} gets the page).
 */
enum Representation {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf", "rdfxml", "xml"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples");

    final String mediaType;
    final Lang lang;
    private final String[] names;

    Representation(String mediaType, Lang lang, String... names) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.names = names;
    }

    String formatName() {
        return names[0];
    }

    static Optional<Representation> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> Arrays.asList(r.names).contains(n)).findFirst();
    }

    /** The best match for an Accept header: HTML when there is none, null when nothing offered is acceptable. */
    static Representation negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        AcceptList offered = AcceptList.create(Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), offered);
        } catch (RuntimeException e) {
            return HTML;
        }
        if (m == null) {
            return null;
        }
        String ct = m.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(ct)).findFirst().orElse(HTML);
    }
}
