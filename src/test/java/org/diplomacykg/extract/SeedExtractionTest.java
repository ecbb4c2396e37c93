package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.event.EventType;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.nlp.CoreNlpAnnotator;
import org.diplomacykg.nlp.ParseFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole extractor over the five seed articles: the facts the gold file expects. */
class SeedExtractionTest {
    private static final Map<String, ArticleFacts> SEEDS = new LinkedHashMap<>();

    @BeforeAll
    static void extractSeeds() throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(new LexiconParseFilter(org.diplomacykg.lexicon.Lexicon.standard()));
        Pipeline extractor = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of());
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                var raw = new ArticleFileReader().read(f);
                Article a = cleaner.clean(f.getFileName().toString(), raw.sha256(), raw.text());
                SEEDS.put(f.getFileName().toString().substring(0, 3), extractor.extract(nlp.annotate(a)));
            }
        }
        assertEquals(5, SEEDS.size());
    }

    private static PersonFact person(String seed, String key) {
        return SEEDS.get(seed).people().stream().filter(p -> p.person().key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + seed));
    }

    private static List<String> keys(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::id).toList();
    }

    @Test
    void referenceDatesAndTheRepostedSeed() {
        assertEquals("2023-12-17", SEEDS.get("000").article().referenceDate());
        assertEquals("2023-12-16", SEEDS.get("001").article().referenceDate());
        assertTrue(SEEDS.get("001").article().printedDateContradicted());
        assertEquals("2023-12-17", SEEDS.get("004").article().referenceDate());
    }

    @Test
    void indonesiaGrantEverywhereItHasAnAmount() {
        for (String seed : List.of("000", "001")) {
            AgreementFact g = SEEDS.get(seed).agreements().stream()
                    .filter(a -> a.recipient() != null && a.recipient().key().equals("ID") && a.amount() != null)
                    .findFirst().orElseThrow(() -> new AssertionError("no Indonesia grant in " + seed));
            assertEquals("JP", g.provider().key());
            assertEquals(0, new BigDecimal("9050000000").compareTo(g.amount().value()));
            assertEquals("JPY", g.amount().currency());
            assertEquals(0, new BigDecimal("63700000").compareTo(g.amount().usd()));
            assertEquals("2023-12-16", g.date());
        }
    }

    @Test
    void counterpartRoleAndPeople() {
        PersonFact hun = person("004", "hun-manet");
        assertEquals("Prime Minister", hun.title());
        assertEquals("KH", hun.country().key());
        PersonFact anwar = person("000", "anwar-ibrahim");
        assertEquals("Prime Minister", anwar.title());
        assertEquals("MY", anwar.country().key());
        PersonFact kiba = person("004", "saya-kiba");
        assertTrue(kiba.title().contains("associate professor"));
        assertEquals("Kobe City University of Foreign Studies", kiba.organization().name());
        assertEquals("National Institute for Defense Studies", person("004", "tomotaka-shoji").organization().name());
        assertEquals(8, SEEDS.get("004").people().size());
    }

    @Test
    void pronounResolvedSpeakers() {
        List<QuotationFact> q = SEEDS.get("004").quotations();
        QuotationFact proactive = q.stream().filter(x -> x.text().startsWith("Japan should clearly express")).findFirst().orElseThrow();
        assertEquals("saya-kiba", proactive.speaker().key());
        QuotationFact prioritizing = q.stream().filter(x -> x.text().startsWith("Prioritizing flexibility")).findFirst().orElseThrow();
        assertEquals("lili-yan-ing", prioritizing.speaker().key());
        QuotationFact added = SEEDS.get("001").quotations().stream().filter(x -> x.text().startsWith("As we co-create")).findFirst().orElseThrow();
        assertEquals("fumio-kishida", added.speaker().key());
    }

    @Test
    void oneSummitPerArticleAndTheSecondSummitApart() {
        for (ArticleFacts f : SEEDS.values()) {
            List<EventFact> summits = f.events().stream().filter(e -> e.type() == EventType.Summit).toList();
            // the Japan-ASEAN summit, the zero-emission summit the day after, and in 003 the Japan-Vietnam summit a month before
            assertTrue(!summits.isEmpty() && summits.size() <= 3, f.article().fileName() + " " + summits);
            assertTrue(keys(summits.get(0).participants()).containsAll(List.of("country/JP", "igo/asean")));
        }
        EventFact zero = SEEDS.get("000").events().stream().filter(e -> e.name().contains("Zero Emission")).findFirst().orElseThrow();
        assertEquals("2023-12-18", zero.startDate());
        // "a summit attended by the Asia Zero Emission Community leaders": named, and not the Japan-ASEAN summit
        assertTrue(SEEDS.get("003").events().stream().anyMatch(e -> e.name().contains("Zero Emission")));
        assertTrue(SEEDS.get("001").events().stream().noneMatch(e -> e.name().contains("Zero Emission") && "2023-12-17".equals(e.startDate())));
    }

    @Test
    void sidelineMeetingsAndAgreements() {
        EventFact m = SEEDS.get("000").events().stream()
                .filter(e -> e.type() == EventType.BilateralMeeting && keys(e.participants()).contains("country/MY")).findFirst().orElseThrow();
        assertEquals("2023-12-16", m.startDate());
        EventFact summit = SEEDS.get("000").events().stream().filter(e -> e.type() == EventType.Summit).findFirst().orElseThrow();
        assertEquals(summit.localId(), m.partOf(), "a meeting on the sidelines of the summit is part of it");
        assertEquals(4, SEEDS.get("004").events().stream().filter(e -> e.type() == EventType.BilateralMeeting).count());
        List<AgreementFact> a = SEEDS.get("000").agreements();
        assertTrue(a.stream().anyMatch(x -> x.name().equals("Reciprocal Access Agreement") && "2023-11".equals(x.date())), a::toString);
        assertTrue(a.stream().anyMatch(x -> x.name().contains("coast guard") && "2023-12-17".equals(x.date())), a::toString);
        assertTrue(a.stream().anyMatch(x -> x.name().contains("implementation plan for 130 projects")), a::toString);
        AgreementFact radars = a.stream().filter(x -> x.items().contains("coastal surveillance radar")).findFirst().orElseThrow();
        assertEquals("PH", radars.recipient().key());
        assertNotNull(SEEDS.get("004").agreements().stream().filter(x -> x.name().contains("dialogue")).findFirst().orElse(null));
    }
}
