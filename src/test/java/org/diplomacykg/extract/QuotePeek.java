package org.diplomacykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;
import org.diplomacykg.nlp.CoreNlpAnnotator;
import org.diplomacykg.nlp.Sentence;

/**
 * Dev aid: for each article of a folder (or one file), the sentences that hold quotation marks
 * or a speech verb, with their person mentions (form, speaker flag), whether they were parsed,
 * and then the quotations the extractor reads with their speakers.
 */
public class QuotePeek {
    public static void main(String[] args) throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(new LexiconParseFilter(org.diplomacykg.lexicon.Lexicon.standard()));
        Pipeline extractor = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of());
        if (args[0].equals("-p")) {
            // paragraphs given on the command line, as the unit tests write them
            String[] ps = java.util.Arrays.copyOfRange(args, 1, args.length);
            dump(TestDocs.annotate("2021-06-01", null, ps), extractor, true);
            return;
        }
        Path in = Path.of(args[0]);
        java.util.List<Path> files;
        if (Files.isDirectory(in)) {
            try (var s = Files.list(in)) {
                files = s.sorted().toList();
            }
        } else {
            files = java.util.List.of(in);
        }
        for (Path f : files) {
            var raw = new ArticleFileReader().read(f);
            Article a = cleaner.clean(f.getFileName().toString(), raw.sha256(), raw.text());
            dump(nlp.annotate(a), extractor, args.length > 1 && args[1].equals("all"));
        }
    }

    static void dump(org.diplomacykg.nlp.AnnotatedArticle ann, Pipeline extractor, boolean all) {
        {
            Article a = ann.article();
            ArticleDoc d = new ArticleDoc(ann);
            for (Component c : extractor.components()) {
                c.process(d);
            }
            System.out.println("=== " + a.fileName());
            for (Sentence s : d.sentences) {
                if (!all && !s.text().matches("(?s).*[\"\u201c\u201d].*|.*''.*") && !s.text().matches("(?s).*\\b(said|says|told|added)\\b.*")) {
                    continue;
                }
                StringBuilder m = new StringBuilder();
                var ms = d.people.mentions(s.index());
                for (int k = 0; k < ms.size(); k++) {
                    Mention x = ms.get(k);
                    m.append(" {").append(d.article.text(), x.start(), x.end()).append("=").append(x.ref().key()).append(" ").append(x.form())
                            .append(d.people.isSpeaker(s.index(), k) ? " SPK" : "").append("}");
                }
                System.out.println("  S" + s.index() + " p" + s.paragraph() + (s.parsed() ? " [parsed] " : " ") + s.text());
                if (all) {
                    StringBuilder n = new StringBuilder();
                    for (var t : s.tokens()) {
                        n.append(t.ner().equals("O") ? "" : " " + t.text() + "/" + t.ner()).append("");
                    }
                    System.out.println("      ner:" + n);
                    StringBuilder e = new StringBuilder();
                    for (Mention x : d.all(s.index())) {
                        e.append(" {").append(d.article.text(), x.start(), x.end()).append("=").append(x.ref().id()).append(" ").append(x.form()).append("}");
                    }
                    System.out.println("      all:" + e);
                    if (s.parsed() && System.getenv("DEPS") != null) {
                        StringBuilder g = new StringBuilder();
                        for (var edge : s.deps().edges()) {
                            g.append(' ').append(edge.rel()).append('(').append(edge.head() < 0 ? "ROOT" : s.tokens().get(edge.head()).text())
                                    .append(',').append(s.tokens().get(edge.dep()).text()).append(')');
                        }
                        System.out.println("      deps:" + g);
                    }
                }
                if (m.length() > 0) {
                    System.out.println("      people:" + m);
                }
            }
            for (var q : d.facts(org.diplomacykg.kind.quotation.QuotationKind.INSTANCE)) {
                String t = q.text();
                System.out.println("  QUOTE [" + (q.speaker() == null ? null : q.speaker().id()) + "] "
                        + (t.length() > 90 ? t.substring(0, 90) + "…" : t) + "  @" + q.evidence().sentenceIndex());
            }
        }
    }
}
