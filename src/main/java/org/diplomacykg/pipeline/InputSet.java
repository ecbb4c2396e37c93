package org.diplomacykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.ingest.BadInputException;

/** The article files of an input folder: regular, visible files, in name order. */
public final class InputSet {
    private InputSet() {
    }

    public static List<Path> list(Path dir) {
        if (!Files.exists(dir)) {
            throw new BadInputException(dir, "input folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "input is not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new BadInputException(dir, "input folder holds no article files");
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list input folder (" + e.getMessage() + ")");
        }
    }
}
