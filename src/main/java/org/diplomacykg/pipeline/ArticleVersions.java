package org.diplomacykg.pipeline;

import java.time.Instant;
import java.util.Comparator;
import org.diplomacykg.facts.ArticleInfo;
import org.diplomacykg.facts.ArticleSource;
import org.diplomacykg.ingest.DateTimes;

/**
 * Which of two versions of one article (the same canonical URL read twice: a saved page and an
 * export's record, two feeds, two crawls; or the very same content under two names) the graph
 * keeps: the newer one, by its modified date, else its published date, else when it was captured.
 * A version whose date is unknown is older than one whose date is known. Between equally new ones,
 * the full story beats a feed's summary, then the longer text, then the larger content hash, so the
 * choice never depends on the order the files were read in.
 */
final class ArticleVersions {
    static final Comparator<ArticleInfo> NEWER_LAST = Comparator
            .comparing(ArticleVersions::when, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> !a.source().summaryOnly())
            .thenComparingInt(a -> a.cleanedText() == null ? 0 : a.cleanedText().length())
            .thenComparing(ArticleInfo::sha256, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ArticleVersions() {
    }

    /** Whether {@code candidate} replaces {@code kept}: it is strictly the newer (ties keep the first read). */
    static boolean replaces(ArticleInfo candidate, ArticleInfo kept) {
        return NEWER_LAST.compare(candidate, kept) > 0;
    }

    static Instant when(ArticleInfo a) {
        ArticleSource s = a.source();
        String t = s.modified() != null ? s.modified() : s.published() != null ? s.published() : s.captured();
        return DateTimes.instant(t);
    }
}
