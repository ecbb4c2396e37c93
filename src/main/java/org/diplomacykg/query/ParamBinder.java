package org.diplomacykg.query;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;

/**
 * Binds parameter values to query variables as RDF terms (never by editing the query text).
 * {@code <iri>}, {@code "text"@en}, {@code "2023-12-17"^^xsd:date} are read as Turtle terms; a
 * bare http(s) or urn IRI becomes an IRI, a whole number an xsd:integer, anything else a plain string.
 */
public final class ParamBinder {
    private ParamBinder() {
    }

    public static QuerySolutionMap bind(SavedQuery query, Map<String, String> values) {
        Set<String> declared = new TreeSet<>();
        query.params().forEach(p -> declared.add(p.name()));
        QuerySolutionMap map = new QuerySolutionMap();
        var model = ModelFactory.createDefaultModel();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!declared.contains(e.getKey())) {
                throw new QueryException("unknown parameter '" + e.getKey() + "' for query '" + query.name() + "'"
                        + (declared.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", declared) + ")"));
            }
            map.add(e.getKey(), model.asRDFNode(term(e.getKey(), e.getValue())));
        }
        for (SavedQuery.Param p : query.params()) {
            boolean optional = p.meaning().toLowerCase(java.util.Locale.ROOT).matches("^\\(?optional\\b.*");
            if (!optional && !values.containsKey(p.name())) {
                throw new QueryException("query '" + query.name() + "' needs --param " + p.name() + "=VALUE (" + p.meaning() + ")");
            }
        }
        return map;
    }

    static Node term(String name, String value) {
        String v = value.strip();
        if (v.startsWith("<") || v.startsWith("\"") || v.startsWith("'")) {
            try {
                Tokenizer t = TokenizerText.create().fromString(v).build();
                Token token = t.next();
                if (t.hasNext()) {
                    throw new QueryException("parameter " + name + ": more than one RDF term in '" + value + "'");
                }
                Node n = token.asNode(PrefixMapFactory.create(Map.of("xsd", XSDDatatype.XSD + "#")));
                if (n == null) {
                    throw new QueryException("parameter " + name + ": not an RDF term: " + value);
                }
                return n;
            } catch (RiotException | java.util.NoSuchElementException e) {
                throw new QueryException("parameter " + name + ": not an RDF term: " + value + " (" + e.getMessage() + ")");
            }
        }
        if (v.matches("(?i)(https?|urn):\\S+")) {
            return NodeFactory.createURI(v);
        }
        if (v.matches("-?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }
}
