package org.diplomacykg.live;

import java.nio.file.Path;
import java.util.Collection;

/**
 * A bad file or record a live build left out: the file (null when the problem names none of the
 * build's files) and the problem. The build reports each as one message, "FILE: PROBLEM" or
 * "FILE: RECORD: PROBLEM" (see {@code BadInputException}).
 */
record SkippedInput(Path file, String reason) {
    static SkippedInput of(String message, Collection<Path> files) {
        Path best = null;
        for (Path f : files) {
            if (message.startsWith(f + ": ") && (best == null || f.toString().length() > best.toString().length())) {
                best = f;
            }
        }
        return best == null ? new SkippedInput(null, message) : new SkippedInput(best, message.substring(best.toString().length() + 2));
    }

    /** The file's name alone, as an HTTP client is shown it (the server's folders are its own business). */
    String name() {
        return file == null ? "" : file.getFileName().toString();
    }

    /** The whole message, for the server's output. */
    String message() {
        return file == null ? reason : file + ": " + reason;
    }
}
