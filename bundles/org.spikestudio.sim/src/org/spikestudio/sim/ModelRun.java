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

/**
 * One run of a model: {@link #prepare} validates and compiles it, {@link #build} draws the network,
 * {@link #run} simulates and collects a {@link SimulationResult}. Not thread-safe; the progress
 * listener and the cancellation token are called on the running thread.
 */
public final class ModelRun {

    /** Default bin of the population rate of a population without a rate recorder. */
    static final double DEFAULT_RATE_BIN_MS = 1.0;

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
        List<RateTrace> rates = new ArrayList<>();
        Map<String, org.spikestudio.engine.Population> byName = new java.util.HashMap<>();
        int firstIndex = 0;
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : compiled.populations().entrySet()) {
            Population model = e.getKey();
            org.spikestudio.engine.Population engine = e.getValue();
            byName.put(model.getName(), engine);
            long count = sim.spikeCount(engine);
            double rate = steps == 0 ? 0 : count / (engine.size() * simulatedMs / 1000.0);
            SpikeTrains trains = null;
            double cv = Double.NaN;
            int inCv = 0;
            if (compiled.spikeRecorded().contains(model)) {
                SpikeRecord record = sim.spikes(engine);
                double[] times = new double[record.count()];
                for (int k = 0; k < times.length; k++) {
                    times[k] = record.steps()[k] * dt;
                }
                trains = new SpikeTrains(times, record.neurons());
                double[] cvAndNeurons = SpikeStatistics.meanCvIsi(trains, engine.size(), dt);
                cv = cvAndNeurons[0];
                inCv = (int) cvAndNeurons[1];
            }
            populations.add(new PopulationResult(model.getName(),
                    model.getType() == org.spikestudio.model.PopulationType.INHIBITORY ? PopulationType.INHIBITORY
                            : PopulationType.EXCITATORY,
                    engine.size(), firstIndex, ModelLabels.of(model.getNeuronModel()), spikeThreshold(model), trains,
                    new PopulationStatistics(count, rate, cv, inCv)));
            firstIndex += engine.size();
        }
        // The model's rate recorders, then a default rate (1 ms bins) for every population without one.
        for (CompiledNetwork.RateRecording r : compiled.rates()) {
            org.spikestudio.engine.Population engine = byName.get(r.population());
            rates.add(SpikeStatistics.rate(r.recorder(), r.population(), engine.size(), sim.spikeCountsPerStep(engine),
                    steps, r.binSteps(), dt));
        }
        int defaultBin = Math.max(1, (int) Math.round(DEFAULT_RATE_BIN_MS / dt));
        for (Map.Entry<Population, org.spikestudio.engine.Population> e : compiled.populations().entrySet()) {
            String name = e.getKey().getName();
            if (compiled.rates().stream().noneMatch(r -> r.population().equals(name))) {
                rates.add(SpikeStatistics.rate(null, name, e.getValue().size(), sim.spikeCountsPerStep(e.getValue()),
                        steps, defaultBin, dt));
            }
        }
        List<StateTrace> states = new ArrayList<>();
        for (CompiledNetwork.StateRecording r : compiled.states()) {
            int samples = sim.sampleCount(r.probe());
            double[] times = new double[samples];
            for (int s = 0; s < samples; s++) {
                times[s] = (long) s * r.probe().every() * dt;
            }
            states.add(new StateTrace(r.recorder(), r.population(), r.variable(), r.probe().neurons(), times,
                    sim.traces(r.probe())));
        }
        List<ProjectionSummary> projections = new ArrayList<>();
        for (Projection p : compiled.projections().keySet()) {
            projections.add(new ProjectionSummary(p.getName(), p.getSource().getName(), p.getTarget().getName(),
                    compiled.expectedSynapses(p), synapses(p)));
        }
        RunInfo info = new RunInfo(compiled.name(), compiled.seed(), dt, compiled.durationMs(), simulatedMs, steps,
                report.cancelled() || steps < compiled.steps(), sim.threads(), buildNanos, report.nanos(),
                EngineVersion.get());
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
