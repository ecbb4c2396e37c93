package org.diplomacykg.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplomacykg.ingest.BadInputException;

/**
 * The article files of some folders at one moment, each with its {@link FileState}: the files a
 * build reads ({@code InputSet}'s rule: regular files whose name does not start with a dot), folder
 * by folder, each folder's in name order. A writer can fill a hidden {@code .name.part} file and
 * rename it when done, and no scan ever sees it half-written. Unlike a build's input, a folder may
 * be empty: a watched folder often is.
 */
record FolderScan(Map<Path, FileState> files) {
    FolderScan {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    static FolderScan of(List<Path> folders) {
        Map<Path, FileState> files = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new BadInputException(folder, Files.exists(folder) ? "is not a folder" : "folder does not exist (any more)");
            }
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                    state(p).ifPresent(st -> files.put(p, st));
                }
            } catch (IOException e) {
                throw new BadInputException(folder, "cannot list folder (" + e.getMessage() + ")");
            } catch (UncheckedIOException e) {
                throw new BadInputException(folder, "cannot list folder (" + e.getCause().getMessage() + ")");
            }
        }
        return new FolderScan(files);
    }

    /** The state of a regular file; nothing for a folder, or for a file removed since it was listed. */
    private static java.util.Optional<FileState> state(Path p) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.isRegularFile() ? java.util.Optional.of(new FileState(a.size(), a.lastModifiedTime().toMillis())) : java.util.Optional.empty();
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty();
        }
    }

    List<Path> paths() {
        return new ArrayList<>(files.keySet());
    }

    boolean isEmpty() {
        return files.isEmpty();
    }
}
