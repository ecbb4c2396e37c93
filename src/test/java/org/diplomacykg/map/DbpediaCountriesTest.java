package org.diplomacykg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** DBpedia links come from the country table's clean names only; doubtful rows get none. */
class DbpediaCountriesTest {
    static Optional<String> iri(String code) {
        return DbpediaCountries.get().resource(code).map(Node::getURI);
    }

    @Test
    void cleanNamesBecomeDbpediaResources() {
        assertEquals(Optional.of("http://dbpedia.org/resource/Japan"), iri("JP"));
        assertEquals(Optional.of("http://dbpedia.org/resource/United_States"), iri("US"));
        assertEquals(Optional.of("http://dbpedia.org/resource/Papua_New_Guinea"), iri("PG"));
        assertEquals(Optional.of("http://dbpedia.org/resource/The_Bahamas"), iri("BS"));
        assertTrue(DbpediaCountries.get().size() > 150, "links: " + DbpediaCountries.get().size());
    }

    @Test
    void doubtfulRowsGetNoLink() {
        assertEquals(Optional.empty(), iri("ME"));  // the table gives ME to both France and Montenegro
        assertEquals(Optional.empty(), iri("CD"));  // "DRC" is an abbreviation
        assertEquals(Optional.empty(), iri("CG"));  // "Congo (Brazzaville)"
        assertEquals(Optional.empty(), iri("DO"));  // "The Dominican" is truncated
        assertEquals(Optional.empty(), iri("GE"));  // DBpedia's Georgia is not the country
        assertEquals(Optional.empty(), iri("XK"));  // not an ISO 3166-1 code
        assertNull(DbpediaCountries.clean("Gaza, Gaza Strip", ""));
    }
}
