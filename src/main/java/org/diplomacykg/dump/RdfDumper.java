package org.diplomacykg.dump;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Streams the store into an RDF4J Rio writer, statement by statement inside one read
 * transaction: nothing is collected in memory by this class. Quad formats write the default
 * graph and then each named graph in turn (read from TDB2's graph-first index, so TriG groups
 * them); triple formats write the union graph (each triple once). JSON-LD, whose RDF4J writer
 * buffers its whole document, goes through {@link ChunkedJsonLdWriter}, which bounds the buffer.
 */
public final class RdfDumper {
    /** Writes the whole dataset; returns the number of statements written. */
    public long dump(DatasetGraph dsg, DumpFormat format, OutputStream out) {
        return dump(dsg, format, null, out);
    }

    /**
     * Writes one named graph ({@code graph} non-null) or the whole dataset; returns the number of
     * statements written. Throws {@link IllegalArgumentException} for a graph the store lacks.
     */
    public long dump(DatasetGraph dsg, DumpFormat format, String graph, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            List<Supplier<Iterator<Quad>>> parts = parts(dsg, format, graph);
            RDFHandler writer = format == DumpFormat.jsonld
                    ? new ChunkedJsonLdWriter(out, ChunkedJsonLdWriter.DEFAULT_CHUNK) : rioWriter(format, out);
            Rdf4jTerms terms = new Rdf4jTerms();
            writer.startRDF();
            writer.handleNamespace("dip", org.diplomacykg.map.Dip.NS);
            writer.handleNamespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
            writer.handleNamespace("xsd", "http://www.w3.org/2001/XMLSchema#");
            long n = 0;
            for (Supplier<Iterator<Quad>> part : parts) {
                Iterator<Quad> it = part.get();
                while (it.hasNext()) {
                    writer.handleStatement(terms.statement(it.next(), format.keepsGraphs()));
                    n++;
                }
            }
            writer.endRDF();
            return n;
        });
    }

    /** What the dump holds, in writing order; each part's iterator is opened only when its turn comes. */
    private static List<Supplier<Iterator<Quad>>> parts(DatasetGraph dsg, DumpFormat format, String graph) {
        List<Supplier<Iterator<Quad>>> parts = new ArrayList<>();
        if (graph != null) {
            Node g = NodeFactory.createURI(graph);
            if (!dsg.containsGraph(g) || dsg.getGraph(g).isEmpty()) {
                throw new IllegalArgumentException("no named graph <" + graph + "> in the store");
            }
            parts.add(() -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        } else if (format.keepsGraphs()) {
            parts.add(() -> dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
            // only the graph names are listed up front: one node per graph, never their content
            dsg.listGraphNodes().forEachRemaining(g -> parts.add(() -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
        } else {
            // TDB2 answers the union graph from a subject-first index, dropping adjacent duplicates: streamed
            parts.add(() -> dsg.find(Quad.unionGraph, Node.ANY, Node.ANY, Node.ANY));
        }
        return parts;
    }

    private static RDFWriter rioWriter(DumpFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        WriterConfig config = writer.getWriterConfig();
        // pretty printing and inlined blank nodes make the Turtle-family writers hold statements back
        config.set(BasicWriterSettings.PRETTY_PRINT, false);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        return writer;
    }
}
