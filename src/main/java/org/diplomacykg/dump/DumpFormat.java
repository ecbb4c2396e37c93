package org.diplomacykg.dump;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The dump formats, each mapped to its RDF4J Rio format; quad formats keep the named graphs. */
public enum DumpFormat {
    nq(RDFFormat.NQUADS, true, "application/n-quads", "nq"),
    trig(RDFFormat.TRIG, true, "application/trig", "trig"),
    jsonld(RDFFormat.JSONLD, true, "application/ld+json", "jsonld"),
    nt(RDFFormat.NTRIPLES, false, "application/n-triples", "nt"),
    ttl(RDFFormat.TURTLE, false, "text/turtle", "ttl"),
    rdfxml(RDFFormat.RDFXML, false, "application/rdf+xml", "rdf");

    /** The media type of every gzip-compressed dump. */
    public static final String GZIP_TYPE = "application/gzip";

    private final RDFFormat rio;
    private final boolean quads;
    private final String mediaType;
    private final String extension;

    DumpFormat(RDFFormat rio, boolean quads, String mediaType, String extension) {
        this.rio = rio;
        this.quads = quads;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public RDFFormat rio() {
        return rio;
    }

    public boolean keepsGraphs() {
        return quads;
    }

    /** The IANA media type of the uncompressed dump. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot ({@code rdf} for RDF/XML). */
    public String extension() {
        return extension;
    }

    /** The download's file name, e.g. {@code kg.nq} or {@code kg.nq.gz}. */
    public String fileName(boolean gzip) {
        return "kg." + extension + (gzip ? ".gz" : "");
    }

    public static DumpFormat parse(String s) {
        try {
            return valueOf(s.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown dump format '" + s + "' (use "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }
}
