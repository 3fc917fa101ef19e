// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.spikestudio.engine.MemoryLimitExceededException;
import org.spikestudio.engine.NetworkBuilder;
import org.spikestudio.engine.ProgressListener;
import org.spikestudio.engine.RunReport;
import org.spikestudio.engine.Simulation;
import org.spikestudio.engine.SpikeRecord;
import org.spikestudio.model.AdExModel;
import org.spikestudio.model.IzhikevichModel;
import org.spikestudio.model.LifModel;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.labels.ModelLabels;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.ProjectionSummary;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RunInfo;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeStatistics;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/**
 * One run of a model: {@link #prepare} validates and compiles it, {@link #build} draws the network,
 * {@link #run} simulates and collects a {@link SimulationResult}. Not thread-safe; the progress
 * listener and the cancellation token are called on the running thread.
 */
public final class ModelRun {

    private final CompiledNetwork compiled;
    private Simulation simulation;
    private long buildNanos;

    private ModelRun(CompiledNetwork compiled) {
        this.compiled = compiled;
    }

    /**
     * @param file the model file's name for messages
     * @throws InvalidModelException listing the validation errors (and warnings) when it has errors
     */
    public static ModelRun prepare(Network network, String file, RunOptions options) throws InvalidModelException {
        return new ModelRun(ModelCompiler.compile(network, file, options));
    }

    public CompiledNetwork compiled() {
        return compiled;
    }

    /**
     * Draws the synapses and allocates the state; called by {@link #run} when not done before.
     *
     * @throws org.spikestudio.engine.MemoryLimitExceededException when the network would not fit
     */
    public Simulation build() {
        if (simulation == null) {
            // The engine checks the network; the recordings of the whole run come on top, and a run that
            // cannot hold them should fail now, not after simulating.
            long estimate = compiled.estimatedMemoryBytes();
            long limit = memoryLimit();
            if (estimate > limit) {
                throw new MemoryLimitExceededException("The network with its recordings over " + compiled.steps()
                        + " steps", estimate, limit);
            }
            long start = System.nanoTime();
            simulation = compiled.builder().build();
            buildNanos = System.nanoTime() - start;
        }
        return simulation;
    }

    private long memoryLimit() {
        return compiled.memoryLimitBytes() != null ? compiled.memoryLimitBytes() : NetworkBuilder.availableHeap();
    }

