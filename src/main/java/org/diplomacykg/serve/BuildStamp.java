package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Dip;

/**
 * Which build the store holds: its input digest and build time (dip:inputDigest and dip:builtAt
 * in the meta graph). Downloads derive their ETag and Last-Modified from it, so a cached copy
 * stays valid exactly as long as the store holds the same build.
 */
record BuildStamp(String digest, Instant builtAt) {
    static BuildStamp of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Dip.inputDigest, Node.ANY);
            if (!it.hasNext()) {
                return new BuildStamp("empty", Instant.EPOCH);
            }
            Quad q = it.next();
            Iterator<Quad> at = dsg.find(q.getGraph(), q.getSubject(), Dip.builtAt, Node.ANY);
            Instant when = at.hasNext() ? OffsetDateTime.parse(at.next().getObject().getLiteralLexicalForm()).toInstant() : Instant.EPOCH;
            return new BuildStamp(q.getObject().getLiteralLexicalForm(), when);
        });
    }

    /** A strong ETag for one representation ({@code variant}: file name, format, graph) of this build. */
    String etag(String variant) {
        String d = digest.length() > 16 ? digest.substring(0, 16) : digest;
        return "\"" + d + "-" + builtAt.toEpochMilli() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
    }

    /**
     * Sets ETag and Last-Modified; returns true (after answering 304) when the client's copy is
     * current, by If-None-Match or, without it, If-Modified-Since.
     */
    boolean notModified(HttpServletRequest req, HttpServletResponse resp, String variant) {
        String etag = etag(variant);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", builtAt.toEpochMilli());
        String inm = req.getHeader("If-None-Match");
        boolean current;
        if (inm != null) {
            current = inm.trim().equals("*") || java.util.Arrays.stream(inm.split(","))
                    .map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        } else {
            long since = -1;
            try {
                since = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                since = -1; // an unparsable date is ignored, as RFC 9110 asks
            }
            current = since >= 0 && builtAt.toEpochMilli() / 1000 <= since / 1000;
        }
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }
}
