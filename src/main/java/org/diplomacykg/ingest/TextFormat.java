package org.diplomacykg.ingest;

import java.nio.file.Path;

/** A plain text article, one per file, strictly UTF-8: the seeds' format, read as it always was. Takes any file no other format claims. */
public final class TextFormat implements InputFormat {
    private final ArticleFileReader reader = new ArticleFileReader();

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean accepts(Head head) {
        return true;
    }

    @Override
    public void read(Path file, RecordSink sink) {
        ArticleFileReader.RawArticle raw = reader.read(file);
        sink.accept(new SourceRecord(file, name(), null, raw.sha256(), false, raw.text(), Metadata.NONE));
    }
}
