package org.diplomacykg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a format read from a file: its good records, its bad ones (their messages), and the file-level failure, if any. */
final class Collected implements RecordSink {
    final List<SourceRecord> records = new ArrayList<>();
    final List<String> bad = new ArrayList<>();
    String failure;

    /** Reads {@code file} with the format the standard registry picks for it. */
    static Collected read(Path file) {
        return read(file, InputFormats.standard());
    }

    static Collected read(Path file, InputFormats formats) {
        Collected c = new Collected();
        try {
            formats.of(file).read(file, c);
        } catch (BadInputException e) {
            c.failure = e.getMessage();
        }
        return c;
    }

    @Override
    public void accept(SourceRecord record) {
        records.add(record);
    }

    @Override
    public void bad(BadInputException problem) {
        bad.add(problem.getMessage());
    }
}
