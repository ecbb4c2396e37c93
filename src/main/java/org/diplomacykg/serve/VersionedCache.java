package org.diplomacykg.serve;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One value computed from the store, kept while the store's data version stays the same (see
 * {@link KgSite#dataVersion()}): any committed write (a rebuild, a SPARQL Update) changes the
 * version, so the next reader computes it afresh. Concurrent readers of a new version wait for one
 * computation instead of each doing it. Without a version (a store that is not TDB2) nothing is kept.
 */
final class VersionedCache<T> {
    private record Entry<T>(Object version, T value) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private volatile Entry<T> entry;

    /** The value for {@code version}, computing it with {@code compute} when not kept; call inside the read transaction that gave the version. */
    T get(Object version, Supplier<T> compute) {
        if (version == null) {
            return compute.get();
        }
        Entry<T> e = entry;
        if (e != null && e.version().equals(version)) {
            return e.value();
        }
        lock.lock();
        try {
            e = entry;
            if (e != null && e.version().equals(version)) {
                return e.value();
            }
            T value = compute.get();
            entry = new Entry<>(version, value);
            return value;
        } finally {
            lock.unlock();
        }
    }
}
