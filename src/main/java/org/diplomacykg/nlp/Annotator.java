package org.diplomacykg.nlp;

import org.diplomacykg.ingest.Article;

/** Splits an article into sentences and tagged tokens, with offsets into its cleaned text. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);

    /** The sentences this annotator has handled so far, for the build report (none for one that does not count). */
    default SentenceCounts counts() {
        return SentenceCounts.ZERO;
    }
}
