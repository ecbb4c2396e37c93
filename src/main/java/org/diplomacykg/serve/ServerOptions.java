package org.diplomacykg.serve;

import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.map.Iris;

/**
 * How a server runs: where it listens, how long a query may take, where instance IRIs live,
 * where the saved queries are, whether writes are allowed (and then whose credentials), and the
 * caps that keep one client from exhausting it.
 *
 * @param base            the instance IRI base; {@code /id/…} on the server answers for {@code base…}
 * @param passwordFile    Jetty realm file ({@code user: password}) required when {@code allowUpdate}
 * @param maxQueryBytes   longest query or update text accepted, in bytes (UTF-8)
 * @param serviceAllowed  endpoints a {@code SERVICE} clause may call (IRI prefixes); empty means SERVICE is off
 * @param authFailuresPerMinute failed logins one client address may make in a minute before it is refused
 * @param watch           folder whose new and changed articles are built into the served store, or null
 */
public record ServerOptions(String host, int port, long timeoutSeconds, String base, Path queries,
                            boolean allowUpdate, Path passwordFile, int maxConnections, int maxRows,
                            int maxQueryBytes, List<String> serviceAllowed, int authFailuresPerMinute, Path watch) {
    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    public static final int DEFAULT_MAX_ROWS = 500;
    public static final int DEFAULT_MAX_QUERY_BYTES = 256 * 1024;
    public static final int DEFAULT_AUTH_FAILURES_PER_MINUTE = 5;

    public ServerOptions {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("query timeout must be positive, not " + timeoutSeconds);
        }
        if (maxConnections < 1 || maxRows < 1) {
            throw new IllegalArgumentException("connection and row caps must be at least 1");
        }
        if (maxQueryBytes < 1) {
            throw new IllegalArgumentException("the query size cap must be at least 1 byte, not " + maxQueryBytes);
        }
        if (authFailuresPerMinute < 1) {
            throw new IllegalArgumentException("failed logins per minute must be at least 1, not " + authFailuresPerMinute);
        }
        serviceAllowed = List.copyOf(serviceAllowed);
        base = new Iris(base).base();
    }

    /** Read-only, default base, queries from {@code queries/} of the current directory. */
    public static ServerOptions of(String host, int port, long timeoutSeconds) {
        return new ServerOptions(host, port, timeoutSeconds, Iris.DEFAULT_BASE, Path.of("queries").toAbsolutePath(),
                false, null, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_ROWS, DEFAULT_MAX_QUERY_BYTES, List.of(),
                DEFAULT_AUTH_FAILURES_PER_MINUTE, null);
    }

    public ServerOptions withBase(String newBase) {
        return new ServerOptions(host, port, timeoutSeconds, newBase, queries, allowUpdate, passwordFile, maxConnections, maxRows,
                maxQueryBytes, serviceAllowed, authFailuresPerMinute, watch);
    }

    public ServerOptions withQueries(Path dir) {
        return new ServerOptions(host, port, timeoutSeconds, base, dir, allowUpdate, passwordFile, maxConnections, maxRows,
                maxQueryBytes, serviceAllowed, authFailuresPerMinute, watch);
    }

    public ServerOptions withUpdate(boolean allow, Path passwords) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allow, passwords, maxConnections, maxRows,
                maxQueryBytes, serviceAllowed, authFailuresPerMinute, watch);
    }

    public ServerOptions withCaps(int connections, int rows) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allowUpdate, passwordFile, connections, rows,
                maxQueryBytes, serviceAllowed, authFailuresPerMinute, watch);
    }

    public ServerOptions withMaxQueryBytes(int bytes) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allowUpdate, passwordFile, maxConnections, maxRows,
                bytes, serviceAllowed, authFailuresPerMinute, watch);
    }

    public ServerOptions withServiceAllowed(List<String> endpoints) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allowUpdate, passwordFile, maxConnections, maxRows,
                maxQueryBytes, endpoints, authFailuresPerMinute, watch);
    }

    public ServerOptions withAuthFailuresPerMinute(int n) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allowUpdate, passwordFile, maxConnections, maxRows,
                maxQueryBytes, serviceAllowed, n, watch);
    }

    public ServerOptions withWatch(Path dir) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allowUpdate, passwordFile, maxConnections, maxRows,
                maxQueryBytes, serviceAllowed, authFailuresPerMinute, dir);
    }
}
