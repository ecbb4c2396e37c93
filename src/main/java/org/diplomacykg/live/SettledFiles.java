package org.diplomacykg.live;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides, poll by poll, when the watched files call for a build, and from which files. A file is
 * taken once its size and modification time are the same in two polls in a row, so a file still
 * being copied in is not read half-written; a new file that is not settled yet simply waits for the
 * next build, while the others go in. A file the graph was built from that is being rewritten holds
 * the build back until it settles (building without it would drop its article meanwhile). A burst
 * of files dropped within a poll or two settles together and makes one build.
 */
final class SettledFiles {
    private FolderScan seen;
    private FolderScan built;

    /** Starts from the files the served graph was built from, as the previous poll. */
    SettledFiles(FolderScan builtFrom) {
        this.seen = builtFrom;
        this.built = builtFrom;
    }

    /** The files to build from after this poll's {@code now}, or null when there is nothing to build yet. */
    FolderScan next(FolderScan now) {
        FolderScan before = seen;
        seen = now;
        Map<Path, FileState> settled = new LinkedHashMap<>();
        for (Map.Entry<Path, FileState> e : now.files().entrySet()) {
            if (e.getValue().equals(before.files().get(e.getKey()))) {
                settled.put(e.getKey(), e.getValue());
            } else if (built.files().containsKey(e.getKey())) {
                return null;
            }
        }
        FolderScan candidate = new FolderScan(settled);
        return candidate.equals(built) ? null : candidate;
    }

    /** Records that the graph now stands for {@code scan} (or that building it failed: it is not retried until a file changes again). */
    void built(FolderScan scan) {
        built = scan;
    }

    FolderScan built() {
        return built;
    }
}
