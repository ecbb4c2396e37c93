package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedQueriesTest {
    @TempDir
    Path dir;

    static final String TEXT = String.join("\n",
            "# title: Meetings of a person",
            "# description: Every meeting the person took part in,",
            "# description: newest first.",
            "# param: person — the person's IRI",
            "# param: since — (optional) earliest date",
            "SELECT * WHERE { ?e <urn:participant> ?person }");

    @Test
    void readsTheHeader() {
        SavedQuery q = SavedQueries.parse("meetings", TEXT);
        assertEquals("Meetings of a person", q.title());
        assertEquals("Every meeting the person took part in, newest first.", q.description());
        assertEquals(2, q.params().size());
        assertEquals("person", q.params().get(0).name());
        assertEquals("the person's IRI", q.params().get(0).meaning());
    }

    @Test
    void resolvesByNameAndRejectsUnknownNames() throws IOException {
        Files.writeString(dir.resolve("meetings.rq"), TEXT);
        SavedQueries saved = new SavedQueries(dir);
        assertEquals("meetings", saved.resolve("meetings").name());
        QueryException e = assertThrows(QueryException.class, () -> saved.resolve("meeting"));
        assertTrue(e.getMessage().contains("unknown query 'meeting'"), e.getMessage());
        assertThrows(QueryException.class, () -> saved.resolve("../etc/passwd"));
    }

    @Test
    void bindsParametersAsTermsAndRejectsUnknownOrMissingOnes() {
        SavedQuery q = SavedQueries.parse("meetings", TEXT);
        var binding = ParamBinder.bind(q, Map.of("person", "https://example.org/id/person/x"));
        assertTrue(binding.get("person").isURIResource());
        QueryException unknown = assertThrows(QueryException.class,
                () -> ParamBinder.bind(q, Map.of("person", "<urn:x>", "colour", "red")));
        assertTrue(unknown.getMessage().contains("unknown parameter 'colour'"), unknown.getMessage());
        QueryException missing = assertThrows(QueryException.class, () -> ParamBinder.bind(q, Map.of()));
        assertTrue(missing.getMessage().contains("--param person"), missing.getMessage());
    }

    @Test
    void termsAreParsedNotSpliced() {
        Node injection = ParamBinder.term("x", "x\" } ; DROP ALL ; #");
        assertTrue(injection.isLiteral());
        assertEquals("x\" } ; DROP ALL ; #", injection.getLiteralLexicalForm());
        Node date = ParamBinder.term("d", "\"2023-12-17\"^^xsd:date");
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.getLiteralDatatypeURI());
        assertTrue(ParamBinder.term("i", "<https://example.org/a>").isURI());
        assertEquals("42", ParamBinder.term("n", "42").getLiteralLexicalForm());
    }
}
