package org.diplomacykg.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplomacykg.store.KgStore;

/**
 * The last step of a build: check the new graphs against the shapes, and only when they conform
 * let the store commit them. Validation runs on the in-memory graphs alongside the store's write
 * (see {@link KgStore#sync(Map, Runnable)}); a graph with violations is rolled back before it is
 * committed, so it never becomes the store's content and the previous build stays.
 */
public final class ValidatedSync {
    private ValidatedSync() {
    }

    public static KgStore.SyncResult sync(Map<Node, Set<Triple>> graphs, KgStore store) {
        return sync(graphs, store, GraphValidator.shipped());
    }

    public static KgStore.SyncResult sync(Map<Node, Set<Triple>> graphs, KgStore store, GraphValidator validator) {
        return store.sync(graphs, () -> check(graphs, validator));
    }

    /** Throws {@link ValidationException} when the graphs violate the shipped shapes. */
    public static void check(Map<Node, Set<Triple>> graphs) {
        check(graphs, GraphValidator.shipped());
    }

    /** The shipped shapes' check, timed: {@code millis} receives how long it took, pass or fail. */
    public static Runnable timedCheck(Map<Node, Set<Triple>> graphs, java.util.function.LongConsumer millis) {
        return () -> {
            long t0 = System.nanoTime();
            try {
                check(graphs);
            } finally {
                millis.accept((System.nanoTime() - t0) / 1_000_000);
            }
        };
    }

    private static void check(Map<Node, Set<Triple>> graphs, GraphValidator validator) {
        List<Violation> violations = validator.validate(graphs);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
