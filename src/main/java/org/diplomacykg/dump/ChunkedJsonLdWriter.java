package org.diplomacykg.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * JSON-LD with bounded memory. RDF4J's JSON-LD writer builds its whole document in memory before
 * writing a byte, so a large graph would be held whole. This handler instead hands the writer
 * at most {@code chunk} statements at a time and joins the resulting expanded documents into
 * one top-level JSON array: {@code [ {"@id": g, "@graph": [...]}, {...}, ... ]}. JSON-LD reads
 * such an array as one document (node objects and named-graph objects with the same {@code @id}
 * merge, blank node labels are document-wide), so the dataset is unchanged; only the memory
 * used is capped at one chunk (plus its serialised text).
 */
final class ChunkedJsonLdWriter implements RDFHandler {
    /**
     * Statements per chunk. RDF4J (Titanium) holds a chunk as a JSON tree several times the size
     * of its text; 5,000 statements stay within a few tens of MB, however large the store
     * (measured: a 1.2-million-quad store dumps to JSON-LD in a 96 MB heap).
     */
    static final int DEFAULT_CHUNK = 5_000;

    private final OutputStream out;
    private final int chunk;
    private final List<Statement> buffer = new ArrayList<>();
    private boolean first = true;

    ChunkedJsonLdWriter(OutputStream out, int chunk) {
        this.out = out;
        this.chunk = chunk;
    }

    @Override
    public void startRDF() {
        write("[\n");
    }

    @Override
    public void handleNamespace(String prefix, String uri) {
        // expanded JSON-LD carries full IRIs: nothing to declare
    }

    @Override
    public void handleStatement(Statement st) {
        buffer.add(st);
        if (buffer.size() >= chunk) {
            flush();
        }
    }

    @Override
    public void handleComment(String comment) {
        // JSON has no comments
    }

    @Override
    public void endRDF() {
        flush();
        write("\n]\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        RDFWriter writer = Rio.createWriter(RDFFormat.JSONLD, doc);
        writer.startRDF();
        buffer.forEach(writer::handleStatement);
        writer.endRDF();
        buffer.clear();
        // the writer's expanded output is one array: splice its members into ours, copying no text
        byte[] b = doc.toByteArray();
        int from = 0;
        int to = b.length;
        while (from < to && Character.isWhitespace(b[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(b[to - 1])) {
            to--;
        }
        if (to - from >= 2 && b[from] == '[' && b[to - 1] == ']') {
            from++;
            to--;
        }
        if (to > from) {
            write(first ? "" : ",\n");
            try {
                out.write(b, from, to - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            first = false;
        }
    }

    private void write(String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
