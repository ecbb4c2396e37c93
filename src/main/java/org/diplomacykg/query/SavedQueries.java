package org.diplomacykg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saved queries of a folder ({@code queries/}), one question per {@code NAME.rq}, read
 * with their comment header: {@code # title:}, {@code # description:}, {@code # param: NAME — meaning}.
 */
public final class SavedQueries {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\??([A-Za-z_][A-Za-z0-9_]*)\\s*(?:[—–:-]+\\s*(.*))?$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private final Path dir;

    public SavedQueries(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** A saved query by name, or a query file by path (anything ending in .rq or naming an existing file). */
    public SavedQuery resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/")) {
            if (!Files.isRegularFile(file)) {
                throw new QueryException(nameOrFile + ": query file not found");
            }
            String base = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return read(base, file);
        }
        if (!NAME.matcher(nameOrFile).matches()) {
            throw new QueryException(nameOrFile + ": not a saved query name");
        }
        Path saved = dir.resolve(nameOrFile + ".rq");
        if (!Files.isRegularFile(saved)) {
            throw new QueryException("unknown query '" + nameOrFile + "': no " + saved + " (kg query --list shows the saved queries)");
        }
        return read(nameOrFile, saved);
    }

    public List<SavedQuery> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted()
                    .map(p -> read(p.getFileName().toString().replaceFirst("\\.rq$", ""), p)).toList();
        } catch (IOException e) {
            throw new QueryException(dir + ": cannot list saved queries (" + e.getMessage() + ")", e);
        }
    }

    static SavedQuery read(String name, Path file) {
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new QueryException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static SavedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<SavedQuery.Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.length() > 0 ? " " : "").append(value);
                default -> {
                    Matcher p = PARAM.matcher(value);
                    if (p.matches()) {
                        params.add(new SavedQuery.Param(p.group(1), p.group(2) == null ? "" : p.group(2).strip()));
                    }
                }
            }
        }
        return new SavedQuery(name, title, description.toString(), params, text);
    }
}
