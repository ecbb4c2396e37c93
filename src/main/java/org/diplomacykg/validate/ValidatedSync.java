package org.diplomacykg.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplomacykg.store.KgStore;

/**
 * The last step of a build: check the new graphs against the shapes, and only when they conform
 * hand them to the store. Validation runs on the in-memory graphs before any write transaction
 * starts, so a graph with violations never reaches the store and the previous build stays.
 */
public final class ValidatedSync {
    private ValidatedSync() {
    }

    public static KgStore.SyncResult sync(Map<Node, Set<Triple>> graphs, KgStore store) {
        return sync(graphs, store, GraphValidator.shipped());
    }

    public static KgStore.SyncResult sync(Map<Node, Set<Triple>> graphs, KgStore store, GraphValidator validator) {
        check(graphs, validator);
        return store.sync(graphs);
    }

    /** Throws {@link ValidationException} when the graphs violate the shipped shapes. */
    public static void check(Map<Node, Set<Triple>> graphs) {
        check(graphs, GraphValidator.shipped());
    }

    private static void check(Map<Node, Set<Triple>> graphs, GraphValidator validator) {
        List<Violation> violations = validator.validate(graphs);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
