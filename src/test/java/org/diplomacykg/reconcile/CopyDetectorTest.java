package org.diplomacykg.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.diplomacykg.facts.ArticleInfo;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
    static final String WIRE = "Brazil and Argentina agreed on Tuesday to build a gas pipeline linking the Vaca Muerta field "
            + "to Sao Paulo, the two governments said in a joint statement after talks in Brasilia. The project is expected to cost "
            + "about 820 million dollars and take three years. Officials said financing would come from a regional development bank "
            + "and private investors. The presidents also discussed trade barriers, a common currency for trade and energy prices. "
            + "Critics in both countries say the pipeline deepens dependence on fossil fuels.";
    static final String REPOST = "SHARE THIS. " + WIRE.replace("on Tuesday", "on Tuesday (local time)")
            + " Most read: Ten ways to save on groceries this winter.";
    static final String REWRITE = "In talks held in Brasilia, Brazil and Argentina agreed to build a gas pipeline linking the Vaca Muerta "
            + "field with Sao Paulo. According to a joint statement, the project is expected to cost about 820 million dollars. "
            + "Financing would come from a regional development bank, officials said, while critics say it deepens dependence on fossil fuels.";
    static final String INDEPENDENT = "Argentina's energy minister said the pipeline to Brazil would be tendered next year. "
            + "Engineers have begun surveys along the route, and local communities have asked for guarantees on water use. "
            + "The minister did not give a cost estimate but said international lenders had shown interest in the plan.";

    static ArticleInfo info(String id, String printed, boolean contradicted, String text) {
        return new ArticleInfo(id, id + ".txt", id, null, null, printed, null, null, contradicted, text);
    }

    @Test
    void recognisesCopyRewriteAndIndependentReport() {
        List<ArticleRelation> r = new CopyDetector().relations(List.of(
                info("wire", "2023-01-24", false, WIRE), info("repost", "2024-06-01", true, REPOST),
                info("rewrite", "2023-01-25", false, REWRITE), info("other", "2023-01-25", false, INDEPENDENT)),
                List.of(Set.of("wire", "repost", "rewrite", "other")));
        ArticleRelation copy = r.stream().filter(x -> x.kind() == ArticleRelation.Kind.COPY).findFirst().orElseThrow();
        assertEquals("repost", copy.copy());
        assertEquals("wire", copy.original());
        assertTrue(copy.similarity() > 0.8, "similarity " + copy.similarity());
        assertTrue(r.stream().anyMatch(x -> x.kind() == ArticleRelation.Kind.REWRITE && x.copy().equals("rewrite")), r.toString());
        assertTrue(r.stream().noneMatch(x -> x.copy().equals("other") || x.original().equals("other")), r.toString());
    }

    @Test
    void stockWordingWithoutACommonFactIsNoRewrite() {
        // two stories on different days about the same two countries share many short phrases, and no fact
        String a = "Brazil and Argentina agreed on Tuesday to expand trade in farm goods, the two governments said in a joint "
                + "statement after talks in Brasilia. The presidents also discussed trade barriers and energy prices.";
        String b = "Brazil and Argentina agreed on Friday to cooperate on river transport, the two governments said in a joint "
                + "statement after talks in Buenos Aires. The ministers also discussed trade barriers and port fees.";
        List<ArticleInfo> both = List.of(info("a", "2023-03-07", false, a), info("b", "2023-09-15", false, b));
        assertTrue(CopyDetector.containment(CopyDetector.shingles(CopyDetector.words(a), 3),
                CopyDetector.shingles(CopyDetector.words(b), 3)) >= CopyDetector.REWRITE_CONTAINMENT, "the test needs overlap");
        assertEquals(List.of(), new CopyDetector().relations(both, List.of(Set.of("a"), Set.of("b"))));
        assertEquals(ArticleRelation.Kind.REWRITE, new CopyDetector().relations(both, List.of(Set.of("a", "b"))).get(0).kind());
    }

    @Test
    void independentSourcesCountCopiesOnce() {
        List<ArticleRelation> relations = List.of(new ArticleRelation("repost", "wire", ArticleRelation.Kind.COPY, 0.9));
        ReconciledGraph g = new ReconciledGraph(List.of(), List.of(), java.util.Map.of(), relations);
        assertEquals(2, g.independentSources(java.util.Set.of("wire", "repost", "other")));
        assertEquals(1, g.independentSources(java.util.Set.of("repost")));
    }

    @Test
    void aFactReportedByHundredsIsNotComparedPairByPairYetItsCopiesAreFound() {
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = ("ministers harbour grain tariff railway budget envoy treaty border river mining vaccine school "
                + "drought festival bridge election bank coast satellite forest pension court airport museum harvest").split(" ");
        List<ArticleInfo> articles = new java.util.ArrayList<>();
        articles.add(info("wire", "2023-01-24", false, WIRE));
        articles.add(info("repost", "2023-01-25", false, REPOST));
        Set<String> story = new java.util.HashSet<>(Set.of("wire", "repost"));
        for (int i = 0; i < 3 * CopyDetector.MAX_STORY; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            articles.add(info("other" + i, "2023-01-25", false, text.toString()));
            story.add("other" + i);
        }
        List<ArticleRelation> r = new CopyDetector().relations(articles, List.of(story));
        assertTrue(r.stream().anyMatch(x -> x.kind() == ArticleRelation.Kind.COPY && x.copy().equals("repost") && x.original().equals("wire")),
                r.toString());
        assertTrue(r.stream().noneMatch(x -> x.copy().startsWith("other") && x.original().startsWith("other")), r.toString());
    }
}
