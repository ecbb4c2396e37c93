package org.diplomacykg.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether progress may be drawn as a bar that redraws itself, and how wide. Only when a person
 * is watching: the JVM has a console and standard error (where progress goes, so standard output
 * stays clean for pipes) is a terminal too. A bar's carriage returns would litter a log file.
 */
public record Terminal(boolean interactive, int columns) {
    /** Set by the kg launcher from the shell's own {@code [[ -t 2 ]]} and {@code stty size}. */
    static final String TTY_PROPERTY = "kg.stderr.tty";
    static final String COLUMNS_PROPERTY = "kg.columns";
    static final int DEFAULT_COLUMNS = 80;

    /** Not a terminal: plain lines. */
    public static final Terminal NONE = new Terminal(false, DEFAULT_COLUMNS);

    public static Terminal detect() {
        boolean interactive = System.console() != null && stderrIsTerminal() && !"dumb".equals(System.getenv("TERM"));
        return new Terminal(interactive, detectColumns());
    }

    /**
     * Java 17 cannot ask about standard error itself: the launcher tells; without it (the jar run
     * directly) Linux shows where descriptor 2 points; elsewhere the console is taken to hold it.
     */
    private static boolean stderrIsTerminal() {
        String told = System.getProperty(TTY_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return true;
            }
        }
        return true;
    }

    private static int detectColumns() {
        for (String v : new String[] {System.getProperty(COLUMNS_PROPERTY), System.getenv("COLUMNS")}) {
            try {
                if (v != null && Integer.parseInt(v.trim()) >= 20) {
                    return Integer.parseInt(v.trim());
                }
            } catch (NumberFormatException e) {
                // not a width: try the next source
            }
        }
        return DEFAULT_COLUMNS;
    }
}
