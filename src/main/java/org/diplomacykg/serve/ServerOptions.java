package org.diplomacykg.serve;

import java.nio.file.Path;
import org.diplomacykg.map.Iris;

/**
 * How a server runs: where it listens, how long a query may take, where instance IRIs live,
 * where the saved queries are, whether writes are allowed (and then whose credentials), and the
 * caps that keep one client from exhausting it.
 *
 * @param base         the instance IRI base; {@code /id/…} on the server answers for {@code base…}
 * @param passwordFile Jetty realm file ({@code user: password}) required when {@code allowUpdate}
 */
public record ServerOptions(String host, int port, long timeoutSeconds, String base, Path queries,
                            boolean allowUpdate, Path passwordFile, int maxConnections, int maxRows) {
    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    public static final int DEFAULT_MAX_ROWS = 500;

    public ServerOptions {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("query timeout must be positive, not " + timeoutSeconds);
        }
        if (maxConnections < 1 || maxRows < 1) {
            throw new IllegalArgumentException("connection and row caps must be at least 1");
        }
        base = new Iris(base).base();
    }

    /** Read-only, default base, queries from {@code queries/} of the current directory. */
    public static ServerOptions of(String host, int port, long timeoutSeconds) {
        return new ServerOptions(host, port, timeoutSeconds, Iris.DEFAULT_BASE, Path.of("queries").toAbsolutePath(),
                false, null, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_ROWS);
    }

    public ServerOptions withBase(String newBase) {
        return new ServerOptions(host, port, timeoutSeconds, newBase, queries, allowUpdate, passwordFile, maxConnections, maxRows);
    }

    public ServerOptions withQueries(Path dir) {
        return new ServerOptions(host, port, timeoutSeconds, base, dir, allowUpdate, passwordFile, maxConnections, maxRows);
    }

    public ServerOptions withUpdate(boolean allow, Path passwords) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allow, passwords, maxConnections, maxRows);
    }

    public ServerOptions withCaps(int connections, int rows) {
        return new ServerOptions(host, port, timeoutSeconds, base, queries, allowUpdate, passwordFile, connections, rows);
    }
}
