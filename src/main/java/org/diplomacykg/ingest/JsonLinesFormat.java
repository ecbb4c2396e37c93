package org.diplomacykg.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON Lines (.jsonl, .ndjson, or a file whose first character is "{"), as news APIs export:
 * one article per line, a JSON object with its URL, title, published date, text or HTML and
 * source, under the member names {@link JsonlFields} gives. Lines are read as bytes and decoded
 * one by one, so a malformed line, one that is not UTF-8 or one far too long is reported by its
 * number and the others are still read; an empty line is skipped.
 */
public final class JsonLinesFormat implements InputFormat {
    private final JsonlFields fields;

    public JsonLinesFormat(JsonlFields fields) {
        this.fields = fields;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean accepts(Head head) {
        if (head.binary()) {
            return false;
        }
        String n = head.name();
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || head.text().startsWith("{");
    }

    @Override
    public void read(Path file, RecordSink sink) {
        int records = 0;
        int lineNo = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean more = true;
            while (more) {
                line.reset();
                boolean tooLong = false;
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    if (line.size() < ArticleFileReader.MAX_BYTES) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                }
                more = b != -1;
                lineNo++;
                if (tooLong) {
                    sink.bad(new BadInputException(file, "line " + lineNo, "longer than " + ArticleFileReader.MAX_BYTES + " bytes"));
                    continue;
                }
                byte[] bytes = line.toByteArray();
                if (isBlank(bytes)) {
                    continue;
                }
                records++;
                try {
                    sink.accept(record(file, lineNo, bytes));
                } catch (BadInputException e) {
                    sink.bad(e);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, "line " + lineNo + ": cannot read (" + e.getMessage() + ")");
        }
        if (records == 0) {
            throw new BadInputException(file, "no JSON Lines records (only empty lines)");
        }
    }

    private SourceRecord record(Path file, int lineNo, byte[] bytes) {
        String where = "line " + lineNo;
        String json = ArticleFileReader.decodeUtf8(file, bytes, where);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonValue v;
        try {
            v = JSON.parseAny(json);
        } catch (JsonException | org.apache.jena.atlas.AtlasException e) {
            throw new BadInputException(file, where, "malformed JSON (" + oneLine(e.getMessage()) + ")");
        } catch (RuntimeException e) {
            // the parser trips over some damage (a line cut short after a colon) instead of reporting it
            throw new BadInputException(file, where, "malformed JSON (it ends or breaks off where a value should be)");
        }
        if (!v.isObject()) {
            throw new BadInputException(file, where, "not a JSON object");
        }
        JsonObject o = v.getAsObject();
        String text = string(o, "text", file, where);
        String html = string(o, "html", file, where);
        String content = html != null ? html : text;
        if (content == null) {
            throw new BadInputException(file, where, "no article text (neither '" + fields.path("text") + "' nor '" + fields.path("html") + "')");
        }
        Metadata given = new Metadata(Urls.canonical(string(o, "url", file, where)), string(o, "title", file, where),
                string(o, "source", file, where), string(o, "author", file, where),
                DateTimes.normalize(string(o, "published", file, where)), DateTimes.normalize(string(o, "modified", file, where)),
                null, false);
        return new SourceRecord(file, name(), where, ArticleFileReader.sha256(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                html != null || HtmlText.looksLikeHtml(content), content, given);
    }

    /**
     * The field's value: a string, a number as written, the names of an array of strings joined
     * by ", ", an object's "name" member (a source given as {"id": …, "name": …}); null when absent.
     */
    private String string(JsonObject o, String field, Path file, String where) {
        JsonValue v = o;
        for (String step : fields.path(field).split("\\.")) {
            if (v == null || !v.isObject()) {
                return null;
            }
            v = v.getAsObject().get(step);
        }
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject() && v.getAsObject().get("name") != null && v.getAsObject().get("name").isString()) {
            v = v.getAsObject().get("name");
        }
        if (v.isString()) {
            String s = v.getAsString().value().strip();
            return s.isEmpty() ? null : s;
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        if (v.isArray()) {
            java.util.StringJoiner j = new java.util.StringJoiner(", ");
            for (JsonValue item : v.getAsArray()) {
                if (item.isString() && !item.getAsString().value().isBlank()) {
                    j.add(item.getAsString().value().strip());
                }
            }
            return j.length() == 0 ? null : j.toString();
        }
        throw new BadInputException(file, where, "field '" + fields.path(field) + "' is not text");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
