// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikestudio.expression.units.Quantities;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.plots.ImageFormat;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.sim.run.RunListener;
import org.spikestudio.sim.run.RunOutcome;
import org.spikestudio.sim.run.RunPipeline;
import org.spikestudio.sim.run.RunRequest;
import org.spikestudio.sim.run.RunSettings;
import org.spikestudio.sim.run.RunSummary;

/**
 * {@code spikestudio run MODEL}: parses the options, runs the model through {@link RunPipeline}
 * (which validates, simulates, and writes spikes, states, rates, a summary and plots into one
 * directory, all or nothing), shows its progress and maps its outcome to messages and an exit code.
 * Ctrl-C stops the simulation; what was simulated is written and marked partial.
 */
final class RunCommand {

    static final String USAGE = "spikestudio run MODEL [--out DIR] [--duration MS] [--seed N] [--threads N]"
            + " [--format png|svg|both] [--quiet] [--progress]";

    /** How to give the launcher's JVM more heap. */
    static final String HEAP_HINT = " With ./spikestudio: SPIKESTUDIO_JAVA_OPTS=-Xmx<size> ./spikestudio ...";

    private RunCommand() {
    }

    static ExitCode run(String[] args, CommandLine cli) throws Arguments.UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--out", "--duration", "--seed", "--threads", "--format"),
                Set.of("--quiet", "--progress"));
        if (arguments.positional().size() != 1) {
            throw new Arguments.UsageException(arguments.positional().isEmpty() ? "no model file given"
                    : "one model file expected, got " + arguments.positional().size() + ": "
                            + String.join(" ", arguments.positional()));
        }
        String name = arguments.positional().get(0);
        Path modelFile = Path.of(name);
        Set<ImageFormat> formats;
        try {
            formats = RunSettings.formats("option --format", arguments.value("--format"));
        } catch (RunSettings.InvalidSettingException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        RunOptions options = RunOptions.defaults();
        Long seed = arguments.longValue("--seed");
        if (seed != null) {
            options = options.withSeed(seed);
        }
        Double duration = arguments.positiveDouble("--duration");
        if (duration != null) {
            options = options.withDuration(duration);
        }
        Integer threads = arguments.positiveInt("--threads");
        if (threads != null) {
            String warning = RunSettings.threadsWarning("--threads", threads);
            if (warning != null) {
                cli.err().println("spikestudio: " + warning);
            }
            options = options.withThreads(RunSettings.threadsForCores(threads));
        }
        boolean quiet = arguments.has("--quiet");
        boolean progress = arguments.has("--progress") || !quiet && cli.stderrIsTerminal();
        if (arguments.has("--out") && arguments.value("--out").isBlank()) {
            throw new Arguments.UsageException("option --out needs a directory");
        }
        Path outDir = arguments.has("--out") ? Path.of(arguments.value("--out"))
                : Path.of("results", ModelInput.baseName(modelFile));
        PrintStream err = cli.err();

        RunRequest request = new RunRequest(modelFile, name, outDir, options, formats, cli.version());
        RunPipeline pipeline = new RunPipeline(request);
        Feedback feedback = new Feedback(cli, !quiet, progress, pipeline);
        RunOutcome outcome;
        try {
            outcome = pipeline.run(feedback, feedback::cancelled);
        } finally {
            feedback.close();
        }
        return exitCode(outcome, name, quiet, cli);
    }

    /** Prints what the outcome means and returns its exit code. */
    private static ExitCode exitCode(RunOutcome outcome, String name, boolean quiet, CommandLine cli)
            throws Arguments.UsageException {
        PrintStream err = cli.err();
        switch (outcome.status()) {
            case UNREADABLE -> {
                ModelInput.print(outcome.problems(), err);
                return ExitCode.INVALID_MODEL;
            }
            case INVALID -> {
                ModelInput.print(outcome.problems(), err);
                long errors = outcome.problems().stream().filter(ModelProblem::isError).count();
                err.println(name + ": " + ModelInput.plural(errors, "error") + "; the model was not run");
                return ExitCode.INVALID_MODEL;
            }
            case BAD_OPTIONS -> throw new Arguments.UsageException(outcome.message());
            case REFUSED -> {
                err.println(name + ": error: " + outcome.message());
                return ExitCode.INVALID_MODEL;
            }
            case SOURCE_UNREADABLE -> {
                err.println(name + ": error: " + outcome.message());
                return ExitCode.RUNTIME_FAILURE;
            }
            case TOO_LARGE -> {
                err.println(name + ": error: " + outcome.message() + HEAP_HINT);
                return ExitCode.RUNTIME_FAILURE;
            }
            case WRITE_FAILED -> {
                err.println("spikestudio run: error: " + outcome.message() + "; no results were written");
                return ExitCode.RUNTIME_FAILURE;
            }
            default -> {
                // COMPLETED, PARTIAL, NON_FINITE: the results are in place.
            }
        }
        SimulationResult result = outcome.result();
        if (!quiet) {
            cli.out().print(RunSummary.text(result, outcome.directory(), outcome.files()));
        }
        if (outcome.status() == RunOutcome.Status.NON_FINITE) {
            for (String problem : outcome.messages()) {
                err.println(name + ": error: " + problem);
            }
            err.println(name + ": the results were written for inspection, but they are not valid");
            return ExitCode.RUNTIME_FAILURE;
        }
        if (outcome.status() == RunOutcome.Status.PARTIAL) {
            err.printf(Locale.ROOT, "spikestudio: the run was interrupted at %s of %s ms; the results are partial"
                    + " (\"partial\": true in summary.json)%n", Quantities.exact(result.info().simulatedMs()),
                    Quantities.exact(result.info().requestedDurationMs()));
            return ExitCode.INTERRUPTED;
        }
        return ExitCode.OK;
    }

    /**
     * The run's feedback on the terminal: warnings, the "Simulating" line, the progress bar, and
     * Ctrl-C, which is taken over once the results folder is open (before, it stops the process as
     * usual).
     */
    private static final class Feedback implements RunListener, AutoCloseable {
        private final CommandLine cli;
        private final PrintStream err;
        private final boolean verbose;
        private final boolean progress;
        private final RunPipeline pipeline;
        private final AtomicBoolean writing = new AtomicBoolean();
        private volatile Interrupts interrupts;
        private ProgressBar bar;

        Feedback(CommandLine cli, boolean verbose, boolean progress, RunPipeline pipeline) {
            this.cli = cli;
            this.err = cli.err();
            this.verbose = verbose;
            this.progress = progress;
            this.pipeline = pipeline;
        }

        boolean cancelled() {
            Interrupts i = interrupts;
            return i != null && i.getAsBoolean();
        }

        @Override
        public void compiled(CompiledNetwork network) {
            ModelInput.print(network.warnings(), err);
        }

        @Override
        public void starting(CompiledNetwork network) {
            interrupts = cli.interrupts(signal -> err.print("\nspikestudio: "
                    + (signal.equals("TERM") ? "terminated (SIGTERM)" : "interrupted") + (writing.get()
                            ? "; finishing writing the results (Ctrl-C again to quit at once; results not yet"
                                    + " in place are discarded)\n"
                            : "; stopping and writing what was simulated (Ctrl-C again to quit at once)\n")));
            // A second Ctrl-C or SIGTERM quits at once: never leave the staged half of a result behind.
            interrupts.beforeQuitting(pipeline::abandon);
            if (verbose) {
                err.println(RunSummary.simulating(network));
            }
        }

        @Override
        public void simulating(CompiledNetwork network) {
            bar = new ProgressBar(err, network.dt(), System::nanoTime);
        }

        @Override
        public void progress(long stepsDone, long stepsTotal) {
            if (progress && bar != null) {
                bar.progress(stepsDone, stepsTotal);
            }
        }

        @Override
        public void simulated() {
            if (bar != null) {
                bar.finish();
            }
            writing.set(true);
        }

        /** Gives Ctrl-C back to the process. */
        @Override
        public void close() {
            if (interrupts != null) {
                interrupts.close();
            }
        }
    }
}
