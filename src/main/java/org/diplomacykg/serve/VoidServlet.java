package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.describe.VoidDescription;

/**
 * {@code /.well-known/void}: the dataset's VoID and DCAT description (RFC 5785 / VoID §6.2), i.e.
 * the meta graph the build wrote, in Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept}
 * (or {@code ?format=ttl|jsonld|rdfxml|nt}). The stored access URLs (SPARQL endpoint, dumps,
 * landing page) point at the permanent site root; here they are rewritten to this server, so
 * the links work wherever it runs. Nothing else changes, so the counts are the store's.
 */
final class VoidServlet extends HttpServlet {
    private static final Map<String, Lang> BY_FORMAT = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD,
            "rdfxml", Lang.RDFXML, "nt", Lang.NTRIPLES);
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json",
            "application/rdf+xml", "application/n-triples");
    private static final Set<String> ACCESS = Set.of(VoidDescription.VOID + "sparqlEndpoint", VoidDescription.VOID + "dataDump",
            VoidDescription.DCAT + "downloadURL", VoidDescription.DCAT + "accessURL", VoidDescription.DCAT + "endpointURL",
            VoidDescription.DCAT + "landingPage", VoidDescription.SD + "endpoint");

    private final transient DatasetGraph dsg;

    VoidServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Lang lang = choose(req);
        resp.setHeader("Vary", "Accept");
        if (lang == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "available: text/turtle, application/ld+json, "
                    + "application/rdf+xml, application/n-triples");
            return;
        }
        String local = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath() + "/";
        BuildStamp stamp = BuildStamp.of(dsg);
        if (stamp.notModified(req, resp, "void:" + lang.getName() + ":" + local)) {
            return;
        }
        Graph g = description(local);
        if (g == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the store holds no dataset description (rebuild it)");
            return;
        }
        String type = lang.getHeaderString();
        resp.setContentType(type + (type.startsWith("text/") ? "; charset=utf-8" : ""));
        RDFDataMgr.write(resp.getOutputStream(), g, lang);
    }

    private static Lang choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return BY_FORMAT.get(format.toLowerCase(Locale.ROOT));
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Lang.TURTLE;
        }
        MediaType m = AcceptList.match(AcceptList.create(accept), OFFER);
        if (m == null) {
            return null;
        }
        return switch (m.getContentTypeStr()) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/rdf+xml" -> Lang.RDFXML;
            case "application/n-triples" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
    }

    /** The graph holding the void:Dataset with a SPARQL endpoint, access URLs moved to {@code local}. */
    private Graph description(String local) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(VoidDescription.VOID + "sparqlEndpoint"), Node.ANY);
            if (!it.hasNext()) {
                return null;
            }
            Quad anchor = it.next();
            String ds = anchor.getSubject().getURI();
            String base = ds.substring(0, ds.length() - "dataset".length());
            String root = VoidDescription.siteRoot(base);
            Graph out = GraphFactory.createDefaultGraph();
            dsg.find(anchor.getGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node o = q.getObject();
                if (ACCESS.contains(q.getPredicate().getURI()) && o.isURI() && o.getURI().startsWith(root)) {
                    o = NodeFactory.createURI(local + o.getURI().substring(root.length()));
                }
                out.add(Triple.create(q.getSubject(), q.getPredicate(), o));
            });
            out.getPrefixMapping().setNsPrefix("void", VoidDescription.VOID).setNsPrefix("dcat", VoidDescription.DCAT)
                    .setNsPrefix("dcterms", VoidDescription.DCT).setNsPrefix("sd", VoidDescription.SD)
                    .setNsPrefix("prov", VoidDescription.PROV).setNsPrefix("dip", org.diplomacykg.map.Dip.NS)
                    .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
            return out;
        });
    }
}
