// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Parses the arguments of {@code spikestudio <command>} and dispatches them. Kept free of OSGi so
 * it can be tested and reused as plain Java; {@link SpikestudioApplication} is the OSGi entry.
 */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;
    private final String version;

    /**
     * @param version the Spikestudio version to report, e.g. {@code 0.1.0.202611251910}
     */
    public CommandLine(PrintStream out, PrintStream err, String version) {
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /** Runs the command named by {@code args[0]} and returns the process exit code. */
    public ExitCode run(String... args) {
        if (args.length == 0) {
            err.println("spikestudio: no command given");
            printUsage(err);
            return ExitCode.USAGE;
        }
        String command = args[0];
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "help", "--help", "-h" -> noOptions(command, options, () -> printUsage(out));
            case "version", "--version" -> noOptions(command, options, this::printVersion);
            default -> {
                err.println("spikestudio: unknown command '" + command + "'");
                printUsage(err);
                yield ExitCode.USAGE;
            }
        };
    }

    private ExitCode noOptions(String command, String[] options, Runnable action) {
        if (options.length > 0) {
            err.println("spikestudio " + command + ": unexpected argument '" + options[0] + "'");
            return ExitCode.USAGE;
        }
        action.run();
        return ExitCode.OK;
    }

    private void printVersion() {
        out.println("Spikestudio " + version);
        out.println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    }

    private void printUsage(PrintStream stream) {
        stream.println("Usage: spikestudio <command> [options]");
        stream.println();
        stream.println("Commands:");
        stream.println("  version    print the Spikestudio and Java versions");
        stream.println("  help       show this help");
        stream.println();
        stream.println("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            stream.printf("  %-4d %s%n", code.code(), code.meaning());
        }
    }
}
