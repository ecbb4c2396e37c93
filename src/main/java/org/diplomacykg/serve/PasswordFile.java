package org.diplomacykg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the credentials file that guards writes before the server starts: Jetty's realm format,
 * one {@code user: password} line per user ({@code OBF:}, {@code MD5:} and {@code CRYPT:} forms
 * allowed). Starting with writes enabled but no usable user would leave them open or unusable.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    static void check(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file FILE (lines of 'user: password'); refusing to start");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(file + ": password file not found or not readable; refusing to start");
        }
        try {
            boolean anyUser = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .anyMatch(l -> l.matches("[^:\\s]+\\s*:\\s*\\S.*"));
            if (!anyUser) {
                throw new IllegalArgumentException(file + ": no 'user: password' line; refusing to start with updates enabled");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read password file (" + e.getMessage() + ")");
        }
    }
}
