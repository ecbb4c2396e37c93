package org.diplomacykg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: build, serve, query and dump the diplomacy knowledge graph. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "kg 0.1.0",
        description = "Builds a knowledge graph of diplomacy news into an embedded TDB2 store and serves it with Fuseki.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, DumpCommand.class, ValidateCommand.class, PushCommand.class,
                CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, query, dump or validate");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 on success, 1 on a failed command, 2 on bad usage. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, with error messages going to {@code err}. */
    public static int run(java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("kg " + cmd.getCommandName() + ": " + Errors.message(e));
            if (System.getenv("KG_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl.execute(args);
    }
}
