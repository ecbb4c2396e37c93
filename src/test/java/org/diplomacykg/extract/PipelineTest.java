package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.FactKinds;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's components are named, ordered, switchable, timed, and each runs alone on what is there. */
class PipelineTest {
    static final List<String> NAMES = List.of("entities", "people", "dates", "frames", "events", "agreements", "quotations");
    /** Printed a month after the meeting: only the dates component reads the meeting's date. */
    static final String PRINTED = "2024-01-20";
    static AnnotatedArticle story;
    static ArticleFacts full;

    @BeforeAll
    static void annotate() {
        story = TestDocs.annotate(PRINTED, null,
                "Japanese Prime Minister Fumio Kishida met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur on December 17, 2023.",
                "The two leaders signed an agreement under which Japan will provide two patrol boats to Malaysia.",
                "\"Our partnership has never been stronger,\" Kishida told reporters after the talks.");
        full = FactKinds.pipeline(Set.of()).extract(story);
    }

    static Pipeline only(String name) {
        Set<String> others = new HashSet<>(NAMES);
        others.remove(name);
        return FactKinds.pipeline(others);
    }

    @Test
    void theComponentsInTheirOrderAndTheWholeStory() {
        Pipeline p = FactKinds.pipeline(Set.of());
        assertEquals(NAMES, p.names());
        assertEquals(Pipelines.SHARED, p.names().subList(0, Pipelines.SHARED.size()));
        assertEquals(1, full.events().size(), full.events().toString());
        assertEquals(1, full.agreements().size(), full.agreements().toString());
        assertEquals(1, full.quotations().size(), full.quotations().toString());
        assertEquals("2023-12-17", full.article().referenceDate());
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidNames() {
        UnknownComponentException e = assertThrows(UnknownComponentException.class, () -> FactKinds.pipeline(Set.of("quotes", "events")));
        assertTrue(e.getMessage().contains("'quotes'") && e.getMessage().contains(String.join(", ", NAMES)), e.getMessage());
        assertEquals(NAMES, e.names());
    }

    @Test
    void switchingOneOffLeavesTheOthersAsTheyWere() {
        ArticleFacts f = FactKinds.pipeline(Set.of("quotations")).extract(story);
        assertTrue(f.quotations().isEmpty());
        assertEquals(full.events(), f.events());
        assertEquals(full.agreements(), f.agreements());
        assertEquals(full.people(), f.people());
    }

    @Test
    void eachComponentRunsAloneAndIsTimedAlone() {
        for (String name : NAMES) {
            Pipeline p = only(name);
            assertEquals(List.of(name), p.names());
            ArticleFacts f = p.extract(story); // components before it are off: it must cope with their parts empty
            assertEquals(Set.of(name), p.millis().keySet());
            List<String> mentions = f.mentions().stream().map(EntityRef::id).toList();
            switch (name) {
                case "entities" -> assertEquals(List.of("country/JP", "country/MY", "place/kuala-lumpur"), mentions);
                case "people" -> assertEquals(Set.of("fumio-kishida", "anwar-ibrahim"),
                        Set.copyOf(f.people().stream().map(x -> x.person().key()).toList()));
                case "quotations" -> {
                    assertEquals("Our partnership has never been stronger", f.quotations().get(0).text());
                    assertNull(f.quotations().get(0).speaker(), "no people, no speaker");
                }
                default -> assertTrue(mentions.isEmpty() && f.people().isEmpty(), name + ": " + mentions);
            }
            assertEquals(name.equals("dates") ? "2023-12-17" : PRINTED, f.article().referenceDate(), name);
            if (!name.equals("quotations")) {
                // events and agreements alone find nothing: they read the entities and frames before them
                assertTrue(f.events().isEmpty() && f.agreements().isEmpty() && f.quotations().isEmpty(), name);
            }
        }
    }

    @Test
    void framesAloneReadTheParsedSentences() {
        ArticleDoc d = new ArticleDoc(story);
        only("frames").components().forEach(c -> c.process(d));
        assertFalse(d.frames().isEmpty());
        assertTrue(d.dates() == null && d.entities(0).isEmpty() && d.personMentions(0).isEmpty());
    }
}
