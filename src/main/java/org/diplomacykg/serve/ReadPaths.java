package org.diplomacykg.serve;

import java.util.List;
import java.util.Set;

/**
 * The addresses that only read: the query and Graph Store read endpoints of the dataset and the
 * site's pages and downloads. It is an allow-list on purpose: any endpoint not named here (writes,
 * builds, admin pages, endpoints added later) is treated as one that changes or reveals something.
 */
final class ReadPaths {
    private static final Set<String> EXACT = Set.of(
            KgServer.DATASET, KgServer.DATASET + "/", KgServer.DATASET + "/sparql", KgServer.DATASET + "/query",
            KgServer.DATASET + "/data", KgServer.DATASET + "/get",
            "/queries", "/dumps", "/.well-known/void", "/ontology", "/search");
    private static final List<String> PREFIXES = List.of("/queries/", "/id/", "/dumps/");

    private ReadPaths() {
    }

    /** {@code path} is the decoded, normalised path (no query string, no dot segments). */
    static boolean contains(String path) {
        if (path == null) {
            return false;
        }
        if (EXACT.contains(path)) {
            return true;
        }
        for (String p : PREFIXES) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
