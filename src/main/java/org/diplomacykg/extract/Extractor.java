package org.diplomacykg.extract;

import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.nlp.AnnotatedArticle;

/** Reads the facts out of one annotated article. */
public interface Extractor {
    ArticleFacts extract(AnnotatedArticle a);
}
