package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Dip;

/**
 * Dereferences instance IRIs: {@code /id/PATH} stands for {@code BASE + PATH}. Answers 200 with
 * the representation itself (no 303 hop: these IRIs name things, but one round trip is kinder to
 * clients and the HTML page says which IRI it describes), chosen by {@code ?format=} or the Accept
 * header, always with {@code Vary: Accept}. Unknown IRIs are 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private final transient KgSite site;

    LinkedDataServlet(KgSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String iri = site.links().iriOf(pathUnderId(req));
        Representation rep = choose(req);
        if (rep == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
            return;
        }
        if (iri == null) {
            notFound(resp, rep, "No resource at this address.");
            return;
        }
        Node node = NodeFactory.createURI(iri);
        if (rep == Representation.HTML) {
            Integer page = pageNumber(req.getParameter("page"));
            String html = Txn.calculateRead(site.dataset(), () -> {
                GraphLookup g = new GraphLookup(site.dataset(), site.iris());
                return g.exists(node) ? new ResourcePage(site, g, node).render(page == null ? 1 : page) : null;
            });
            if (html == null) {
                notFound(resp, rep, "No resource " + iri + " in this graph.");
                return;
            }
            resp.setStatus(200);
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.getWriter().write(html);
            return;
        }
        byte[] body = Txn.calculateRead(site.dataset(), () -> {
            GraphLookup g = new GraphLookup(site.dataset(), site.iris());
            if (!g.exists(node)) {
                return null;
            }
            Graph out = GraphFactory.createDefaultGraph();
            g.view(node).find(node, Node.ANY, Node.ANY).forEachRemaining(out::add);
            if (out.isEmpty()) {
                // only ever an object: say what points at it, so the answer is not empty
                g.union().find(Node.ANY, Node.ANY, node).forEachRemaining(out::add);
            }
            out.getPrefixMapping().setNsPrefix("dip", Dip.NS).setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.uri)
                    .setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS).setNsPrefix("nif", Dip.Nif.NS)
                    .setNsPrefix("id", site.links().base());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.write(bytes, out, rep.lang);
            return bytes.toByteArray();
        });
        if (body == null) {
            notFound(resp, rep, "No resource " + iri + " in this graph.");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(rep.mediaType + (rep == Representation.NTRIPLES ? "" : "; charset=utf-8"));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static String pathUnderId(HttpServletRequest req) {
        String path = req.getPathInfo();
        return path == null ? null : path.startsWith("/") ? path.substring(1) : path;
    }

    static Representation choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null && !format.isBlank()) {
            return Representation.byName(format).orElse(null);
        }
        return Representation.negotiate(req.getHeader("Accept"));
    }

    private static void notFound(HttpServletResponse resp, Representation rep, String message) throws IOException {
        if (rep == Representation.HTML) {
            Page.error(resp, 404, message);
        } else {
            resp.setStatus(404);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write(message + "\n");
        }
    }

    static Integer pageNumber(String s) {
        try {
            int n = s == null ? 1 : Integer.parseInt(s);
            return n < 1 ? 1 : Math.min(n, 100_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
