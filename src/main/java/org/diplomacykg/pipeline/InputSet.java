package org.diplomacykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplomacykg.ingest.BadInputException;

/**
 * The input files of a build: the regular, visible files of each folder given, in name order,
 * and each file given by name, in the order given, each file once.
 */
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

    /** The files of several inputs, folders or files; a missing one is named. */
    public static List<Path> list(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                files.addAll(list(in));
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new BadInputException(in, Files.exists(in) ? "input is neither a file nor a folder" : "input does not exist");
            }
        }
        return new ArrayList<>(files);
    }
}
