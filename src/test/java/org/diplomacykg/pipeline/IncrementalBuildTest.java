package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.map.Iris;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental build must equal a full rebuild of the same input, and must not re-extract unchanged articles. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private final GraphBuilder builder = new GraphBuilder(new Iris(Iris.DEFAULT_BASE));

    Path input(String name, int articles) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(SeedStore.seeds())) {
            for (Path f : files.sorted().limit(articles).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        return in;
    }

    static Graph content(KgStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            s.dataset().find().forEachRemaining(q -> {
                if (!q.getPredicate().getURI().endsWith("#builtAt")) {
                    // keep the graph name in the comparison: it is part of what each article states
                    g.add(org.apache.jena.graph.Triple.create(q.getSubject(),
                            org.apache.jena.graph.NodeFactory.createURI(q.getPredicate().getURI() + "@" + q.getGraph().getURI()),
                            q.getObject()));
                }
            });
            return g;
        });
    }

    @Test
    void addingAndRemovingAnArticleEqualsAFullRebuild() throws IOException {
        Path four = input("four", 4);
        Path five = input("five", 5);
        try (KgStore inc = KgStore.open(dir.resolve("inc")); KgStore full5 = KgStore.open(dir.resolve("full5"));
             KgStore full4 = KgStore.open(dir.resolve("full4"))) {
            BuildReport first = builder.build(four, inc);
            assertEquals(4, first.extracted());
            BuildReport added = builder.build(five, inc);
            assertEquals(1, added.extracted(), "only the new article is extracted");
            assertEquals(4, added.reused());
            builder.build(five, full5);
            assertTrue(content(inc).isIsomorphicWith(content(full5)), "incremental add differs from a full build");

            BuildReport removed = builder.build(four, inc);
            assertEquals(0, removed.extracted());
            assertTrue(removed.removed() > 0);
            builder.build(four, full4);
            assertTrue(content(inc).isIsomorphicWith(content(full4)), "removing an article left something behind");

            long stamps = Txn.calculateRead(inc.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                    inc.dataset().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                            org.diplomacykg.map.Dip.builtAt, org.apache.jena.graph.Node.ANY)));
            BuildReport again = builder.build(four, inc);
            assertEquals(stamps, again.added(), "an unchanged rebuild only renews the build time");
            assertEquals(stamps, again.removed());
        }
    }
}
