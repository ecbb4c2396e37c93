package org.diplomacykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;

/**
 * Serves the ontology at the path its namespace is mapped to ({@code /ontology}, so
 * {@code …/ontology#Summit} lands on the Summit section): HTML documentation for browsers,
 * Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} or {@code ?format=}. The ontology
 * never changes while the server runs, so every representation is rendered once.
 */
public final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String RESOURCE = "/ontology/diplomacy.ttl";

    private record Representation(String contentType, byte[] body) {
    }

    /** By ?format= name; the first entry is what a client gets when it states no preference. */
    private final transient Map<String, Representation> byFormat = new LinkedHashMap<>();
    private final transient Map<String, String> formatOfMediaType = new LinkedHashMap<>();
    private final transient AcceptList offered;

    public OntologyServlet() {
        Model ontology = load();
        add("html", "text/html", new OntologyDoc(ontology).render().getBytes(StandardCharsets.UTF_8), "application/xhtml+xml");
        add("ttl", "text/turtle", write(ontology, RDFFormat.TURTLE_PRETTY), "application/x-turtle");
        add("jsonld", "application/ld+json", write(ontology, RDFFormat.JSONLD), "application/json");
        add("rdfxml", "application/rdf+xml", write(ontology, RDFFormat.RDFXML_PLAIN), "application/xml");
        add("nt", "application/n-triples", write(ontology, RDFFormat.NTRIPLES), "text/plain");
        offered = AcceptList.create(formatOfMediaType.keySet().toArray(String[]::new));
    }

    private void add(String format, String mediaType, byte[] body, String alias) {
        byFormat.put(format, new Representation(mediaType, body));
        formatOfMediaType.put(mediaType, format);
        formatOfMediaType.put(alias, format);
    }

    private static Model load() {
        try (InputStream in = OntologyServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ontology resource " + RESOURCE + " missing from the build");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Model m, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, format);
        return out.toByteArray();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the answer depends on Accept, so caches must key on it
        resp.setHeader("Vary", "Accept");
        String param = req.getParameter("format");
        String format = chooseFormat(param, req.getHeader("Accept"));
        if (format == null && param != null && !param.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown format; use html, ttl, jsonld, rdfxml or nt");
            return;
        }
        if (format == null) {
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("Not acceptable: the ontology is available as text/html, text/turtle, application/ld+json,"
                    + " application/rdf+xml and application/n-triples (or ?format=html|ttl|jsonld|rdfxml|nt)\n");
            return;
        }
        Representation r = byFormat.get(format);
        resp.setContentType(r.contentType() + "; charset=utf-8");
        resp.setContentLength(r.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(r.body());
        }
    }

    /** The ?format= name when given (null if unknown), else the best match for Accept, HTML when there is none. */
    String chooseFormat(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            String f = formatParam.trim().toLowerCase(Locale.ROOT);
            return byFormat.containsKey(f) ? f : formatOfMediaType.get(f);
        }
        if (accept == null || accept.isBlank()) {
            return "html";
        }
        MediaType best = AcceptList.match(new AcceptList(accept), offered);
        return best == null ? null : formatOfMediaType.get(best.getContentTypeStr());
    }
}
