package org.diplomacykg.live;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;

/**
 * What one live build did: the input files it found added, changed and removed, the articles of
 * the new version (extracted now, or reused from the facts cache), the bad files it left out, the
 * quads written, the version the store holds afterwards, the time of each phase and in all.
 * {@code built} is false when the inputs were those of the stored version already, and nothing was
 * written (then {@code articles} is the stored version's count).
 */
record LiveBuildReport(boolean built, FileChanges files, int articles, int extracted, int reused,
                              List<SkippedInput> skipped, long quadsAdded, long quadsRemoved, BuiltVersion version, String phases,
                              long millis) {
    LiveBuildReport {
        skipped = List.copyOf(skipped);
    }

    static LiveBuildReport upToDate(FileChanges files, BuiltVersion version, long millis) {
        return new LiveBuildReport(false, files, version.articles(), 0, 0, List.of(), 0, 0, version, "", millis);
    }

    /** One line for the server's output. */
    String line() {
        String when = String.format(Locale.ROOT, "in %.2f s", millis / 1000.0);
        if (!built) {
            return "live build: inputs unchanged since the stored version " + shortDigest() + "; nothing written (" + when + ")";
        }
        String bad = skipped.isEmpty() ? "" : "; " + skipped.size() + " bad file(s) left out";
        return String.format(Locale.ROOT, "live build: %d file(s) added, %d changed, %d removed%s; %d articles (%d extracted, %d unchanged);"
                        + " %d quads added, %d removed; version %s %s (%s)",
                files.added().size(), files.changed().size(), files.removed().size(), bad, articles, extracted, reused,
                quadsAdded, quadsRemoved, shortDigest(), when, phases);
    }

    private String shortDigest() {
        String d = version.digest();
        return d == null ? "(none)" : d.substring(0, Math.min(16, d.length()));
    }

    /** The report as the JSON object {@code POST /kg/build} answers with. */
    String json() {
        JsonBuilder b = new JsonBuilder().startObject()
                .pair("status", built ? "built" : "up to date")
                .key("files").startObject();
        names(b, "added", files.added());
        names(b, "changed", files.changed());
        names(b, "removed", files.removed());
        b.finishObject()
                .key("articles").startObject().pair("total", articles).pair("extracted", extracted).pair("reused", reused).finishObject()
                .key("failures").startArray();
        for (SkippedInput s : skipped) {
            b.startObject().pair("file", s.name()).pair("reason", s.reason()).finishObject();
        }
        b.finishArray()
                .key("quads").startObject().pair("added", quadsAdded).pair("removed", quadsRemoved).finishObject();
        version(b, version);
        b.pair("seconds", millis / 1000.0);
        return JSON.toString(b.finishObject().build());
    }

    /** The JSON answer for a build that failed as a whole: nothing was written, and the store keeps {@code version}. */
    static String failureJson(String error, BuiltVersion version) {
        JsonBuilder b = new JsonBuilder().startObject().pair("status", "failed").pair("error", error);
        version(b, version);
        return JSON.toString(b.finishObject().build());
    }

    private static void names(JsonBuilder b, String key, List<String> names) {
        b.key(key).startArray();
        names.forEach(b::value);
        b.finishArray();
    }

    private static void version(JsonBuilder b, BuiltVersion v) {
        b.key("version").startObject();
        if (v.digest() != null) {
            b.pair("digest", v.digest());
        }
        if (v.builtAt() != null) {
            b.pair("builtAt", v.builtAt().toString());
        }
        b.finishObject();
    }
}
