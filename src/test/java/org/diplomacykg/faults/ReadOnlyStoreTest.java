package org.diplomacykg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store folder on a read-only file system: {@code kg build} fails with exit code 1 and one line
 * naming the folder and saying it is read-only, and the store is unchanged. TDB2 cannot open a
 * store without write access, not even to read it (it writes its lock file and opens its journal
 * and memory-mapped indexes read-write), so {@code kg serve} fails the same clean way, saying to
 * copy the store to a writable folder.
 */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void buildAndServeOnAReadOnlyStoreFailCleanlyAndChangeNothing() throws Exception {
        Path one = FullDiskTest.copySeeds(dir.resolve("one"), 1);
        Path two = FullDiskTest.copySeeds(dir.resolve("two"), 2);
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(dir.resolve("disk"), "8m")) {
            Path store = disk.dir().resolve("store");
            // built by a child JVM: memory maps left in this one would keep the mount from going read-only
            ChildKg.Result built = ChildKg.run(dir, "build", "--input", one.toString(), "--store", store.toString());
            assertEquals(0, built.code(), built.err());
            Matcher m = Pattern.compile("\\((\\d+) quads;").matcher(built.out());
            assertTrue(m.find(), built.out());
            long quads = Long.parseLong(m.group(1));
            String files = fingerprint(store);

            disk.remount("ro");
            try {
                ChildKg.Result build = ChildKg.run(dir, "build", "--input", two.toString(), "--store", store.toString());
                assertCleanReadOnlyFailure(build, "kg build: " + store + ": ");
                assertFalse(build.out().contains("built "), build.out());

                ChildKg.Result serve = ChildKg.run(dir, 60, "serve", "--port", "0", "--store", store.toString());
                assertCleanReadOnlyFailure(serve, "kg serve: " + store + ": ");
                assertTrue(serve.err().contains("copy it to a writable folder"), serve.err());

                // a new store folder on the read-only file system
                Path fresh = disk.dir().resolve("fresh");
                ChildKg.Result create = ChildKg.run(dir, "build", "--input", one.toString(), "--store", fresh.toString());
                assertCleanReadOnlyFailure(create, "kg build: " + fresh + ": ");
            } finally {
                disk.remount("rw");
            }
            assertEquals(files, fingerprint(store), "store files changed");
            List<String> after = FullDiskTest.quads(store);
            assertEquals(quads, after.size());
        }
    }

    static void assertCleanReadOnlyFailure(ChildKg.Result r, String prefix) {
        String all = "exit " + r.code() + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err();
        assertEquals(1, r.code(), all);
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), "one line on stderr: " + all);
        assertTrue(lines.get(0).startsWith(prefix), "names the store folder: " + all);
        assertTrue(lines.get(0).contains("read-only file system"), "says it is read-only: " + all);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + all);
    }

    /** A digest of every file under {@code root}: its relative path, size and bytes. */
    static String fingerprint(Path root) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    md.update((root.relativize(f) + "\u0000" + Files.size(f) + "\u0000").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(f)) {
                        for (int n; (n = in.read(buf)) > 0; ) {
                            md.update(buf, 0, n);
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
