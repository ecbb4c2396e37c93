package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg build --disable} and the build report's time per component, on a short story written for the test. */
class BuildComponentsTest {
    static final List<String> NAMES = List.of("entities", "people", "dates", "frames", "events", "agreements", "quotations");

    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void story() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("kl.txt"), String.join("\n",
                "Japan and Malaysia sign a deal on patrol boats",
                "Published: 2023-12-18",
                "",
                "KUALA LUMPUR (AP) — Japanese Prime Minister Fumio Kishida met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur on Sunday.",
                "",
                "The two leaders signed an agreement under which Japan will provide two patrol boats to Malaysia.",
                "",
                "\"Our partnership has never been stronger,\" Kishida told reporters after the talks.",
                ""));
        // a second article, so that two threads share the work and the report sums them
        Files.writeString(input.resolve("weather.txt"), String.join("\n",
                "Mild weather returns to the capital this week",
                "Published: 2023-12-18",
                "",
                "Forecasters said the weather in the capital would stay mild for the rest of the week. Rain is expected on Friday evening.",
                ""));
    }

    static int count(String out, String kind) {
        Matcher m = Pattern.compile("(\\d+) " + kind + "\\b").matcher(out);
        assertTrue(m.find(), kind + " not counted in: " + out);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theReportTimesEachComponentAndSwitchedOffComponentsFindNothing() {
        Path store = dir.resolve("store");
        CliTest.Result all = CliTest.kg("build", "--input", input.toString(), "--store", store.toString());
        assertEquals(0, all.code(), all.err());
        for (String name : NAMES) {
            assertTrue(Pattern.compile("\\b" + name + " \\d+\\.\\d\\d s").matcher(all.out()).find(), name + " not timed in: " + all.out());
        }
        assertTrue(Pattern.compile("nlp: models (loaded in \\d+\\.\\d s|already loaded); 5 sentences, 0 from the sentence cache,"
                + " 5 tagged, [1-5] parsed, in \\d+\\.\\d\\d s").matcher(all.out()).find(), all.out());
        assertEquals(1, count(all.out(), "quotations"));
        assertEquals(1, count(all.out(), "events"));

        // the same store: the facts cached by the full pipeline must not stand in for a build without quotations
        CliTest.Result without = CliTest.kg("build", "--input", input.toString(), "--store", store.toString(), "--disable", "quotations");
        assertEquals(0, without.code(), without.err());
        assertTrue(without.out().contains("2 extracted, 0 unchanged"), without.out());
        assertEquals(0, count(without.out(), "quotations"));
        assertEquals(1, count(without.out(), "events"));
        assertEquals(1, count(without.out(), "agreements"));
        assertTrue(without.out().contains("quotations off") && !Pattern.compile("quotations \\d").matcher(without.out()).find(), without.out());

        CliTest.Result quotes = CliTest.kg("query", "quotes", "--store", store.toString(), "--format", "csv");
        assertEquals(1, quotes.out().lines().count(), "only the header: " + quotes.out());
    }

    @Test
    void anUnknownComponentIsABadUsageThatNamesTheValidOnes() {
        Path store = dir.resolve("never");
        CliTest.Result r = CliTest.kg("build", "--input", input.toString(), "--store", store.toString(), "--disable", "events,quotes");
        assertEquals(2, r.code(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.contains("unknown extraction component 'quotes'") && first.contains(String.join(", ", NAMES)), r.err());
        assertFalse(Files.exists(store), "the store was opened");
    }
}
