package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {
    private static List<QuotationFact> quotes(String... paragraphs) {
        return TestDocs.extract("2021-06-01", paragraphs).quotations();
    }

    private static String speaker(QuotationFact q) {
        return q.speaker() == null ? null : q.speaker().key();
    }

    @Test
    void speakerAfterTheQuoteAndPronounContinuation() {
        var q = quotes(
                "\u201cWe will open our ports to Kenyan farmers,\u201d German Chancellor Lena Brandt said on Monday.",
                "\u201cTrade is the best aid,\u201d she added.",
                "\"Both governments want a quick deal and a fair one.\"");
        assertEquals(3, q.size(), q::toString);
        assertEquals("lena-brandt", speaker(q.get(0)));
        assertEquals("lena-brandt", speaker(q.get(1)));
        assertEquals("lena-brandt", speaker(q.get(2)), "a paragraph that is only a quotation continues the speaker");
    }

    @Test
    void lessCommonSpeechVerbsAttributeToo() {
        var q = quotes(
                "Malian President Amadou Keita pleaded that both sides \"return to the table without conditions.\"",
                "Keita later joked, quipping: \"I do not want to negotiate with an empty chair.\"");
        assertEquals(2, q.size(), q::toString);
        assertEquals("amadou-keita", speaker(q.get(0)));
        assertEquals("amadou-keita", speaker(q.get(1)));
    }

    @Test
    void pronounGoesToTheLastPersonWhoSpoke() {
        var q = quotes(
                "Amani Odhiambo, senior fellow at the Nairobi Policy Institute, said ties were improving.",
                "Jonas Berg signed the guest book.",
                "Odhiambo said the deal should \"reward farmers first,\" adding, \"Prices must stay fair for everyone.\"",
                "\"This is only a beginning for both countries,\" and more must follow, he said.");
        assertEquals(3, q.size(), q::toString);
        assertEquals("amani-odhiambo", speaker(q.get(0)));
        assertEquals("amani-odhiambo", speaker(q.get(1)));
        assertEquals("amani-odhiambo", speaker(q.get(2)));
    }

    @Test
    void documentsSpeakAndShortScareQuotesAreSkipped() {
        var q = quotes(
                "\"We support a peaceful settlement of all disputes,\" according to the joint statement.",
                "Officials called the talks \"useful\" and \"very frank\".",
                "A final statement read, \"The ministers will meet again next year.\"");
        assertEquals(2, q.size(), q::toString);
        assertEquals(EntityKind.DOCUMENT, q.get(0).speaker().kind());
        assertEquals(EntityKind.DOCUMENT, q.get(1).speaker().kind());
    }

    @Test
    void speechVerbBeforeAColonAndNestedSingleQuotes() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met reporters.",
                "The Kenyan president told them: \"Our partners call this a 'new chapter' and we agree.\"",
                "\"Nobody said anything about this matter,\" a guard noted.");
        assertEquals("amani-odhiambo", speaker(q.get(0)));
        assertTrue(q.get(0).text().contains("'new chapter'"));
        assertNull(speaker(q.get(1)));
    }

    private static QuotationFact starting(List<QuotationFact> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation starting '" + start + "' in " + qs));
    }

    // --- attribution after the quotation ----------------------------------------------------

    @Test
    void saidBeforeTheNameTakesOnlyTheNameRightAfterIt() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "\"The port will open next year,\" said Kenyan Transport Minister Grace Wanjiru, who led the talks.",
                "\"Nothing has been signed about the port yet,\" said an official who spoke on condition of anonymity ahead of Odhiambo's speech.");
        assertEquals("grace-wanjiru", speaker(starting(q, "The port will open")));
        assertNull(speaker(starting(q, "Nothing has been signed")), "a name far after 'said' is not who said it");
    }

    @Test
    void aBodyNamedBeforeTheSpeakersNameIsNotTheSpeaker() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "\"Cooperation must not be aimed at any third party,\" World Bank spokesperson Jonas Berg told a briefing in Nairobi.");
        assertEquals("jonas-berg", speaker(q.get(0)));
    }

    @Test
    void attributionThatClosesTheSentenceAfterMoreText() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "\"We will need more of them,\" and the money for all of the new turbines is already waiting in the accounts of the ministry, Lund said.");
        assertEquals("sofie-lund", speaker(q.get(0)));
    }

    @Test
    void anOutletQuotingSomeoneAsSayingGivesTheSpeaker() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "\"We recognise the value of this partnership for our farmers,\" Reuters quoted Lund as saying.",
                "Reuters quoted Odhiambo as saying: \"The deal will bring water to every village.\"");
        assertEquals("sofie-lund", speaker(starting(q, "We recognise")));
        assertEquals("amani-odhiambo", speaker(starting(q, "The deal will bring")));
    }

    // --- attribution before the quotation ---------------------------------------------------

    @Test
    void subjectOfASpeechOrQuotingVerbBeforeTheQuotation() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi on Monday.",
                "Lund told reporters: \"Kenya is a partner we trust on energy.\"",
                "Odhiambo said the agreement marked \"a turning point for our farmers\" in the east.",
                "Lund described the visit as \"the start of a long friendship\" between the two nations.");
        assertEquals("sofie-lund", speaker(starting(q, "Kenya is a partner")));
        assertEquals("amani-odhiambo", speaker(starting(q, "a turning point")));
        assertEquals("sofie-lund", speaker(starting(q, "the start of a long friendship")));
    }

    @Test
    void aShortSurnameBeforeAnAppositionIsThePersonOfThatName() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Vietnamese Trade Minister Nguyen Van Vu in Mombasa.",
                "Vu, speaking alongside Odhiambo at the port, said the deal was fair: \"Both countries gain from cheaper energy.\"");
        assertEquals("nguyen-van-vu", speaker(q.get(0)));
    }

    @Test
    void descriptionWithACountryIsTheArticlesHolderOfThatOffice() {
        var q = quotes(
                "American President Mark Ellison hosted Ghanaian President Kofi Mensah at the White House on Friday.",
                "Addressing his guest at what he called a historic meeting, the American president said, \"I want to thank you for your courage.\"",
                "\"Our countries are stronger together than apart,\" the Ghanaian leader said.");
        assertEquals("mark-ellison", speaker(starting(q, "I want to thank you")));
        assertEquals("kofi-mensah", speaker(starting(q, "Our countries are stronger")));
    }

    @Test
    void subjectOfTheGoverningSpeechVerbInAParsedSentence() {
        var q = quotes(
                "Kenyan President Amani Odhiambo hosted a summit of East African leaders in Nairobi on Monday.",
                "Odhiambo, who has spent most of the past two years travelling across the region to persuade neighbouring governments, lenders and private investors to pay for the line, told reporters \"the region cannot wait any longer for its railway.\"");
        assertEquals("amani-odhiambo", speaker(starting(q, "the region cannot wait")));
    }

    @Test
    void aDateBetweenTheSubjectAndItsVerb() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "Lund on Monday told reporters \"Kenya is the partner we trust most on energy.\"");
        assertEquals("sofie-lund", speaker(q.get(0)));
    }

    // --- pronouns ---------------------------------------------------------------------------

    @Test
    void pronounIsTheLastPersonWhoIsTheSubjectNotTheLastWhoSpoke() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met German Chancellor Lena Brandt in Nairobi.",
                "\"We have much to do together,\" Odhiambo said.",
                "Brandt agreed and promised more trade with East Africa.",
                "\"Our companies are ready to invest in Kenya,\" she said.");
        assertEquals("amani-odhiambo", speaker(starting(q, "We have much")));
        assertEquals("lena-brandt", speaker(starting(q, "Our companies are ready")));
    }

    @Test
    void pronounAfterAQuotationWhoseSpeakerIsNoSubject() {
        var q = quotes(
                "Kenyan President Amani Odhiambo hosted Danish Prime Minister Sofie Lund in Nairobi.",
                "\"We recognise the value of this partnership,\" Reuters quoted Lund as saying.",
                "\"Our firms are ready to invest in the port,\" she added.");
        assertEquals("sofie-lund", speaker(starting(q, "Our firms")));
    }

    @Test
    void pronounIsTheSpeakerOfASentenceBeforeTheSubjectOfWhatHeReports() {
        var q = quotes(
                "Amani Odhiambo met Lena Brandt in Nairobi on Monday.",
                "Tomas Novak, a senior fellow at the Prague Institute of International Relations, said Brandt had taken a political risk at home.",
                "\"Many voters think the deal gives too much away,\" he said.");
        assertEquals("tomas-novak", speaker(q.get(0)));
    }

    @Test
    void theSpeakerOfASentenceComesBeforeItsFirstSubject() {
        var q = quotes(
                "German Chancellor Lena Brandt met Czech Foreign Minister Tomas Novak in Prague.",
                "As Brandt listened, Novak replied that the deal had been rushed.",
                "\"Nobody in Prague was asked about the pipeline,\" he said.");
        assertEquals("tomas-novak", speaker(q.get(0)));
    }

    @Test
    void pronounNeverStandsForThePersonTheQuotationAddresses() {
        var q = quotes(
                "Kenyan President Amani Odhiambo hosted Danish Prime Minister Sofie Lund in Nairobi.",
                "Odhiambo said the visit was historic for both countries.",
                "\"We are grateful, Mr. President, for your warm hospitality,\" she said.");
        assertEquals("sofie-lund", speaker(q.get(0)));
    }

    @Test
    void pronounAfterANameThePeopleLayerDidNotResolveIsNotPinnedOnSomeoneElse() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met German Chancellor Lena Brandt on Monday.",
                "Pyun, a researcher at the Seoul Policy Forum, said Odhiambo had taken a political risk.",
                "\"Many Kenyans feel the plan gives too much away,\" he said.");
        assertNotEquals("amani-odhiambo", speaker(q.get(0)));
        assertNotEquals("lena-brandt", speaker(q.get(0)));
    }

    // --- the next sentence and the next paragraph -------------------------------------------

    @Test
    void attributionInTheNextSentence() {
        var q = quotes(
                "Kenya and Denmark opened a new wind farm on Monday.",
                "\"We will not let our farmers down when the rains fail.\"",
                "Agriculture Minister Grace Wanjiru said the fund would open in May.");
        assertEquals("grace-wanjiru", speaker(q.get(0)));
    }

    @Test
    void quotationLeftOpenGoesOnInTheNextParagraph() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "\u201cWe will build the road to the port first and pay for it ourselves.",
                "\u201cThen we will build the bridge with our Danish partners,\u201d Lund said.");
        assertEquals(2, q.size(), q::toString);
        assertEquals("sofie-lund", speaker(q.get(0)), "the open quotation takes the speaker of its continuation");
        assertEquals("sofie-lund", speaker(q.get(1)));
    }

    // --- documents --------------------------------------------------------------------------

    @Test
    void partiesSpeakingThroughAJointStatementAndTheStatementLater() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "\"Our cooperation will remain a force for peace in the region,\" they said in a joint statement.",
                "The two leaders agreed to \"meet every year to review the progress of the partnership,\" the statement said.",
                "\"We oppose any attempt to change borders by force,\" Odhiambo and Lund said in a joint statement.",
                "\"We will respond in kind to any new sanctions,\" the Kremlin said in a statement.");
        QuotationFact first = starting(q, "Our cooperation");
        assertEquals(EntityKind.DOCUMENT, first.speaker().kind());
        assertEquals(first.speaker(), starting(q, "meet every year").speaker(), "'the statement' is the joint statement");
        assertEquals(EntityKind.DOCUMENT, starting(q, "We oppose any attempt").speaker().kind());
        assertEquals(EntityKind.ORGANIZATION, starting(q, "We will respond").speaker().kind());
    }

    // --- marks and precision ----------------------------------------------------------------

    @Test
    void twoApostrophesAndGuillemetsAreQuotationMarks() {
        var q = quotes(
                "Kenyan President Amani Odhiambo met Danish Prime Minister Sofie Lund in Nairobi.",
                "''This grant will help us secure our coasts for many years,'' added Odhiambo.",
                "\u00abWe share the same goals for the region,\u00bb Lund said.");
        assertEquals("amani-odhiambo", speaker(starting(q, "This grant will help")));
        assertEquals("sofie-lund", speaker(starting(q, "We share the same goals")));
    }

    @Test
    void noQuotationsFromTitlesScareQuotesOrHeadlines() {
        var q = quotes(
                "Odhiambo announced the agreements, including what they have termed the \"Green Ports Principles,\" on Monday.",
                "Odhiambo called the talks \"very frank\" and praised the \"clean energy partnership\" the two sides signed.",
                "Odhiambo: \"We will win this election and many more after it\"",
                "- Lund says \"Denmark will double its aid to Kenya next year\".");
        assertTrue(q.isEmpty(), q::toString);
    }

    @Test
    void unattributedPhrasesAreScareQuotesButLongerUnattributedQuotationsStay() {
        var q = quotes(
                "The plan speaks of a \"rules-based maritime order\" for the region.",
                "Officials promised \"a faster and cheaper way to move goods across the border.\"");
        assertEquals(1, q.size(), q::toString);
        assertTrue(q.get(0).text().startsWith("a faster and cheaper"));
    }

    @Test
    void titlesAndHeadlinesAreRecognised() {
        assertTrue(QuotationExtractor.isTitle("Camp David Principles"));
        assertTrue(QuotationExtractor.isTitle("Stop Cop City"));
        assertFalse(QuotationExtractor.isTitle("We Will Win"));
        assertFalse(QuotationExtractor.isTitle("a new beginning"));
        assertTrue(QuotationExtractor.headline("Biden says 'blunt' talks with Xi yield deals"));
        assertTrue(QuotationExtractor.headline("- Analysis: a push for a referendum in Atlanta."));
        assertFalse(QuotationExtractor.headline("\"We will meet again,\" he said."));
    }
}
