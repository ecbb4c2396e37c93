package org.diplomacykg.nlp;

import java.util.List;
import org.diplomacykg.ingest.Article;

/** An article with its sentences, tokens and tags. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
