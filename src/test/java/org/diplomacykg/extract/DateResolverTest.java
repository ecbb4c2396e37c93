package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplomacykg.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();

    private DateResolver.ArticleDates resolve(String printed, String... paragraphs) {
        AnnotatedArticle a = TestDocs.annotate(printed, null, paragraphs);
        return resolver.resolve(a.sentences(), printed, (i, j) -> false);
    }

    @Test
    void weekdaysResolveAroundTheDateTheTextGives() {
        var d = resolve(null,
                "The presidents of Kenya and Ghana met in Nairobi on Tuesday.",
                "On Monday, their ministers prepared a trade deal.",
                "They will sign it on Thursday.",
                "CAPTION: Kenyan President speaks in Nairobi, Tuesday, March 5, 2024.");
        assertEquals("2024-03-05", d.referenceDate());
        assertEquals("2024-03-05", d.sentenceDate(0));
        assertEquals("2024-03-04", d.sentenceDate(1));
        assertEquals("2024-03-07", d.sentenceDate(2));
    }

    @Test
    void relativeMonthsStayPartial() {
        var d = resolve("2022-06-10",
                "Last month, Germany and Chile agreed to expand lithium trade.",
                "In February, Chile hosted a German delegation.",
                "Later that month, the two sides met again.",
                "Germany adopted a new Africa strategy last year.");
        assertEquals("2022-05", d.sentenceDate(0));
        assertEquals("2022-02", d.sentenceDate(1));
        assertEquals("2022-02", d.sentenceDate(2));
        assertEquals("2021", d.sentenceDate(3));
    }

    @Test
    void yearOfARangeComesFromTheWeekdaysAndContradictsALateReprint() {
        // March 9-11 fell on Thursday-Saturday in 2023, not in 2024 or 2025.
        var d = resolve("2025-07-01",
                "On Thursday, on the sidelines of the March 9-11 forum, the ministers talked.",
                "On Saturday the forum closed.");
        assertEquals("2023-03-09", d.referenceDate());
        assertTrue(d.printedDateContradicted());
        assertEquals("2023-03-11", d.sentenceDate(1));
    }

    @Test
    void printedDateIsTheFallbackAndIsNotContradictedByItself() {
        var d = resolve("2021-09-15", "Ministers met on Monday in Accra.", "ISO dates like 2021-09-14 also count.");
        assertEquals("2021-09-14", d.referenceDate());
        assertFalse(d.printedDateContradicted());
        assertEquals("2021-09-13", d.sentenceDate(0));
    }

    @Test
    void dayCarriesIntoTheNextSentenceOfTheScene() {
        var d = resolve("2020-01-20",
                "On Saturday, the Kenyan president held talks in Berlin.",
                "Separately, he visited a port.",
                "The weather was cold.");
        assertEquals("2020-01-18", d.sentenceDate(0));
        assertEquals("2020-01-18", d.sentenceDate(1));
    }

    @Test
    void weekdaysFollowTheTenseOfTheSentence() {
        java.time.LocalDate monday = java.time.LocalDate.of(2024, 3, 4);
        assertEquals(java.time.LocalDate.of(2024, 2, 29), DateResolver.weekday(monday, java.time.DayOfWeek.THURSDAY, "",
                DateResolver.tense("The two ministers signed the accord in Accra on Thursday.")));
        assertEquals(java.time.LocalDate.of(2024, 3, 7), DateResolver.weekday(monday, java.time.DayOfWeek.THURSDAY, "",
                DateResolver.tense("The ministers will sign the accord in Accra on Thursday.")));
        assertEquals(java.time.LocalDate.of(2024, 3, 2), DateResolver.weekday(monday, java.time.DayOfWeek.SATURDAY, "",
                DateResolver.tense("Talks on Saturday covered fisheries.")));
    }

    @Test
    void aDatelineDayTakesThePrintedYearWhateverWeekdayTheStoryNames() {
        // July 9 was a Tuesday in 2024, a Wednesday in 2025: the talks "on Tuesday" were the day before the dateline
        var d = resolve("2025-07-09",
                "Brasilia, July 9 (ANI): The two leaders set a trade target of 20 billion dollars.",
                "The talks were held in Brasilia on Tuesday, the foreign ministry said.");
        assertEquals("2025-07-09", d.referenceDate());
        assertEquals("2025-07-08", d.sentenceDate(1));
    }

    @Test
    void aDayOfTheBackgroundDoesNotReplaceAPrintedDateNearIt() {
        var d = resolve("2025-07-08",
                "The prime minister received the country's highest civilian award on Tuesday.",
                "It was the third honour of his current tour.",
                "The five-nation tour began on July 2.");
        assertEquals("2025-07-08", d.referenceDate());
        assertEquals("2025-07-08", d.sentenceDate(0));
    }

    @Test
    void aBackgroundMonthStaysInItsSentenceWhenTheNextIsAboutOthers() {
        var d = resolve("2022-05-02",
                "In late March, Chile and Bolivia traded accusations over a river.",
                "The foreign ministers of Peru and Ecuador signed a fisheries accord.");
        assertEquals("2022-03", d.sentenceDate(0));
        assertNull(d.sentenceDate(1));
    }

    @Test
    void dayFirstAndDottedDatesAreFullDates() {
        var d = resolve(null,
                "The presidents of Chile and Portugal met in Lisbon on Wednesday (3 May 2023).",
                "Their ministers had met on 27-28 April in Santiago.",
                "The forum opened on Tuesday (09.05.2023) in Quito.",
                "On the 5th of May, the two sides signed a fisheries accord.");
        assertEquals("2023-05-03", d.sentenceDate(0));
        assertEquals("2023-04-27", d.sentenceDate(1));
        assertEquals("2023-05-09", d.sentenceDate(2));
        assertEquals("2023-05-05", d.sentenceDate(3));
    }

    @Test
    void aDayFirstDatelineDatesTheFilingNotTheEvent() {
        var d = resolve(null, "NAIROBI, 12 March 2024 - Kenya and Ghana said on Monday they had agreed to cut tariffs.");
        assertEquals("2024-03-11", d.sentenceDate(0));
    }
}
