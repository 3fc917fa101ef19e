// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.spikestudio.engine.Limits;
import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.engine.ModelRefusedException;
import org.spikestudio.engine.Simulation;
import org.spikestudio.model.Network;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.model.resource.ModelLoadException;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.plots.ResultPlots;
import org.spikestudio.results.ModelSource;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.InvalidModelException;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.output.OutputDirectory;
import org.spikestudio.sim.run.RunOutcome.Status;

/**
 * A model file to a results folder, the one way every front end runs a model (the command line, a
 * launch configuration, a sweep): load, validate and compile, open the results folder (a staging
 * folder inside it), build the network with its memory pre-flight, simulate with progress,
 * cancellation and, for a listener that {@linkplain RunListener#wantsSpikes() wants them}, spike batches
 * ({@link SpikeFeed}), write the data files, the plots and summary.json into the staging folder, move them
 * in place all at once, and check that every membrane potential stayed finite. Bad input and
 * failures come back as a {@link RunOutcome}, never as an exception; an exception is a bug.
 * <p>
 * One instance per run. {@link #abandon} may be called from another thread (e.g. a second Ctrl-C)
 * to discard the staged results at once.
 */
public final class RunPipeline {

    private final RunRequest request;
    private final long batchIntervalNanos;
    private volatile OutputDirectory output;

    public RunPipeline(RunRequest request) {
        this(request, SpikeFeed.DEFAULT_INTERVAL_NANOS);
    }

    /** With another least wall time between two spike batches (tests: 0 for one batch per block). */
    RunPipeline(RunRequest request, long batchIntervalNanos) {
        this.request = request;
        this.batchIntervalNanos = batchIntervalNanos;
    }

    /**
     * Runs the request. When {@code cancelled} turns true during the simulation, the run stops within
     * one block of steps and what was simulated is written ({@link Status#PARTIAL}).
     */
    public RunOutcome run(RunListener listener, BooleanSupplier cancelled) {
        Path directory = request.outputDirectory().toAbsolutePath().normalize();
        Network network;
        try {
            network = ModelFiles.load(request.model());
        } catch (ModelLoadException e) {
            return new RunOutcome(Status.UNREADABLE, e.problems(), List.of(), null, null, directory, List.of());
        }
        ModelRun run;
        try {
            run = ModelRun.prepare(network, request.modelLabel(), request.options());
        } catch (InvalidModelException e) {
            return new RunOutcome(Status.INVALID, e.problems(), List.of(), null, null, directory, List.of());
        } catch (IllegalArgumentException e) {
            // The compiler reports the model's own problems as InvalidModelException: this is an override.
            return new RunOutcome(Status.BAD_OPTIONS, List.of(), List.of(e.getMessage()), null, null, directory,
                    List.of());
        }
        CompiledNetwork compiled = run.compiled();
        listener.compiled(compiled);
        ModelSource source;
        try {
            source = ModelSource.of(request.model());
        } catch (IOException e) {
            return failure(Status.SOURCE_UNREADABLE, "cannot read the model file: " + e.getMessage(), compiled,
                    directory);
        }
        try (OutputDirectory out = OutputDirectory.open(request.outputDirectory())) {
            output = out;
            listener.starting(compiled);
            Simulation simulation;
            try {
                simulation = run.build();
            } catch (ModelRefusedException e) {
                return failure(Status.REFUSED, e.getMessage(), compiled, directory);
            }
            listener.simulating(compiled);
            SimulationResult result;
            try {
                if (listener.wantsSpikes()) {
                    SpikeFeed feed = new SpikeFeed(compiled, simulation, listener, batchIntervalNanos);
                    result = run.run(feed, cancelled);
                    feed.finish();
                } else {
                    result = run.run(listener, cancelled);
                }
            } catch (ModelRefusedException e) {
                // A limit only the run can check (e.g. the size of a recording): the model asks too much.
                listener.simulated();
                return failure(Status.REFUSED, e.getMessage(), compiled, directory);
            }
            listener.simulated();
            List<Path> written = write(result, source, out);
            List<String> nonFinite = run.nonFinitePotentials();
            Status status = !nonFinite.isEmpty() ? Status.NON_FINITE
                    : result.info().partial() ? Status.PARTIAL : Status.COMPLETED;
            return new RunOutcome(status, compiled.warnings(), nonFinite, compiled, result, out.directory(),
                    written);
        } catch (MemoryLimitExceededException e) {
            return failure(Status.TOO_LARGE, e.getMessage(), compiled, directory);
        } catch (OutOfMemoryError e) {
            return failure(Status.TOO_LARGE, "out of memory while simulating (estimated "
                    + Limits.formatBytes(compiled.estimatedMemoryBytes())
                    + "); reduce the network or its recordings, or give Java more heap (-Xmx).", compiled, directory);
        } catch (IOException | UncheckedIOException e) {
            return failure(Status.WRITE_FAILED, e.getMessage(), compiled, directory);
        } finally {
            output = null;
        }
    }

    /** Data files, plots and summary.json into the staging folder, then all moved in place. */
    private List<Path> write(SimulationResult result, ModelSource source, OutputDirectory out) throws IOException {
        List<String> files = new ArrayList<>();
        for (Path p : ResultFiles.writeData(result, out.staging())) {
            files.add(p.getFileName().toString());
        }
        for (Path p : ResultPlots.write(result, out.staging(), request.formats())) {
            files.add(p.getFileName().toString());
        }
        files.add(ResultFiles.SUMMARY);
        ResultFiles.writeSummary(result, source, request.spikestudioVersion(), files, out.staging());
        return out.commit();
    }

    private static RunOutcome failure(Status status, String message, CompiledNetwork compiled, Path directory) {
        List<ModelProblem> warnings = compiled == null ? List.of() : compiled.warnings();
        return new RunOutcome(status, warnings, List.of(message), compiled, null, directory, List.of());
    }

    /**
     * Discards what this run staged and not yet moved in place, at once, from any thread (the process
     * is about to quit); the folder keeps its previous result. Does nothing outside {@link #run}.
     */
    public void abandon() {
        OutputDirectory out = output;
        if (out != null) {
            out.abort();
        }
    }
}
