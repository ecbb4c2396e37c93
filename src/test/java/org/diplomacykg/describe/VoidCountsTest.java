package org.diplomacykg.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.dump.DumpFormat;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VoID description the build writes counts exactly what the store holds, itself included. */
class VoidCountsTest {

    static KgStore store;
    static final String BASE = Iris.DEFAULT_BASE;
    static final String P = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> "
            + "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#> ";

    @BeforeAll
    static void build() {
        store = SeedStore.shared();
    }


    static List<QuerySolution> select(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(P + q).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    static long one(String q) {
        List<QuerySolution> rows = select(q);
        assertEquals(1, rows.size(), q);
        return rows.get(0).getLiteral("n").getLong();
    }

    static long described(String property) {
        return one("SELECT ?n { <" + VoidDescription.datasetIri(BASE) + "> void:" + property + " ?n }");
    }

    @Test
    void datasetCountsEqualTheStoresCounts() {
        assertEquals(one("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"), described("triples"));
        assertEquals(one("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + BASE + "\")) }"),
                described("entities"));
        assertEquals(one("SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } }"), described("classes"));
        assertEquals(one("SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), described("properties"));
        assertEquals(one("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), described("distinctSubjects"));
        assertTrue(described("triples") > 1000);
    }

    @Test
    void everyNamedGraphIsASubsetWithItsOwnCounts() {
        List<QuerySolution> subsets = select("SELECT ?g ?n ?e { ?ds void:subset ?sub . ?sub sd:name ?g ; void:triples ?n ; void:entities ?e }");
        long graphs = one("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }");
        assertEquals(graphs, subsets.size());
        long sum = 0;
        for (QuerySolution s : subsets) {
            String g = s.getResource("g").getURI();
            assertEquals(one("SELECT (COUNT(*) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o } }"), s.getLiteral("n").getLong(), g);
            assertEquals(one("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
                    + BASE + "\")) }"), s.getLiteral("e").getLong(), g);
            sum += s.getLiteral("n").getLong();
        }
        assertEquals(store.size(), sum, "the subsets add up to every quad (what an N-Quads dump holds)");
    }

    @Test
    void linksToDumpsEndpointOntologyLicenceBuildTimeAndArticles() {
        assertEquals(DumpFormat.values().length * 2L, one("SELECT (COUNT(DISTINCT ?u) AS ?n) { ?ds void:dataDump ?u }"));
        assertEquals(DumpFormat.values().length * 2L, one("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?ds dcat:distribution ?d . "
                + "?d dcat:downloadURL ?u ; dcat:mediaType ?m }"));
        assertEquals(1, one("SELECT (COUNT(*) AS ?n) { ?ds void:sparqlEndpoint <https://w3id.org/diplomacy-kg/kg/sparql> }"));
        assertEquals(1, one("SELECT (COUNT(*) AS ?n) { ?ds dcterms:conformsTo <https://w3id.org/diplomacy-kg/ontology> ; "
                + "dcterms:license <https://creativecommons.org/licenses/by/4.0/> }"));
        assertEquals(1, one("SELECT (COUNT(*) AS ?n) { ?ds a void:Dataset ; <http://www.w3.org/ns/prov#wasGeneratedBy> ?b . ?b dip:inputDigest ?d ; dip:builtAt ?t }"));
        assertEquals(5, one("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?ds a void:Dataset ; dcterms:source ?a . ?a dip:fileName ?f }"));
    }
}
