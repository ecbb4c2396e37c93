package org.diplomacykg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The report of a live build, as the server prints it and as {@code POST /kg/build} answers it. */
class LiveBuildReportTest {
    static final String HOSTILE_NAME = "a \"quoted\" \\ name\n<script>\u0001é.txt";

    static LiveBuildReport report() {
        Path bad = Path.of("/srv/incoming").resolve(HOSTILE_NAME);
        SkippedInput skipped = SkippedInput.of(bad + ": line 3: not JSON (\"{\" expected)\u0000", List.of(Path.of("/srv/incoming/x.txt"), bad));
        return new LiveBuildReport(true, new FileChanges(List.of(HOSTILE_NAME, "x.txt"), List.of(), List.of("old.txt")), 7, 2, 5,
                List.of(skipped), 254, 11, new BuiltVersion("e6ff55575a74939c2aa9", Instant.parse("2025-01-02T03:04:05Z"), 7),
                "extract 1.0 s, store 1.4 s", 3210);
    }

    @Test
    void theJsonGivesBackEveryStringAsItWasWhateverItHolds() {
        JsonObject r = JSON.parse(report().json());
        assertEquals("built", r.getString("status"));
        assertEquals(HOSTILE_NAME, r.getObj("files").get("added").getAsArray().get(0).getAsString().value());
        assertEquals("old.txt", r.getObj("files").get("removed").getAsArray().get(0).getAsString().value());
        JsonObject failure = r.get("failures").getAsArray().get(0).getAsObject();
        assertEquals(HOSTILE_NAME, failure.getString("file"), "the file's name alone, not the server's folder");
        assertEquals("line 3: not JSON (\"{\" expected)\u0000", failure.getString("reason"));
        assertEquals(7, r.getObj("articles").get("total").getAsNumber().value().intValue());
        assertEquals("2025-01-02T03:04:05Z", r.getObj("version").getString("builtAt"));
        assertEquals(3.21, r.get("seconds").getAsNumber().value().doubleValue(), 1e-9);
    }

    @Test
    void oneLineForTheServersOutput() {
        assertEquals("live build: 2 file(s) added, 0 changed, 1 removed; 1 bad file(s) left out; 7 articles (2 extracted, 5 unchanged);"
                + " 254 quads added, 11 removed; version e6ff55575a74939c in 3.21 s (extract 1.0 s, store 1.4 s)", report().line());
        LiveBuildReport same = LiveBuildReport.upToDate(new FileChanges(List.of(), List.of(), List.of()),
                new BuiltVersion("e6ff55575a74939c2aa9", Instant.EPOCH, 7), 6);
        assertEquals("live build: inputs unchanged since the stored version e6ff55575a74939c; nothing written (in 0.01 s)", same.line());
        assertTrue(JSON.parse(same.json()).getString("status").equals("up to date"));
    }
}
