package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    private static List<String> keys(EventFact e) {
        return e.participants().stream().map(EntityRef::id).toList();
    }

    @Test
    void oneSummitWithParticipantsPlaceDatesAndSidelineMeetings() {
        var facts = TestDocs.extract(null,
                "Leaders from Germany and the African Union, at a summit in Berlin on Tuesday, adopted a joint declaration.",
                "The summit marks the 20th anniversary of their partnership.",
                "On Monday, on the sidelines of the summit, German Chancellor Lena Brandt held a series of bilateral talks.",
                "Brandt and her Kenyan counterpart, Amani Odhiambo, signed a deal on port upgrades.",
                "On Wednesday, Germany also hosts a summit for the Green Hydrogen Partnership initiative.",
                "CAPTION: German Chancellor Lena Brandt speaks in Berlin, Tuesday, June 4, 2024.");
        List<EventFact> summits = facts.events().stream().filter(e -> e.type() == EventType.Summit).toList();
        assertEquals(2, summits.size(), facts.events()::toString);
        EventFact main = summits.get(0);
        assertEquals("2024-06-04", main.startDate());
        assertEquals("Berlin", main.place().name());
        assertEquals("20th anniversary", main.occasion());
        assertTrue(keys(main).containsAll(List.of("country/DE", "igo/au")), keys(main)::toString);
        EventFact second = summits.get(1);
        assertEquals("2024-06-05", second.startDate());
        assertTrue(second.name().contains("Green Hydrogen Partnership"));

        List<EventFact> meetings = facts.events().stream().filter(e -> e.type() == EventType.BilateralMeeting).toList();
        assertEquals(1, meetings.size(), facts.events()::toString);
        EventFact m = meetings.get(0);
        assertEquals("2024-06-03", m.startDate());
        assertEquals(main.localId(), m.partOf());
        assertTrue(keys(m).containsAll(List.of("person/lena-brandt", "person/amani-odhiambo", "country/DE", "country/KE")), keys(m)::toString);
    }

    @Test
    void genericBilateralTalksAndNewsConferencesAreNotMeetings() {
        var facts = TestDocs.extract("2024-01-10",
                "Kenyan President Amani Odhiambo held a series of bilateral talks with African leaders.",
                "He told a joint news conference with German Chancellor Lena Brandt that trade would grow.");
        assertTrue(facts.events().isEmpty(), facts.events()::toString);
    }

    @Test
    void onePerPairAndMeetingPhrasings() {
        var facts = TestDocs.extract("2024-01-10",
                "When meeting with Peruvian President Tomas Quispe, Chilean President Rosa Vidal promised more trade.",
                "Vidal also agreed with Quispe to hold annual talks.",
                "With Bolivian President Ana Mamani, Vidal affirmed that the border will stay open.",
                "Vidal visited Argentina on Friday.");
        List<EventFact> meetings = facts.events().stream().filter(e -> e.type() == EventType.BilateralMeeting).toList();
        assertEquals(2, meetings.size(), meetings::toString);
        List<EventFact> visits = facts.events().stream().filter(e -> e.type() == EventType.Visit).toList();
        assertEquals(1, visits.size());
        assertTrue(keys(visits.get(0)).contains("country/AR"));
    }
}
