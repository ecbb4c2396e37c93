package org.diplomacykg.serve;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins per client over a sliding window: once a client has failed {@code limit} times
 * within the window, it must wait until the oldest of those failures leaves the window. Memory is
 * bounded: at most {@code maxClients} clients are remembered, the least recently seen forgotten
 * first (after those whose failures have all expired).
 */
final class LoginThrottle {
    /** How many clients are remembered at most: about 1 MB of timestamps at the default limit. */
    static final int MAX_CLIENTS = 10_000;

    private final int limit;
    private final long windowNanos;
    private final int maxClients;
    private final LongSupplier clock;
    /** Each client's failure times (nanoTime), oldest first, at most {@code limit}; least recently used first. */
    private final LinkedHashMap<String, ArrayDeque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true);

    LoginThrottle(int limit, Duration window, int maxClients, LongSupplier clock) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("a login throttle needs a limit, a window and room for at least one client");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** {@code perMinute} failures in any minute, measured by {@link System#nanoTime()}. */
    static LoginThrottle perMinute(int perMinute) {
        return new LoginThrottle(perMinute, Duration.ofMinutes(1), MAX_CLIENTS, System::nanoTime);
    }

    int limit() {
        return limit;
    }

    /** How long the client must wait before its next login is checked; zero when it may try now. */
    synchronized Duration waitFor(String client) {
        ArrayDeque<Long> times = failures.get(client);
        if (times == null) {
            return Duration.ZERO;
        }
        long now = clock.getAsLong();
        expire(times, now);
        if (times.isEmpty()) {
            failures.remove(client);
            return Duration.ZERO;
        }
        return times.size() < limit ? Duration.ZERO : Duration.ofNanos(times.peekFirst() + windowNanos - now);
    }

    /** Records a failed login; returns how many the client has now made within the window. */
    synchronized int failed(String client) {
        long now = clock.getAsLong();
        ArrayDeque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>(limit));
        expire(times, now);
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst();
        }
        if (failures.size() > maxClients) {
            forgetOne(now);
        }
        return times.size();
    }

    synchronized int clients() {
        return failures.size();
    }

    private void expire(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
            times.removeFirst();
        }
    }

    /** Drops clients with nothing left in the window; failing that, the least recently seen one. */
    private void forgetOne(long now) {
        Iterator<Map.Entry<String, ArrayDeque<Long>>> it = failures.entrySet().iterator();
        while (it.hasNext()) {
            ArrayDeque<Long> times = it.next().getValue();
            expire(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
        if (failures.size() > maxClients) {
            it = failures.entrySet().iterator();
            it.next();
            it.remove();
        }
    }
}
