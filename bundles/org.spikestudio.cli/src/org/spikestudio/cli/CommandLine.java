// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Parses the arguments of {@code spikestudio <command>} and dispatches them. Kept free of OSGi so
 * it can be tested and reused as plain Java; {@link SpikestudioApplication} is the OSGi entry.
 */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;
    private final String version;
    private boolean stderrIsTerminal;
    private BooleanSupplier interruptToken;

    /**
     * @param version the Spikestudio version to report, e.g. {@code 0.1.0.202611251910}
     */
    public CommandLine(PrintStream out, PrintStream err, String version) {
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /** Whether stderr is a terminal: the progress bar is shown by default only then. */
    public CommandLine stderrIsTerminal(boolean terminal) {
        this.stderrIsTerminal = terminal;
        return this;
    }

    /**
     * Replaces Ctrl-C by this token as the way to stop a run (for tests and embedding); by default the
     * process's SIGINT is used.
     */
    public CommandLine interruptToken(BooleanSupplier token) {
        this.interruptToken = token;
        return this;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    String version() {
        return version;
    }

    boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /** The cancellation token of a run: Ctrl-C or SIGTERM, unless a token was given. */
    Interrupts interrupts(java.util.function.Consumer<String> onFirst) {
        if (interruptToken == null) {
            return Interrupts.install(onFirst);
        }
        return Interrupts.polling(interruptToken, onFirst);
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
        try {
            return switch (command) {
                case "run" -> usage(RunCommand.USAGE, () -> RunCommand.run(options, this));
                case "validate" -> usage(ValidateCommand.USAGE, () -> ValidateCommand.run(options, this));
                case "info" -> usage(InfoCommand.USAGE, () -> InfoCommand.run(options, this));
                case "export" -> usage(ExportCommand.USAGE, () -> ExportCommand.run(options, this));
                case "help", "--help", "-h" -> noOptions(command, options, () -> printUsage(out));
                case "version", "--version" -> noOptions(command, options, this::printVersion);
                default -> {
                    err.println("spikestudio: unknown command '" + command + "'");
                    printUsage(err);
                    yield ExitCode.USAGE;
                }
            };
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not bad input: say so in one line and keep the trace for a report.
            err.println("spikestudio " + command + ": internal error: " + e);
            e.printStackTrace(err);
            return ExitCode.RUNTIME_FAILURE;
        }
    }

    private interface Command {
        ExitCode run() throws Arguments.UsageException;
    }

    private ExitCode usage(String usage, Command command) {
        try {
            return command.run();
        } catch (Arguments.UsageException e) {
            err.println("spikestudio: " + e.getMessage());
            err.println("usage: " + usage + "   (see 'spikestudio help')");
            return ExitCode.USAGE;
        }
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
        stream.println("  run MODEL      simulate a model and write its results and plots");
        stream.println("      --out DIR          results directory (default: results/<model file name without .snn>)");
        stream.println("      --duration MS      simulated time instead of the model's");
        stream.println("      --seed N           random seed instead of the model's");
        stream.println("      --threads N        engine threads (default: one per 20k neurons, at most the cores)");
        stream.println("      --format FORMAT    plots as png (default), svg or both");
        stream.println("      --progress         show the progress bar even when stderr is not a terminal");
        stream.println("      --quiet            print only problems");
        stream.println("    Writes spikes.csv, state-<recorder>.csv, rates.csv, summary.json and the plots raster,");
        stream.println("    potential, input-current, synaptic-current, u-i and rate (those with data).");
        stream.println("    Ctrl-C (or SIGTERM) stops the run and writes what was simulated, marked partial in summary.json.");
        stream.println("  validate MODEL...  check models; diagnostics as file:line: error|warning: message");
        stream.println("  info MODEL     neurons, expected and drawn synapses, memory estimate, steps");
        stream.println("      --seed N           seed for drawing the synapses");
        stream.println("      --no-build         do not draw the synapses (only the expected counts)");
        stream.println("  export MODEL   write the model for Brian2, PyNN or NeuroML (with the drawn network)");
        stream.println("      --to TARGET        brian2, pynn or neuroml");
        stream.println("      -o, --out DIR      output directory (default: export/<model>-<target>)");
        stream.println("      --seed N           seed that draws the exported network");
        stream.println("      --connections list|rules  drawn connection list (default) or the rules");
        stream.println("  version        print the Spikestudio and Java versions");
        stream.println("  help           show this help");
        stream.println();
        stream.println("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            stream.printf("  %-4d %s%n", code.code(), code.meaning());
        }
    }
}
