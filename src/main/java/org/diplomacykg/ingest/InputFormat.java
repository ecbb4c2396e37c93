package org.diplomacykg.ingest;

import java.nio.file.Path;

/**
 * One kind of input file — plain text, an HTML page, an RSS or Atom feed, JSON Lines, a WARC
 * crawl — that recognises its files and reads the articles they hold. {@link InputFormats} asks
 * each format in turn whether it reads a file and hands the file to the first that does.
 */
public interface InputFormat {
    /** A short name for messages ("text", "html", "feed", "jsonl", "warc"). */
    String name();

    /** Whether this format reads the file, judged by its first bytes and, where they are not enough, its name. */
    boolean accepts(Head head);

    /**
     * Reads the file's records in order into {@code sink}. A record that cannot be read is reported
     * to the sink and reading goes on with the next; a {@link BadInputException} is thrown only when
     * nothing more of the file can be read (broken XML, a truncated crawl), after the records before
     * the damage were handed over.
     */
    void read(Path file, RecordSink sink);
}
