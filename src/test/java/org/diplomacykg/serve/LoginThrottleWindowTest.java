package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.diplomacykg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sliding window and the memory bound of the failed-login count, on a clock the test moves; the limit's flag. */
class LoginThrottleWindowTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);

    LoginThrottle throttle(int limit, int maxClients) {
        return new LoginThrottle(limit, Duration.ofMinutes(1), maxClients, now::get);
    }

    void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aClientWaitsUntilItsOldestFailureLeavesTheWindow() {
        LoginThrottle t = throttle(3, 100);
        t.failed("10.0.0.1");
        advance(Duration.ofSeconds(10));
        t.failed("10.0.0.1");
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.1"), "two of three: it may try again");
        advance(Duration.ofSeconds(10));
        assertEquals(3, t.failed("10.0.0.1"));
        assertEquals(Duration.ofSeconds(40), t.waitFor("10.0.0.1"), "the first failure is 20 s old");
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.2"), "another client is not held up");

        advance(Duration.ofSeconds(40));
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.1"), "the first failure has left the window");
        assertEquals(3, t.failed("10.0.0.1"), "one more failure fills the window again");
        assertEquals(Duration.ofSeconds(10), t.waitFor("10.0.0.1"), "until the second failure is a minute old");

        advance(Duration.ofMinutes(2));
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.1"));
        assertEquals(0, t.clients(), "a client with nothing in the window is forgotten");
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentClient() {
        LoginThrottle t = throttle(2, 100);
        t.failed("blocked");
        t.failed("blocked");
        for (int i = 0; i < 10_000; i++) {
            t.failed("10.1." + (i / 256) + "." + (i % 256));
            if (i % 50 == 0) {
                assertTrue(t.waitFor("blocked").compareTo(Duration.ZERO) > 0, "a client that keeps trying stays remembered");
            }
        }
        assertEquals(100, t.clients());

        advance(Duration.ofMinutes(1));
        t.failed("after");
        assertEquals(1, t.clients(), "expired clients go first when room is needed");
    }

    @Test
    void aLimitBelowOneIsRefusedBeforeAnythingIsOpened(@TempDir Path tmp) {
        assertThrows(IllegalArgumentException.class, () -> throttle(0, 100));
        StringWriter err = new StringWriter();
        Path store = tmp.resolve("never-opened");
        int code = Main.run(new PrintWriter(err, true), "serve", "--auth-failures-per-minute", "0", "--store", store.toString(), "--port", "0");
        assertEquals(1, code);
        assertTrue(err.toString().contains("failed logins per minute must be at least 1, not 0"), err.toString());
        assertFalse(Files.exists(store), "the store was opened");

        StringWriter out = new StringWriter();
        PrintStream old = System.out;
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(help, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(new PrintWriter(out, true), "serve", "--help"));
        } finally {
            System.setOut(old);
        }
        assertTrue(help.toString(StandardCharsets.UTF_8).contains("--auth-failures-per-minute"), help.toString(StandardCharsets.UTF_8));
    }
}
