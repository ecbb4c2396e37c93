package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.agreement.AgreementStatus;
import org.diplomacykg.kind.agreement.AgreementType;
import org.junit.jupiter.api.Test;

class AgreementExtractorTest {
    private static AgreementFact ofType(List<AgreementFact> all, AgreementType type) {
        return all.stream().filter(a -> a.type() == type).findFirst().orElseThrow(() -> new AssertionError(type + " not in " + all));
    }

    private static List<String> parties(AgreementFact a) {
        return a.parties().stream().map(EntityRef::key).toList();
    }

    @Test
    void grantWithProviderRecipientAmountItemsAndProgramme() {
        var all = TestDocs.extract("2022-08-10",
                "On Tuesday, Korean President Min-jun Park signed a deal with Ghanaian President Kofi Mensah, offering a grant of up to 12 billion won ($9.1 million) to fund Ghana's coastal monitoring plan, including two fast patrol boats.",
                "The assistance includes provisions of night-vision cameras and coastal surveillance radars under a Korean maritime partnership program.").agreements();
        AgreementFact g = ofType(all, AgreementType.Grant);
        assertEquals("KR", g.provider().key());
        assertEquals("GH", g.recipient().key());
        assertEquals(0, new BigDecimal("12000000000").compareTo(g.amount().value()));
        assertEquals("KRW", g.amount().currency());
        assertEquals(0, new BigDecimal("9100000").compareTo(g.amount().usd()));
        assertTrue(g.amount().upTo());
        assertEquals(AgreementStatus.signed, g.status());
        assertEquals("2022-08-09", g.date());
        assertTrue(g.items().contains("fast patrol boat"), g.items()::toString);
        assertTrue(g.items().contains("coastal surveillance radar"), g.items()::toString);
        assertEquals("Maritime Partnership", g.programme());
        assertEquals(1, all.size(), all::toString);
    }

    @Test
    void coordinatedCommitmentsAreSeparateFacts() {
        var all = TestDocs.extract("2022-08-10",
                "In June, Germany announced a provision of rescue helicopters to the Kenyan navy, and the two sides also agreed to start talks for a defense pact called the Mutual Logistics Agreement.",
                "On Monday, Germany and Kenya signed an agreement to strengthen cooperation between their customs agencies.",
                "Last month, Germany and Chile agreed to elevate their ties to a strategic partnership.",
                "Brandt and her Chilean counterpart Rosa Vidal confirmed the launch of a deputy foreign minister-level dialogue between the two countries.").agreements();
        AgreementFact transfer = ofType(all, AgreementType.EquipmentTransfer);
        assertEquals("DE", transfer.provider().key());
        assertEquals("KE", transfer.recipient().key());
        assertEquals("2022-06", transfer.date());
        assertEquals(List.of("rescue helicopter"), transfer.items()); // items name kinds of equipment, in the singular
        AgreementFact talks = ofType(all, AgreementType.NegotiationAgreement);
        assertEquals("Mutual Logistics Agreement", talks.name());
        assertEquals(AgreementStatus.under_negotiation, talks.status());
        assertEquals(List.of("DE", "KE"), parties(talks));
        AgreementFact customs = ofType(all, AgreementType.Agreement);
        assertEquals("customs agency cooperation agreement", customs.name());
        assertEquals("2022-08-08", customs.date());
        AgreementFact partnership = ofType(all, AgreementType.Partnership);
        assertEquals("strategic partnership", partnership.name());
        assertEquals("2022-07", partnership.date());
        assertNotNull(partnership.parties());
    }

    @Test
    void statementsAndPlansOncePerArticleWithTheSummitsParties() {
        var all = TestDocs.extract("2022-08-10",
                "Leaders from Germany and the African Union met at a summit in Berlin on Monday and adopted a joint statement.",
                "The leaders also adopted an action plan for 40 projects.",
                "According to the joint statement, both sides back free trade.").agreements();
        AgreementFact st = ofType(all, AgreementType.JointStatement);
        assertTrue(parties(st).containsAll(List.of("DE", "au")), parties(st)::toString);
        AgreementFact plan = ofType(all, AgreementType.Plan);
        assertEquals("action plan for 40 projects", plan.name());
        assertEquals(2, all.size(), all::toString);
    }

    @Test
    void vagueReportsStillProduceATransferAndQuotesDoNot() {
        var all = TestDocs.extract("2022-08-10",
                "Kenyan President Amani Odhiambo spoke in Nairobi.",
                "He also promised Uganda a patrol vessel.",
                "\"We will provide Tanzania with radars,\" an aide said.").agreements();
        assertEquals(1, all.size(), all::toString);
        assertEquals("KE", all.get(0).provider().key());
        assertEquals("UG", all.get(0).recipient().key());
    }
}
