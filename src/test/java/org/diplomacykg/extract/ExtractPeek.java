package org.diplomacykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.PersonFact;
import org.diplomacykg.ingest.Article;
import org.diplomacykg.ingest.ArticleCleaner;
import org.diplomacykg.ingest.ArticleFileReader;
import org.diplomacykg.kind.agreement.AgreementFact;
import org.diplomacykg.kind.event.EventFact;
import org.diplomacykg.kind.quotation.QuotationFact;
import org.diplomacykg.nlp.CoreNlpAnnotator;
import org.diplomacykg.nlp.ParseFilter;

/** Dev aid: prints every fact the extractor reads from each article in a folder. */
public class ExtractPeek {
    public static void main(String[] args) throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(new LexiconParseFilter(org.diplomacykg.lexicon.Lexicon.standard()));
        Pipeline extractor = org.diplomacykg.kind.FactKinds.pipeline(java.util.Set.of());
        boolean showMentions = args.length > 1 && args[1].equals("mentions");
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                var raw = new ArticleFileReader().read(f);
                Article a = cleaner.clean(f.getFileName().toString(), raw.sha256(), raw.text());
                ArticleFacts facts = extractor.extract(nlp.annotate(a));
                var info = facts.article();
                System.out.println("=== " + info.fileName() + " printed=" + info.printedDate() + " ref=" + info.referenceDate()
                        + " contradicted=" + info.printedDateContradicted());
                if (args.length > 1 && args[1].equals("sentences")) {
                    var ann = nlp.annotate(a);
                    for (var s : ann.sentences()) {
                        System.out.println("  S" + s.index() + (s.caption() ? " [caption] " : " ") + s.text());
                    }
                }
                if (showMentions) {
                    StringBuilder b = new StringBuilder("  mentions:");
                    for (EntityRef r : facts.mentions()) {
                        b.append(' ').append(r.id());
                    }
                    System.out.println(b);
                }
                for (PersonFact p : facts.people()) {
                    System.out.println("  PERSON " + p.person().key() + " | " + p.person().name() + " | " + p.title() + " | "
                            + name(p.country()) + " | " + name(p.organization()) + "  @" + p.evidence().sentenceIndex());
                }
                for (EventFact e : facts.events()) {
                    System.out.println("  EVENT " + e.localId() + " " + e.type() + " '" + e.name() + "' " + e.startDate() + ".." + e.endDate()
                            + " place=" + name(e.place()) + " host=" + name(e.host()) + " occ=" + e.occasion() + " partOf=" + e.partOf()
                            + " parts=" + e.participants().stream().map(EntityRef::name).toList() + "  @" + e.evidence().sentenceIndex());
                }
                for (AgreementFact g : facts.agreements()) {
                    System.out.println("  AGREE " + g.localId() + " " + g.type() + " '" + g.name() + "' " + g.date() + " " + g.status()
                            + " parties=" + g.parties().stream().map(EntityRef::name).toList() + " " + name(g.provider()) + "->" + name(g.recipient())
                            + " amt=" + (g.amount() == null ? null : g.amount().value().toPlainString() + " " + g.amount().currency() + " usd=" + g.amount().usd() + (g.amount().upTo() ? " upTo" : ""))
                            + " items=" + g.items() + " prog=" + g.programme() + " purpose=" + g.purpose() + " event=" + g.event() + "  @" + g.evidence().sentenceIndex());
                }
                for (QuotationFact q : facts.quotations()) {
                    String t = q.text();
                    System.out.println("  QUOTE [" + (q.speaker() == null ? null : q.speaker().id()) + "] " + (t.length() > 90 ? t.substring(0, 90) + "…" : t) + "  @" + q.evidence().sentenceIndex());
                }
            }
        }
    }

    private static String name(EntityRef r) {
        return r == null ? null : r.name();
    }
}
