package org.diplomacykg.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded memo: the results of a pure function for recently seen keys, least recently used
 * out, so that a long build does not keep every key alive. Not thread-safe, like the annotator
 * that owns it.
 */
final class Lru<K, V> {
    private final Map<K, V> recent;

    Lru(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> compute) {
        return recent.computeIfAbsent(key, compute);
    }
}
