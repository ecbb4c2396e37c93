package org.diplomacykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplomacykg.extract.frame.Frame;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.CoreNlpAnnotator;
import org.diplomacykg.nlp.Sentence;

/** Dev aid: each parsed sentence of the articles given (files or folders) with its frames and what their roles resolve to. */
public class FramePeek {
    public static void main(String[] args) throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(new LexiconParseFilter(Lexicon.standard()));
        Pipeline pipeline = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of());
        boolean edges = System.getProperty("edges") != null;
        for (String a : args) {
            Path p = Path.of(a);
            List<Path> files = Files.isDirectory(p) ? Files.list(p).sorted().toList() : List.of(p);
            for (Path f : files) {
                var raw = new ArticleFileReader().read(f);
                Article art = cleaner.clean(f.getFileName().toString(), raw.sha256(), raw.text());
                AnnotatedArticle ann = nlp.annotate(art);
                ArticleDoc d = new ArticleDoc(ann);
                for (Component c : pipeline.components()) {
                    c.process(d);
                }
                Arguments args2 = new Arguments(d, Lexicon.standard());
                System.out.println("=== " + f.getFileName() + " ref=" + (d.dates == null ? null : d.dates.referenceDate()));
                for (int i = 0; i < d.size(); i++) {
                    Sentence s = d.sentence(i);
                    List<Frame> fs = d.frames.stream().filter(x -> x.sentence() == s.index()).toList();
                    if (fs.isEmpty() && !edges) {
                        continue;
                    }
                    System.out.println("S" + i + " [" + d.date(i) + "] " + s.text());
                    if (edges && s.deps() != null) {
                        StringBuilder b = new StringBuilder("    ");
                        for (var e : s.deps().edges()) {
                            if (e.head() >= 0 && !e.rel().matches("punct|det|case|cc|aux|mark")) {
                                b.append(e.rel()).append('(').append(s.tokens().get(e.head()).text()).append(',').append(s.tokens().get(e.dep()).text()).append(") ");
                            }
                        }
                        System.out.println(b);
                    }
                    for (Frame fr : fs) {
                        StringBuilder b = new StringBuilder("   ").append(fr.def().name()).append(':').append(s.tokens().get(fr.trigger()).text());
                        if (fr.support() >= 0) {
                            b.append(" (").append(s.tokens().get(fr.support()).text()).append(')');
                        }
                        for (Map.Entry<String, List<Integer>> r : fr.roles().entrySet()) {
                            b.append("  ").append(r.getKey()).append('=');
                            for (int w : r.getValue()) {
                                b.append(s.tokens().get(w).text());
                                var acts = args2.actors(i, w);
                                if (!acts.isEmpty()) {
                                    b.append(acts.stream().map(x -> x.id()).toList());
                                }
                                var pl = args2.place(i, w);
                                if (pl != null && (r.getKey().equals("place") || r.getKey().equals("destination"))) {
                                    b.append("@").append(pl.name());
                                }
                                b.append(',');
                            }
                        }
                        System.out.println(b);
                    }
                }
                var facts = d.facts();
                facts.events().forEach(e -> System.out.println("  EVENT " + e.type() + " '" + e.name() + "' " + e.startDate() + " place=" + (e.place() == null ? null : e.place().name())
                        + " parts=" + e.participants().stream().map(x -> x.name()).toList() + " partOf=" + e.partOf() + " @S" + e.evidence().sentenceIndex()));
                facts.agreements().forEach(g -> System.out.println("  AGREE " + g.type() + " '" + g.name() + "' " + g.date() + " " + g.status() + " parties=" + g.parties().stream().map(x -> x.name()).toList()
                        + " " + (g.provider() == null ? "" : g.provider().name() + "->" + (g.recipient() == null ? null : g.recipient().name())) + " amt=" + (g.amount() == null ? null : g.amount().value() + " " + g.amount().currency()) + " items=" + g.items() + " @S" + g.evidence().sentenceIndex()));
            }
        }
    }
}
