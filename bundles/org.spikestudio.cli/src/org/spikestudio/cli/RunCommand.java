// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.model.Network;
import org.spikestudio.model.validation.NetworkSize;
import org.spikestudio.plots.ImageFormat;
import org.spikestudio.plots.ResultPlots;
import org.spikestudio.sim.InvalidModelException;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.PopulationResult;
import org.spikestudio.sim.RunOptions;
import org.spikestudio.sim.SimulationResult;
import org.spikestudio.sim.output.ModelSource;
import org.spikestudio.sim.output.OutputDirectory;
import org.spikestudio.sim.output.ResultFiles;

/**
 * {@code spikestudio run MODEL}: validates, simulates, and writes spikes, states, rates, a summary
 * and plots into one directory, all or nothing. Ctrl-C stops the simulation; what was simulated is
 * written and marked partial.
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
        Set<ImageFormat> formats = formats(arguments.value("--format"));
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
            // More threads than cores only spin at the step barrier; the spikes are the same for any count.
            int cores = Runtime.getRuntime().availableProcessors();
            if (threads > cores) {
                cli.err().println("spikestudio: --threads " + threads + " is more than the " + cores
                        + " available cores; using " + cores);
                threads = cores;
            }
            options = options.withThreads(threads);
        }
        boolean quiet = arguments.has("--quiet");
        boolean progress = arguments.has("--progress") || !quiet && cli.stderrIsTerminal();
        if (arguments.has("--out") && arguments.value("--out").isBlank()) {
            throw new Arguments.UsageException("option --out needs a directory");
        }
        Path outDir = arguments.has("--out") ? Path.of(arguments.value("--out"))
                : Path.of("results", ModelInput.baseName(modelFile));
        PrintStream err = cli.err();

        Network network = ModelInput.load(modelFile, err);
        if (network == null) {
            return ExitCode.INVALID_MODEL;
        }
        ModelRun run;
        try {
            run = ModelRun.prepare(network, name, options);
        } catch (InvalidModelException e) {
            ModelInput.print(e.problems(), err);
            err.println(name + ": " + ModelInput.plural(e.errorCount(), "error") + "; the model was not run");
            return ExitCode.INVALID_MODEL;
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        ModelInput.print(run.compiled().warnings(), err);
        ModelSource source;
        try {
            source = ModelSource.of(modelFile);
        } catch (IOException e) {
            err.println(name + ": error: cannot read the model file: " + e.getMessage());
            return ExitCode.RUNTIME_FAILURE;
        }

        AtomicBoolean writing = new AtomicBoolean();
        try (OutputDirectory out = OutputDirectory.open(outDir);
                Interrupts interrupts = cli.interrupts(signal -> err.print("\nspikestudio: "
                        + (signal.equals("TERM") ? "terminated (SIGTERM)" : "interrupted") + (writing.get()
                                ? "; finishing writing the results (Ctrl-C again to quit at once; results not yet"
                                        + " in place are discarded)\n"
                                : "; stopping and writing what was simulated (Ctrl-C again to quit at once)\n")))) {
            // A second Ctrl-C or SIGTERM quits at once: never leave the staged half of a result behind.
            interrupts.beforeQuitting(out::abort);
            if (!quiet) {
                err.printf(Locale.ROOT, "Simulating %s: %,d neurons, %,d synapses expected, %s ms (%,d steps), seed %d%n",
                        network.getName(), run.compiled().neurons(), run.compiled().expectedSynapses(),
                        InfoCommand.num(run.compiled().durationMs()), run.compiled().steps(), run.compiled().seed());
            }
            try {
                run.build();
            } catch (IllegalArgumentException e) {
                err.println(name + ": error: " + e.getMessage());
                return ExitCode.INVALID_MODEL;
            }
            ProgressBar bar = new ProgressBar(err, run.compiled().dt(), System::nanoTime);
            SimulationResult result;
            try {
                result = run.run(progress ? bar : (done, total) -> { }, interrupts);
            } catch (IllegalArgumentException e) {
                // A limit only the run can check (e.g. the size of a recording): the model asks too much.
                bar.finish();
                err.println(name + ": error: " + e.getMessage());
                return ExitCode.INVALID_MODEL;
            }
            bar.finish();
            writing.set(true);
            List<String> files = new ArrayList<>();
            for (Path p : ResultFiles.writeData(result, out.staging())) {
                files.add(p.getFileName().toString());
            }
            for (Path p : ResultPlots.write(result, out.staging(), formats)) {
                files.add(p.getFileName().toString());
            }
            files.add(ResultFiles.SUMMARY);
            ResultFiles.writeSummary(result, source, cli.version(), files, out.staging());
            List<Path> written = out.commit();
            if (!quiet) {
                printSummary(result, out.directory(), written, cli.out());
            }
            List<String> nonFinite = run.nonFinitePotentials();
            if (!nonFinite.isEmpty()) {
                for (String problem : nonFinite) {
                    err.println(name + ": error: " + problem);
                }
                err.println(name + ": the results were written for inspection, but they are not valid");
                return ExitCode.RUNTIME_FAILURE;
            }
            if (result.info().partial()) {
                err.printf(Locale.ROOT, "spikestudio: the run was interrupted at %s of %s ms; the results are partial"
                        + " (\"partial\": true in summary.json)%n", InfoCommand.num(result.info().simulatedMs()),
                        InfoCommand.num(result.info().requestedDurationMs()));
                return ExitCode.INTERRUPTED;
            }
            return ExitCode.OK;
        } catch (MemoryLimitExceededException e) {
            err.println(name + ": error: " + e.getMessage() + HEAP_HINT);
            return ExitCode.RUNTIME_FAILURE;
        } catch (OutOfMemoryError e) {
            err.println(name + ": error: out of memory while simulating (estimated "
                    + NetworkSize.formatBytes(run.compiled().estimatedMemoryBytes())
                    + "); reduce the network or its recordings, or give Java more heap (-Xmx)." + HEAP_HINT);
            return ExitCode.RUNTIME_FAILURE;
        } catch (IOException | UncheckedIOException e) {
            err.println("spikestudio run: error: " + e.getMessage() + "; no results were written");
            return ExitCode.RUNTIME_FAILURE;
        }
    }

    private static Set<ImageFormat> formats(String value) throws Arguments.UsageException {
        if (value == null || value.equals("png")) {
            return EnumSet.of(ImageFormat.PNG);
        }
        return switch (value) {
            case "svg" -> EnumSet.of(ImageFormat.SVG);
            case "both" -> EnumSet.of(ImageFormat.PNG, ImageFormat.SVG);
            default -> throw new Arguments.UsageException("option --format: '" + value
                    + "' is not one of png, svg, both");
        };
    }

    private static void printSummary(SimulationResult result, Path dir, List<Path> files, PrintStream out) {
        var info = result.info();
        out.printf(Locale.ROOT, "%s: %s ms simulated%s in %.2f s (network built in %.2f s, %d thread%s)%n",
                info.modelName(), InfoCommand.num(info.simulatedMs()), info.partial() ? " (partial)" : "",
                info.runNanos() / 1e9, info.buildNanos() / 1e9, info.threads(), info.threads() == 1 ? "" : "s");
        int width = Math.max(10, result.populations().stream().mapToInt(p -> p.name().length()).max().orElse(0));
        out.printf(Locale.ROOT, "  %-" + width + "s  %-10s %8s %10s %10s %7s%n", "population", "type", "size", "spikes",
                "rate (Hz)", "CV ISI");
        for (PopulationResult p : result.populations()) {
            var s = p.statistics();
            out.printf(Locale.ROOT, "  %-" + width + "s  %-10s %,8d %,10d %10.2f %7s%n", p.name(),
                    p.type().name().toLowerCase(Locale.ROOT), p.size(), s.spikeCount(), s.meanRateHz(),
                    Double.isNaN(s.cvIsi()) ? "-" : String.format(Locale.ROOT, "%.3f", s.cvIsi()));
        }
        out.println("Results in " + dir + ":");
        StringBuilder line = new StringBuilder(" ");
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (line.length() + n.length() > 90) {
                out.println(line);
                line = new StringBuilder(" ");
            }
            line.append(' ').append(n);
        }
        out.println(line);
    }
}
