package org.diplomacykg.serve.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The syntax an answer is written in, chosen as Fuseki chooses it ({@code Accept}, or
 * {@code ?output=}/{@code ?format=}/{@code ?results=} with Fuseki's short names, and
 * {@code ?force-accept=} for a text/plain Content-Type) but chosen up front, while the request is
 * at hand: the answer is written later, on another thread, once the query type is known.
 * ({@code ?callback=} and {@code ?stylesheet=} are not offered.)
 *
 * @param select    media type for a SELECT answer
 * @param ask       media type for an ASK answer
 * @param graph     media type for a CONSTRUCT or DESCRIBE answer; null when Accept allows none
 * @param forceText whether the Content-Type says text/plain whatever the syntax
 */
record AnswerFormat(String select, String ask, String graph, boolean forceText) {

    static AnswerFormat of(HttpServletRequest req) {
        String output = param(req, HttpNames.paramOutput1);
        if (output == null) {
            output = param(req, HttpNames.paramOutput2);
        }
        if (output == null) {
            output = param(req, HttpNames.paramOutput3);
        }
        String select = output != null ? expand(output, Responses.shortNamesResultSet)
                : type(ConNeg.chooseContentType(req, DEF.rsOfferTable, DEF.acceptResultSetXML));
        String ask = output != null ? expand(output, Responses.shortNamesResultSet)
                : type(ConNeg.chooseContentType(req, DEF.rsOfferBoolean, DEF.acceptResultSetXML));
        String graph = output != null ? expand(output, Responses.shortNamesGraph)
                : type(ConNeg.chooseContentType(req, DEF.constructOffer, DEF.acceptTurtle));
        return new AnswerFormat(select, ask, graph, param(req, HttpNames.paramForceAccept) != null);
    }

    /** Writes a SELECT answer; returns its Content-Type. */
    String writeRows(RowSet rows, Prologue prologue, OutputStream out) {
        if (WebContent.contentTypeTextPlain.equals(select)) {
            RowSetOps.out(out, rows, prologue);
            return contentType(select);
        }
        resultsWriter(select).write(out, rows);
        return contentType(select);
    }

    /** Writes an ASK answer; returns its Content-Type. */
    String writeBoolean(boolean answer, OutputStream out) {
        if (WebContent.contentTypeTextPlain.equals(ask)) {
            ResultSetFormatter.out(out, answer);
            return contentType(ask);
        }
        if (WebContent.contentTypeResultsThrift.equals(ask) || WebContent.contentTypeResultsProtobuf.equals(ask)) {
            throw new UnsupportedAnswer(400, "an ASK answer cannot be written as " + ask);
        }
        resultsWriter(ask).write(out, answer);
        return contentType(ask);
    }

    /** Writes a CONSTRUCT or DESCRIBE answer (triples in the default graph, quads in named graphs); returns its Content-Type. */
    String writeGraph(DatasetGraph answer, OutputStream out) {
        if (graph == null) {
            throw new UnsupportedAnswer(406, "no RDF syntax matches the Accept header");
        }
        Lang lang = RDFLanguages.contentTypeToLang(graph);
        if (lang == null) {
            throw new UnsupportedAnswer(400, "cannot write RDF as " + graph);
        }
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, answer, ActionLib.getNetworkFormatForLang(lang));
        } else {
            RDFDataMgr.write(out, answer.getDefaultGraph(), ActionLib.getNetworkFormatForLang(lang));
        }
        return forceText ? contentType(WebContent.contentTypeTextPlain) : graph + "; charset=utf-8";
    }

    private static ResultsWriter resultsWriter(String type) {
        Lang lang = type == null ? null : WebContent.contentTypeToLangResultSet(type);
        if (lang == null || !ResultSetWriterRegistry.isRegistered(lang)) {
            throw new UnsupportedAnswer(400, "not a syntax for SPARQL results: " + type);
        }
        return ResultsWriter.create().lang(lang).build();
    }

    private String contentType(String type) {
        if (forceText) {
            return WebContent.contentTypeTextPlain + "; charset=utf-8";
        }
        boolean binary = type.equals(WebContent.contentTypeResultsThrift) || type.equals(WebContent.contentTypeResultsProtobuf);
        // XML carries its own encoding declaration, as in Fuseki
        boolean xml = type.equals(WebContent.contentTypeResultsXML) || type.equals(WebContent.contentTypeXML);
        return binary || xml ? type : type + "; charset=utf-8";
    }

    private static String type(MediaType m) {
        return m == null ? null : m.getContentTypeStr();
    }

    private static String expand(String name, Map<String, String> shortNames) {
        return shortNames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The answer cannot be written in the syntax asked for; the status says how the request was wrong. */
    static final class UnsupportedAnswer extends QueryException {
        final int status;

        UnsupportedAnswer(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
