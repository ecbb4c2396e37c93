package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a folder, for tests of a full disk or a read-only file system. Needs
 * root with CAP_SYS_ADMIN (as in CI); elsewhere the test is skipped, saying why. Always close it.
 */
final class TmpfsMount implements AutoCloseable {
    private final Path dir;

    private TmpfsMount(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (as mount takes it: 8m) on {@code dir}, or skips the test. */
    static TmpfsMount mountOrSkip(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String out;
        int code;
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            code = p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            out = e.getMessage();
            code = -1;
        }
        assumeTrue(code == 0, "cannot mount a tmpfs (needs root with CAP_SYS_ADMIN), skipping: " + out);
        return new TmpfsMount(dir);
    }

    Path dir() {
        return dir;
    }

    /** Remounts with other options: "ro", "rw", "size=64m". */
    void remount(String options) throws IOException, InterruptedException {
        run("mount", "-o", "remount," + options, dir.toString());
    }

    /** Fills the file system up to its last {@code free} bytes with a file named {@code filler}; returns it. */
    Path fillLeaving(long free) throws IOException {
        Path filler = dir.resolve("filler");
        long size = Files.getFileStore(dir).getUsableSpace() - free;
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long left = size; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return filler;
    }

    /** Fills the file system to the last byte with a file named {@code filler}; returns it. */
    Path fill() throws IOException {
        Path filler = dir.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int chunk = 1 << 20; chunk > 0; chunk /= 2) {
                byte[] bytes = new byte[chunk];
                try {
                    while (true) {
                        out.write(bytes);
                        out.flush();
                    }
                } catch (IOException full) {
                    // this chunk size no longer fits: try a smaller one
                }
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (tryRun("umount", dir.toString()) != 0) {
            System.gc(); // memory maps of closed TDB2 files in this JVM keep the mount busy until collected
            Thread.sleep(200);
            if (tryRun("umount", dir.toString()) != 0) {
                run("umount", "-l", dir.toString()); // detach now; the kernel frees it when the last map goes
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        int code = exec(out, command);
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + code + "): " + out);
        }
    }

    private static int tryRun(String... command) throws IOException, InterruptedException {
        return exec(new ArrayList<>(), command);
    }

    private static int exec(List<String> out, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        out.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
