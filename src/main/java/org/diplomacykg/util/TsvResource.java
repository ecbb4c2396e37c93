package org.diplomacykg.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource from the classpath; lines starting with '#' are comments. */
public final class TsvResource {
    private TsvResource() {
    }

    /** Rows of the resource, each split on tabs (trailing empty cells kept). */
    public static List<String[]> rows(String resource, boolean skipHeader) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && skipHeader) {
                    first = false;
                    continue;
                }
                first = false;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    public static String cell(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }
}
