package org.diplomacykg.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;

/** Dev aid: prints how the seeds are cleaned and tagged. */
public class SeedPeek {
    public static void main(String[] args) throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(ParseFilter.ALL);
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                var raw = new ArticleFileReader().read(f);
                Article a = cleaner.clean(f.getFileName().toString(), raw.sha256(), raw.text());
                System.out.println("=== " + a.fileName() + " title=" + a.title() + " date=" + a.printedDate() + " pub=" + a.publisher() + " dateline=" + a.dateline() + "/" + a.datelinePlace());
                var ann = nlp.annotate(a);
                for (Sentence s : ann.sentences()) {
                    System.out.println((s.caption() ? "  C " : "  ") + s.index() + " [" + s.start() + "," + s.end() + "] " + s.text());
                }
                if (args.length > 1) {
                    ann.sentences().get(0).tokens().forEach(t -> System.out.print(t.text() + "/" + t.pos() + " "));
                    System.out.println();
                }
            }
        }
    }
}
