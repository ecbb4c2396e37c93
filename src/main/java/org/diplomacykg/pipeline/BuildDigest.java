package org.diplomacykg.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprint of what a graph was built from: each input file's name and content hash, and the
 * builder itself (its jar's size and time), so a new input or a new extractor triggers a rebuild.
 */
public final class BuildDigest {
    private BuildDigest() {
    }

    public static String of(List<Path> files) {
        return of(files, "");
    }

    /**
     * As {@link #of(List)}, with how the files are read ({@code reading}: renamed JSON Lines fields)
     * when it is not the standard way: the same files read otherwise are another input.
     */
    public static String of(List<Path> files, String reading) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                // streamed: a crawl of gigabytes is digested without holding it in memory
                try (java.io.InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        md.update(buffer, 0, n);
                    }
                }
                md.update((byte) 0);
            }
            if (!reading.isEmpty()) {
                md.update(("reading:" + reading).getBytes(StandardCharsets.UTF_8));
            }
            md.update(builderStamp().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot fingerprint input: " + e.getMessage(), e);
        }
    }

    /**
     * Identifies the extractor that made a set of facts: the program, and the components switched
     * off, so that facts extracted without a component are never reused by a build with it (or
     * the other way round). The full pipeline's stamp is the program's alone.
     */
    public static String builderStamp(java.util.Collection<String> disabled) {
        return disabled.isEmpty() ? builderStamp() : builderStamp() + "|without:" + String.join(",", new java.util.TreeSet<>(disabled));
    }

    /** Identifies the program that builds: its jar's size and time, or "classes" when run from a class folder. */
    public static String builderStamp() {
        try {
            Path code = Path.of(BuildDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        return "classes";
    }
}