    /**
     * Populations whose membrane potential is NaN or infinite after the run, one sentence each;
     * empty when all are finite. A non-finite value never recovers (NaN never crosses a threshold),
     * so checking the end of the run finds any input or parameter that produced one, also beyond the
     * time points the validator samples (e.g. with a longer {@code --duration}).
     */
    public List<String> nonFinitePotentials() {
        List<String> problems = new ArrayList<>();
        if (simulation == null) {
            return problems;
        }
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : compiled.populations().entrySet()) {
            org.spikestudio.engine.Population engine = e.getValue();
            int bad = 0;
            int first = -1;
            for (int i = 0; i < engine.size(); i++) {
                if (!Double.isFinite(simulation.potential(engine, i))) {
                    bad++;
                    first = first < 0 ? i : first;
                }
            }
            if (bad > 0) {
                problems.add(String.format(java.util.Locale.ROOT,
                        "Population '%s': the membrane potential of %d of %d neurons (first: neuron %d) is not a finite"
                                + " number at %s ms; an input or parameter produced NaN or infinity",
                        e.getKey().getName(), bad, engine.size(), first,
                        Double.toString(CompiledNetwork.millis(simulation.stepsDone(), compiled.dt()))));
            }
        }
        return problems;
    }

    /** The number of synapses drawn for a model projection; builds the network first. */
    public long synapses(Projection projection) {
        Simulation sim = build();
        return compiled.projections().get(projection).stream().mapToLong(sim::synapseCount).sum();
    }

    /**
     * Simulates the model's duration (or the option's), then collects the result. When
     * {@code cancelled} turns true the run stops within one block of steps and the result holds what
     * was simulated so far, marked partial.
     */
    public SimulationResult run(ProgressListener progress, BooleanSupplier cancelled) {
        Simulation sim = build();
        RunReport report = sim.run(compiled.steps(), progress, cancelled);
        return collect(report);
    }

    private SimulationResult collect(RunReport report) {
        Simulation sim = simulation;
        double dt = compiled.dt();
        long steps = sim.stepsDone();
        double simulatedMs = CompiledNetwork.millis(steps, dt);
        List<PopulationResult> populations = new ArrayList<>();
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : compiled.populations().entrySet()) {
            Population model = e.getKey();
            org.spikestudio.engine.Population engine = e.getValue();
            long count = sim.spikeCount(engine);
            double rate = steps == 0 ? 0 : count / (engine.size() * simulatedMs / 1000.0);
            SpikeTrains trains = null;
            double cv = Double.NaN;
            int inCv = 0;
            if (compiled.spikeRecorded().contains(model)) {
                SpikeRecord record = sim.spikes(engine);
                trains = new SpikeTrains(record.steps(), record.neurons());
                double[] cvAndNeurons = SpikeStatistics.meanCvIsi(trains, engine.size());
                cv = cvAndNeurons[0];
                inCv = (int) cvAndNeurons[1];
            }
            populations.add(new PopulationResult(model.getId(), model.getName(),
                    model.getType() == org.spikestudio.model.PopulationType.INHIBITORY ? PopulationType.INHIBITORY
                            : PopulationType.EXCITATORY,
                    engine.size(), ModelLabels.of(model.getNeuronModel()), spikeThreshold(model), trains,
                    new PopulationStatistics(count, rate, cv, inCv)));
        }
        // The model's rate recorders, then a default rate (1 ms bins) for every population without one.
        List<RateTrace> rates = new ArrayList<>();
        for (CompiledNetwork.RateRecording r : compiled.rates()) {
            Population p = r.population();
            org.spikestudio.engine.Population engine = compiled.populations().get(p);
            rates.add(SpikeStatistics.rate(r.recorderId(), r.recorder(), p.getId(), p.getName(), engine.size(),
                    sim.spikeCountsPerStep(engine), steps, r.binSteps(), dt));
        }
        int defaultBin = RateTrace.binSteps(RateTrace.DEFAULT_BIN_MS, dt);
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : compiled.populations().entrySet()) {
            Population p = e.getKey();
            if (compiled.rates().stream().noneMatch(r -> r.population() == p)) {
                rates.add(SpikeStatistics.rate(null, null, p.getId(), p.getName(), e.getValue().size(),
                        sim.spikeCountsPerStep(e.getValue()), steps, defaultBin, dt));
            }
        }
        List<StateTrace> states = new ArrayList<>();
        for (CompiledNetwork.StateRecording r : compiled.states()) {
            int samples = sim.sampleCount(r.probe());
            int[] sampleSteps = new int[samples];
            for (int s = 0; s < samples; s++) {
                sampleSteps[s] = Math.toIntExact((long) s * r.probe().every());
            }
            states.add(new StateTrace(r.recorderId(), r.recorder(), r.population().getId(), r.population().getName(),
                    r.variable(), r.probe().neurons(), sampleSteps, sim.traces(r.probe())));
        }
        List<ProjectionSummary> projections = new ArrayList<>();
        for (Projection p : compiled.projections().keySet()) {
            projections.add(new ProjectionSummary(p.getId(), p.getName(), p.getSource().getId(),
                    p.getSource().getName(), p.getTarget().getId(), p.getTarget().getName(),
                    compiled.expectedSynapses(p), synapses(p)));
        }
        RunInfo info = new RunInfo(compiled.id(), compiled.name(), compiled.seed(), dt, compiled.durationMs(),
                simulatedMs, steps, report.cancelled() || steps < compiled.steps(), sim.threads(), buildNanos,
                report.nanos(), EngineVersion.get());
        return new SimulationResult(info, populations, projections, states, rates);
    }

    private static double spikeThreshold(Population population) {
        return switch (population.getNeuronModel()) {
            case LifModel lif -> lif.getThreshold();
            case IzhikevichModel izh -> izh.getPeakPotential();
            case AdExModel adex -> adex.getPeakPotential();
            default -> Double.NaN;
        };
    }
}
