package org.diplomacykg.cli;

import java.nio.file.Path;

/**
 * The project folder the defaults live in ({@code seeds/}, {@code data/store}, {@code queries/}).
 * The {@code kg} launcher sets {@code kg.home}, so defaults work from any current directory,
 * while paths the user types stay relative to where they typed them.
 */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("kg.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    static Path seeds() {
        return dir().resolve("seeds");
    }

    static Path store() {
        return dir().resolve("data").resolve("store");
    }

    static Path queries() {
        return dir().resolve("queries");
    }
}
