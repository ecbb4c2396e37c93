package org.diplomacykg.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomacykg.facts.Fact;
import org.diplomacykg.facts.FactKind;

/**
 * The canonical key of every report, by kind and report id (article id and the report's local
 * id). A report that refers to another report of its article (an agreement to the summit it came
 * out of) finds that report's canonical fact here, and the mappers find the fact an article's
 * report is about.
 */
public final class CanonicalKeys {
    private final Map<String, Map<String, String>> byKind = new HashMap<>();

    CanonicalKeys() {
    }

    /** The keys of every report in {@code graph}. */
    public static CanonicalKeys of(ReconciledGraph graph) {
        CanonicalKeys keys = new CanonicalKeys();
        graph.factsByKind().forEach(keys::add);
        return keys;
    }

    /** How reports are told apart across articles: a local id is unique only within its article. */
    public static String reportId(String articleId, String localId) {
        return articleId + "/" + localId;
    }

    void add(String kind, List<? extends Canonical<?>> facts) {
        Map<String, String> keys = byKind.computeIfAbsent(kind, k -> new HashMap<>());
        for (Canonical<?> c : facts) {
            for (Fact r : c.reports()) {
                keys.put(reportId(r.evidence().articleId(), r.localId()), c.key());
            }
        }
    }

    /**
     * The canonical key of report {@code localId} of article {@code articleId}, or null when no
     * such report was reconciled.
     *
     * @throws IllegalStateException when {@code kind} is not reconciled yet: a kind can refer only
     *                               to the kinds listed before it in the registry
     */
    public String keyOf(FactKind<?> kind, String articleId, String localId) {
        Map<String, String> keys = byKind.get(kind.name());
        if (keys == null) {
            throw new IllegalStateException("no " + kind.name() + " facts are reconciled yet: a kind can refer only"
                    + " to kinds listed before it in FactKinds.ALL");
        }
        return keys.get(reportId(articleId, localId));
    }

    /** The canonical key of {@code report}, or null when it was not reconciled. */
    public String keyOf(FactKind<?> kind, Fact report) {
        return keyOf(kind, report.evidence().articleId(), report.localId());
    }
}
