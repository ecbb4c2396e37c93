package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.testkit.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg serve --watch DIR} refuses what it cannot watch before it opens or builds anything. */
class ServeWatchOptionsTest {
    @TempDir
    Path dir;

    static String[] run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void aMissingWatchedFolderIsNamed() {
        Path store = dir.resolve("store");
        Path missing = dir.resolve("incoming");
        String[] r = run("serve", "--port", "0", "--store", store.toString(), "--input", SeedStore.seeds().toString(), "--watch", missing.toString());
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("kg serve: " + missing + ": watched folder does not exist"), r[1]);
        assertFalse(Files.exists(store), "nothing was opened or built");
    }

    @Test
    void watchingAStoreOfUnknownInputNeedsItsInputFolder() throws Exception {
        Path store = dir.resolve("store");
        Path watched = Files.createDirectories(dir.resolve("incoming"));
        String[] r = run("serve", "--port", "0", "--store", store.toString(), "--watch", watched.toString());
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("--watch with --store needs --input too"), r[1]);
        assertFalse(Files.exists(store), "nothing was opened or built");
    }

    @Test
    void theHelpDescribesWatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("serve", "--help"));
        } finally {
            System.setOut(old);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--watch=DIR") && help.contains("POST /kg/build"), help);
    }
}
