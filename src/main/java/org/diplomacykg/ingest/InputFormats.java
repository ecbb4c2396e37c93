package org.diplomacykg.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The input formats in the order they are asked whether they read a file: the WARC, feed and
 * JSON Lines containers first (their first bytes say what they are), then HTML, then plain text,
 * which takes everything else. A new format is one class and a line here.
 */
public final class InputFormats {
    private final List<InputFormat> formats;
    private final JsonlFields jsonlFields;

    private InputFormats(List<InputFormat> formats, JsonlFields jsonlFields) {
        this.formats = List.copyOf(formats);
        this.jsonlFields = jsonlFields;
    }

    /** Every format, JSON Lines records read under the default field names. */
    public static InputFormats standard() {
        return standard(JsonlFields.DEFAULT);
    }

    public static InputFormats standard(JsonlFields jsonlFields) {
        return new InputFormats(List.of(new WarcFormat(), new FeedFormat(), new JsonLinesFormat(jsonlFields), new HtmlFormat(),
                new TextFormat()), jsonlFields);
    }

    /** The format that reads {@code file}; an empty or unreadable file is a {@link BadInputException}. */
    public InputFormat of(Path file) {
        Head head = Head.of(file);
        for (InputFormat f : formats) {
            if (f.accepts(head)) {
                return f;
            }
        }
        throw new IllegalStateException("the text format takes every file");
    }

    /** What sets these formats apart from the standard ones (the renamed JSON Lines fields), for the build's digest; empty when standard. */
    public String describe() {
        return jsonlFields.describe();
    }
}
