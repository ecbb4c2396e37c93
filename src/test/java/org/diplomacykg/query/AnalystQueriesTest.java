package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every saved query runs on the seeds, and each analyst question gets the right answer. */
class AnalystQueriesTest {

    static KgStore store;
    static final SavedQueries saved = new SavedQueries(Path.of("queries"));
    static final Set<String> CONTRACT = Set.of("people", "events", "agreements", "quotes");

    @BeforeAll
    static void build() {
        store = SeedStore.shared();
    }


    /** The answer as rows of column → value. */
    static List<Map<String, String>> rows(String name, Map<String, String> params) {
        SavedQuery q = saved.resolve(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(60).run(q, ParamBinder.bind(q, params), store.dataset(), QueryRunner.Format.csv, out);
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().build()
                    .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, String> row(List<Map<String, String>> rows, String column, String contains) {
        return rows.stream().filter(r -> r.getOrDefault(column, "").contains(contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " ~ " + contains + " in " + rows));
    }

    static Map<String, String> rowEq(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
    }

    static Set<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    static List<String> names() {
        return saved.all().stream().map(SavedQuery::name).toList();
    }

    @Test
    void atLeastFifteenAnalystQueriesBesidesTheContractOnesEachWithAHeader() {
        List<SavedQuery> extra = saved.all().stream().filter(q -> !CONTRACT.contains(q.name())).toList();
        assertTrue(extra.size() >= 15, "only " + extra.size() + " saved queries besides the contract ones");
        for (SavedQuery q : saved.all()) {
            assertFalse(q.title().equals(q.name()), q.name() + " has no # title:");
            assertFalse(q.description().isBlank(), q.name() + " has no # description:");
            assertFalse(q.text().contains("GRAPH <"), q.name() + " hard-codes a graph IRI (the base is configurable)");
        }
    }

    /** Example values for the required parameters, so that every query runs. */
    static final Map<String, Map<String, String>> EXAMPLES = Map.of(
            "evidence", Map.of("fact", "https://w3id.org/diplomacy-kg/id/event/none"),
            "meetings-of-person", Map.of("person", "Kishida"),
            "between-countries", Map.of("a", "Japan", "b", "Philippines"),
            "given-by-country", Map.of("country", "Japan"),
            "quotes-by-word", Map.of("word", "security"),
            "roles-of-person", Map.of("person", "Kishida"),
            "outcomes-of-event", Map.of("event", "Japan-ASEAN summit"),
            "find-entity", Map.of("text", "kishida"));

    @ParameterizedTest
    @MethodSource("names")
    void everySavedQueryParsesBindsAndRuns(String name) {
        SavedQuery q = saved.resolve(name);
        QueryRunner.parse(q);
        List<Map<String, String>> rows = rows(name, EXAMPLES.getOrDefault(name, Map.of()));
        if (!name.equals("evidence")) {
            assertFalse(rows.isEmpty(), name + " answers nothing on the seeds");
        }
    }

    @Test
    void timelineIsInDateOrderAndFiltersByCountry() {
        List<Map<String, String>> all = rows("timeline", Map.of());
        List<String> dates = all.stream().map(r -> r.get("date")).toList();
        assertEquals(dates.stream().sorted().toList(), dates);
        assertTrue(all.size() >= 5, all.toString());
        List<Map<String, String>> vietnam = rows("timeline", Map.of("country", "VN"));
        assertEquals(1, vietnam.size(), vietnam.toString());
        assertTrue(vietnam.get(0).get("participants").contains("Pham Minh Chinh"));
        assertEquals(vietnam, rows("timeline", Map.of("country", "https://w3id.org/diplomacy-kg/id/country/VN")));
        Map<String, String> summit = row(rows("timeline", Map.of("country", "Japan")), "name", "Japan-ASEAN summit");
        assertEquals("2023-12-17", summit.get("date"));
        assertEquals("Japan", summit.get("host"));
    }

    @Test
    void thePeopleWhoMetKishida() {
        List<Map<String, String>> rows = rows("meetings-of-person", Map.of("person", "Kishida"));
        String met = rows.stream().map(r -> r.get("metWith")).collect(Collectors.joining("|"));
        for (String who : List.of("Anwar Ibrahim", "Joko Widodo", "Hun Manet", "Pham Minh Chinh")) {
            assertTrue(met.contains(who), who + " met Kishida: " + met);
        }
        assertEquals("5", row(rows, "metWith", "Anwar Ibrahim").get("sources"));
        assertEquals(rows, rows("meetings-of-person", Map.of("person", "https://w3id.org/diplomacy-kg/id/person/fumio-kishida")));
    }

    @Test
    void everythingBetweenJapanAndThePhilippines() {
        List<Map<String, String>> rows = rows("between-countries", Map.of("a", "Japan", "b", "PH"));
        assertEquals(Set.of("EquipmentTransfer", "NegotiationAgreement", "Agreement"), column(rows, "type"), rows.toString());
        assertEquals("signed", rowEq(rows, "type", "Agreement").get("status"));
        assertEquals(rows.size(), rows("between-countries", Map.of("a", "Philippines", "b", "Japan")).size());
        assertTrue(rows("between-countries", Map.of("a", "Japan", "b", "Japan")).isEmpty());
    }

    @Test
    void theIndonesiaGrantWithItsAmountAndTheUsdTotals() {
        Map<String, String> grant = row(rows("aid-by-recipient", Map.of("recipient", "Indonesia")), "type", "Grant");
        assertEquals(0, new BigDecimal("9050000000").compareTo(new BigDecimal(grant.get("amount"))), grant.toString());
        assertEquals("JPY", grant.get("currency"));
        assertEquals(0, new BigDecimal("63700000").compareTo(new BigDecimal(grant.get("amountUSD"))));
        assertEquals(0, new BigDecimal("63700000").compareTo(new BigDecimal(grant.get("recipientTotalUSD"))));
        assertEquals("Japan", grant.get("provider"));
        List<Map<String, String>> totals = rows("aid-totals", Map.of());
        Map<String, String> malaysia = row(totals, "name", "Malaysia");
        assertEquals(0, new BigDecimal("2800000").compareTo(new BigDecimal(malaysia.get("totalUSD"))));
        assertTrue(malaysia.get("totalsByCurrency").matches("400000000(\\.0+)? JPY"), malaysia.toString());
        assertEquals("", row(totals, "name", "Philippines").get("totalUSD"), "no USD figure stated, no total invented");
        assertEquals("Indonesia", totals.get(0).get("name"), "largest USD total first");
    }

    @Test
    void agreementsByStatus() {
        List<Map<String, String>> all = rows("agreements-by-status", Map.of());
        assertTrue(column(all, "agreementStatus").containsAll(Set.of("signed", "pledged", "under_negotiation")));
        List<Map<String, String>> signed = rows("agreements-by-status", Map.of("status", "signed"));
        assertEquals(Set.of("signed"), column(signed, "agreementStatus"));
        row(signed, "name", "coast guard cooperation agreement");
        row(rows("agreements-by-status", Map.of("status", "under negotiation")), "name", "Reciprocal Access Agreement");
    }

    @Test
    void whatJapanPledgedOrGave() {
        List<Map<String, String>> rows = rows("given-by-country", Map.of("country", "Japan"));
        assertTrue(column(rows, "recipient").containsAll(Set.of("Indonesia", "Malaysia", "Philippines")), rows.toString());
        assertEquals(Set.of("Japan"), column(rows, "giver"));
        assertTrue(rows.stream().filter(r -> r.get("recipient").isEmpty()).allMatch(r -> r.get("status").equals("pledged")),
                "an outcome without a recipient is listed only as Japan's pledge: " + rows);
        assertEquals("Official Security Assistance", row(rows, "recipient", "Malaysia").get("programme"));
        assertTrue(rows("given-by-country", Map.of("country", "Indonesia")).isEmpty(), "a recipient gave nothing");
    }

    @Test
    void whoSaidWhatAboutSecurity() {
        List<Map<String, String>> rows = rows("quotes-by-word", Map.of("word", "Security"));
        assertTrue(rows.stream().allMatch(r -> r.get("text").toLowerCase().contains("security")));
        assertEquals("associate professor", row(rows, "who", "Saya Kiba").get("role"));
        List<Map<String, String>> kishida = rows("quotes-by-word", Map.of("word", "rule of law", "speaker", "Kishida"));
        assertFalse(kishida.isEmpty());
        assertEquals(Set.of("Fumio Kishida"), column(kishida, "who"));
    }

    @Test
    void rolesOfAPerson() {
        Map<String, String> pm = row(rows("roles-of-person", Map.of("person", "Fumio Kishida")), "title", "Prime Minister");
        assertEquals("Japan", pm.get("roleFor"));
        assertEquals("Country", pm.get("roleForType"));
        assertEquals(5, pm.get("articles").split("\\|").length);
        Map<String, String> kiba = row(rows("roles-of-person", Map.of("person", "kiba")), "title", "associate professor");
        assertEquals("Kobe City University of Foreign Studies", kiba.get("roleFor"));
    }

    @Test
    void peopleByCountry() {
        List<Map<String, String>> all = rows("people-by-country", Map.of());
        assertEquals("Indonesia", row(all, "name", "Joko Widodo").get("countryName"));
        List<Map<String, String>> japan = rows("people-by-country", Map.of("country", "jp"));
        assertEquals(Set.of("Fumio Kishida"), column(japan, "name"));
    }

    @Test
    void organisationsInvolved() {
        List<Map<String, String>> rows = rows("organisations", Map.of());
        Map<String, String> asean = row(rows, "name", "Association of Southeast Asian Nations");
        assertEquals("InternationalOrganization", asean.get("type"));
        assertEquals("2", asean.get("events"));
        assertTrue(row(rows, "name", "Kobe City University").get("people").contains("Saya Kiba"));
    }

    @Test
    void articlesWithPublisherDatesAndCopies() {
        List<Map<String, String>> rows = rows("articles", Map.of());
        assertEquals(5, rows.size());
        Map<String, String> repost = row(rows, "file", "001_e770a2164ca9814a.txt");
        assertEquals("Associated Press", repost.get("publisher"));
        assertEquals("true", repost.get("printedDateContradicted"));
        assertEquals("000_51963591d3aebe5c.txt", repost.get("copyOf"));
        assertEquals("000_51963591d3aebe5c.txt", row(rows, "file", "002_e06d7b736a53cea8.txt").get("rewriteOf"));
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("factsReported")) > 0));
        // the date to cite each by: never the re-post's contradicted 2025 printed date
        assertEquals("2025-04-07", repost.get("printedDate"));
        assertEquals(List.of("Japan and ASEAN bolster ties at summit focused on security amid China tensions", "2023-12-16",
                "inferred from the weekdays in the text", ""),
                List.of(repost.get("title"), repost.get("date"), repost.get("dateBasis"), repost.get("url")));
        Map<String, String> rewrite = row(rows, "file", "002_e06d7b736a53cea8.txt");
        assertEquals(List.of("", "2023-12-17", "printed"), List.of(rewrite.get("title"), rewrite.get("date"), rewrite.get("dateBasis")),
                "no headline of its own; a printed date the text agrees with");
    }

    @Test
    void gdeltStyleEventTableWithCameoCodesFromTheOntology() {
        List<Map<String, String>> rows = rows("gdelt-events", Map.of());
        assertEquals(List.of("date", "actor1", "actor1Code", "actor2", "actor2Code", "cameoCode", "eventType", "sources",
                "firstSource", "fact", "firstSourceTitle", "firstSourcePublisher", "firstSourceDate", "firstSourceUrl"),
                new ArrayList<>(rows.get(0).keySet()), "the first source's citation after the GDELT-style columns");
        Map<String, String> grant = row(rows, "eventType", "Grant");
        assertEquals(List.of("Japan", "Indonesia", "0331", "5", "2023-12-16"),
                List.of(grant.get("actor1"), grant.get("actor2"), grant.get("cameoCode"), grant.get("sources"), grant.get("date")));
        Map<String, String> summit = rows.stream().filter(r -> r.get("fact").contains("summit") && r.get("sources").equals("5"))
                .findFirst().orElseThrow();
        assertEquals("043", summit.get("cameoCode"), "the host's side of a summit: " + summit);
        assertEquals("Japan", summit.get("actor1"));
        assertEquals("046", row(rows, "eventType", "NegotiationAgreement").get("cameoCode"), "under negotiation");
        assertEquals("057", rowEq(rows, "eventType", "Agreement").get("cameoCode"));
        assertTrue(rows.stream().allMatch(r -> r.get("firstSource").endsWith(".txt")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("firstSource").equals("001_e770a2164ca9814a.txt")),
                "the re-post's contradicted 2025 date does not make it a first source");
    }

    @Test
    void whatCameOutOfTheSummitAndItsSidelines() {
        List<Map<String, String>> rows = rows("outcomes-of-event", Map.of("event", "Japan-ASEAN summit"));
        assertTrue(column(rows, "type").containsAll(Set.of("JointStatement", "Plan", "Grant", "EquipmentTransfer")), rows.toString());
        assertEquals("Indonesia-Japan bilateral meeting", row(rows, "type", "Grant").get("fromEvent"));
    }

    @Test
    void countriesAndFindingAnIri() {
        Map<String, String> japan = row(rows("countries", Map.of()), "name", "Japan");
        assertEquals("JP", japan.get("iso"));
        assertTrue(Integer.parseInt(japan.get("events")) >= 5);
        Map<String, String> found = row(rows("find-entity", Map.of("text", "KISHIDA")), "type", "Person");
        assertEquals("https://w3id.org/diplomacy-kg/id/person/fumio-kishida", found.get("resource"));
    }

    @Test
    void parametersAreTermsNotText() {
        // a hostile value is one literal: it matches nothing and changes nothing
        assertTrue(rows("quotes-by-word", Map.of("word", "x\") } } ; DROP ALL ; #")).isEmpty());
        assertThrows(QueryException.class, () -> rows("quotes-by-word", Map.of("word", "\") } } ; DROP ALL ; #")),
                "a value opening with a quote must be one well-formed RDF term");
        assertTrue(rows("timeline", Map.of("country", "x\" || true || \"")).isEmpty());
    }

    @Test
    void listingAndErrorsAreClear() {
        QueryException unknown = assertThrows(QueryException.class, () -> saved.resolve("meetings"));
        assertTrue(unknown.getMessage().contains("unknown query 'meetings'"), unknown.getMessage());
        SavedQuery roles = saved.resolve("roles-of-person");
        QueryException missing = assertThrows(QueryException.class, () -> ParamBinder.bind(roles, Map.of()));
        assertTrue(missing.getMessage().contains("--param person"), missing.getMessage());
        QueryException extra = assertThrows(QueryException.class, () -> ParamBinder.bind(saved.resolve("timeline"), Map.of("colour", "red")));
        assertTrue(extra.getMessage().contains("unknown parameter 'colour'") && extra.getMessage().contains("country"), extra.getMessage());
        assertTrue(Arrays.asList("timeline", "gdelt-events").stream().allMatch(names()::contains));
    }
}
