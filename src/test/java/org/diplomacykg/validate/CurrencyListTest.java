package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.graph.GraphList;
import org.diplomacykg.map.Dip;
import org.diplomacykg.util.TsvResource;
import org.junit.jupiter.api.Test;

/** The sh:in list of dip:currency is ISO 4217 as java.util.Currency knows it, and covers every code the extractor writes. */
class CurrencyListTest {
    static Set<String> shapeCodes() {
        Graph shapes = GraphValidator.loadShapes();
        Triple path = shapes.find(Node.ANY, SHACL.path, Dip.currency).next();
        Node list = shapes.find(path.getSubject(), SHACL.in, Node.ANY).next().getObject();
        return GraphList.members(new org.apache.jena.sparql.util.graph.GNode(shapes, list)).stream().map(Node::getLiteralLexicalForm).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void listIsIso4217() {
        Set<String> jdk = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
        Set<String> codes = shapeCodes();
        assertTrue(codes.size() > 150, "codes: " + codes.size());
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(jdk);
        assertTrue(unknown.isEmpty(), "not ISO 4217 codes: " + unknown);
        assertTrue(!codes.contains("YEN") && codes.contains("JPY") && codes.contains("USD"));
    }

    @Test
    void extractorCurrenciesAreAllAllowed() {
        Set<String> missing = new HashSet<>();
        for (String[] row : TsvResource.rows("/gazetteer/currencies.tsv", false)) {
            String code = TsvResource.cell(row, 0);
            if (!code.isEmpty() && !shapeCodes().contains(code)) {
                missing.add(code);
            }
        }
        assertTrue(missing.isEmpty(), "currencies.tsv codes the shapes would reject: " + missing + " " + List.of());
    }
}
