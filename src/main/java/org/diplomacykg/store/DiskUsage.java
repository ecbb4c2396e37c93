package org.diplomacykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The bytes a file or folder takes on disk, as {@code du -sk} reports them. TDB2's index files are
 * sparse (each is 8 MB long as soon as it exists, whatever it holds), so their lengths say nothing
 * about the space a store uses, and Java cannot read a file's allocated blocks: {@code du} can,
 * on every Unix. Where it cannot run, the files' lengths are summed instead (on a file system
 * without sparse files, such as NTFS, that is what they take).
 */
public final class DiskUsage {
    private DiskUsage() {
    }

    /** The bytes {@code path} (a file, or a folder with everything in it) takes on disk; 0 when it does not exist. */
    public static long of(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        long du = du(path);
        return du >= 0 ? du : lengths(path);
    }

    private static long du(Path path) {
        try {
            Process p = new ProcessBuilder("du", "-sk", path.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            // a file that vanishes during the walk makes du exit 1, but the total it prints still stands
            String[] fields = out.trim().split("\\s+", 2);
            return fields[0].matches("\\d+") ? Long.parseLong(fields[0]) * 1024 : -1;
        } catch (IOException e) {
            return -1; // no du on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long lengths(Path path) {
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // gone since the walk listed it
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** {@code bytes} for people: "870 KB", "1.4 MB", "210 MB", "3.2 GB" (powers of 1000, as disks are sold). */
    public static String format(long bytes) {
        double kb = bytes / 1000.0;
        if (kb < 1000) {
            return String.format(java.util.Locale.ROOT, "%.0f KB", kb);
        }
        double mb = kb / 1000;
        if (mb < 1000) {
            return String.format(java.util.Locale.ROOT, mb < 10 ? "%.1f MB" : "%.0f MB", mb);
        }
        return String.format(java.util.Locale.ROOT, "%.1f GB", mb / 1000);
    }
}
