package org.diplomacykg.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code kg} CLI in a child JVM, as a user would, and keeps its exit code and output. */
final class ChildKg {
    record Result(int code, String out, String err) {
        /** The non-blank lines of stderr, but for the build's progress lines, which are not errors. */
        List<String> errLines() {
            return errorLines(err);
        }
    }

    /** The non-blank lines of a command's stderr that are not progress ({@code progress: ...}, see ProgressReporter). */
    static List<String> errorLines(String err) {
        return err.lines().filter(l -> !l.isBlank() && !l.startsWith("progress: ")).toList();
    }

    private ChildKg() {
    }

    /** Starts {@code mainClass} from the test class path in a child JVM, its output (both streams) going to {@code log}; the caller ends it. */
    static Process start(Path log, String mainClass, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("KG_DEBUG");
        return pb.start();
    }

    static Result run(Path logDir, String... args) throws IOException, InterruptedException {
        return run(logDir, 180, args);
    }

    /** As {@link #run(Path, String...)}, killing the child after {@code seconds}. */
    static Result run(Path logDir, long seconds, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.diplomacykg.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(logDir, "kg-", ".out");
        Path err = Files.createTempFile(logDir, "kg-", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("KG_DEBUG");
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(20, TimeUnit.SECONDS);
            throw new IllegalStateException("kg " + String.join(" ", args) + " did not finish in " + seconds + " s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
