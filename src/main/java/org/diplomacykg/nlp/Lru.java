package org.diplomacykg.nlp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memo: values for recently seen keys, least recently used out, so that a long build
 * does not keep every key alive. Not thread-safe, like the annotator that owns it.
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

    V peek(K key) {
        return recent.get(key);
    }

    void put(K key, V value) {
        recent.put(key, value);
    }
}
