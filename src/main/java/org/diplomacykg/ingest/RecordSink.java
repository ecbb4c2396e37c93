package org.diplomacykg.ingest;

/** Where an {@link InputFormat} hands the records it reads, good and bad, in file order. */
public interface RecordSink {
    void accept(SourceRecord record);

    /** A record that cannot be read; its message names the file and the record. */
    void bad(BadInputException problem);
}
