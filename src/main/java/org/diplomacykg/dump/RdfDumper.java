package org.diplomacykg.dump;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Streams the store into an RDF4J Rio writer, statement by statement inside one read
 * transaction: nothing is collected in memory by this class. Quad formats write every named
 * graph; triple formats write the union graph (each triple once).
 */
public final class RdfDumper {
    private final ValueFactory vf = SimpleValueFactory.getInstance();

    /** Writes the dataset; returns the number of statements written. */
    public long dump(DatasetGraph dsg, DumpFormat format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            RDFWriter writer = Rio.createWriter(format.rio(), out);
            WriterConfig config = writer.getWriterConfig();
            config.set(BasicWriterSettings.PRETTY_PRINT, false);
            config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
            writer.startRDF();
            writer.handleNamespace("dip", org.diplomacykg.map.Dip.NS);
            writer.handleNamespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
            writer.handleNamespace("xsd", "http://www.w3.org/2001/XMLSchema#");
            long n = 0;
            if (format.keepsGraphs()) {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Resource g = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
                    writer.handleStatement(vf.createStatement((Resource) value(q.getSubject()),
                            vf.createIRI(q.getPredicate().getURI()), value(q.getObject()), g));
                    n++;
                }
            } else {
                Iterator<Triple> it = dsg.getUnionGraph().find();
                while (it.hasNext()) {
                    Triple t = it.next();
                    writer.handleStatement(vf.createStatement((Resource) value(t.getSubject()),
                            vf.createIRI(t.getPredicate().getURI()), value(t.getObject())));
                    n++;
                }
            }
            writer.endRDF();
            return n;
        });
    }

    private Value value(Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "x"));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot write node " + n);
    }
}
