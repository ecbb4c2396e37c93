package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg serve refuses bad limits with a message naming the flag, before it builds or opens anything. */
class ServeFlagsTest {
    @TempDir
    Path tmp;

    private String refused(int exitCode, String... flags) {
        Path store = tmp.resolve("never-built");
        String[] args = new String[flags.length + 5];
        System.arraycopy(new String[] {"serve", "--store", store.toString(), "--port", "0"}, 0, args, 0, 5);
        System.arraycopy(flags, 0, args, 5, flags.length);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(err, true), args);
        assertEquals(exitCode, code, err.toString());
        assertFalse(Files.exists(store), "nothing is built or opened before refusing");
        return err.toString();
    }

    @Test
    void badLimitValuesAreRefusedWithAClearMessage() {
        assertTrue(refused(1, "--max-query-bytes", "0").contains("query size cap must be at least 1 byte, not 0"));
        assertTrue(refused(2, "--max-query-bytes", "lots").contains("--max-query-bytes"));
        assertTrue(refused(1, "--max-result-rows", "0").contains("row cap must be at least 1, not 0"));
        assertTrue(refused(1, "--max-result-bytes", "-5").contains("byte cap must be at least 1024 bytes, not -5"));
        String service = refused(1, "--allow-service", "ftp://files.example.org/");
        assertTrue(service.contains("--allow-service 'ftp://files.example.org/' is not an http(s) IRI"), service);
        assertTrue(refused(1, "--allow-service", "https://query.wikidata.org/sparql", "--allow-service", "wikidata").contains("'wikidata'"));
    }
}
