package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.Paragraph;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.CoreNlpAnnotator;
import org.diplomacykg.nlp.ParseFilter;

/** Builds annotated articles from paragraphs written for a test (the last may be a caption). */
final class TestDocs {
    private static CoreNlpAnnotator nlp;
    private static Pipeline extractor;

    private TestDocs() {
    }

    static synchronized AnnotatedArticle annotate(String printedDate, String dateline, String... paragraphs) {
        if (nlp == null) {
            nlp = new CoreNlpAnnotator(new LexiconParseFilter(org.diplomacykg.lexicon.Lexicon.standard()));
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            boolean caption = p.startsWith("CAPTION:");
            String body = caption ? p.substring(8).trim() : p;
            int start = text.length();
            text.append(body);
            ps.add(new Paragraph(start, text.length(), caption ? Paragraph.Kind.CAPTION : Paragraph.Kind.BODY));
            text.append('\n');
        }
        Article a = new Article("test", "test.txt", "0", "t", null, printedDate, dateline, dateline, text.toString(), ps);
        return nlp.annotate(a);
    }

    static synchronized ArticleFacts extract(String printedDate, String... paragraphs) {
        if (extractor == null) {
            extractor = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of());
        }
        return extractor.extract(annotate(printedDate, null, paragraphs));
    }
}
