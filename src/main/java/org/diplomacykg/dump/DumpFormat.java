package org.diplomacykg.dump;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The dump formats, each mapped to its RDF4J Rio format; quad formats keep the named graphs. */
public enum DumpFormat {
    nq(RDFFormat.NQUADS, true),
    trig(RDFFormat.TRIG, true),
    jsonld(RDFFormat.JSONLD, true),
    nt(RDFFormat.NTRIPLES, false),
    ttl(RDFFormat.TURTLE, false),
    rdfxml(RDFFormat.RDFXML, false);

    private final RDFFormat rio;
    private final boolean quads;

    DumpFormat(RDFFormat rio, boolean quads) {
        this.rio = rio;
        this.quads = quads;
    }

    public RDFFormat rio() {
        return rio;
    }

    public boolean keepsGraphs() {
        return quads;
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
