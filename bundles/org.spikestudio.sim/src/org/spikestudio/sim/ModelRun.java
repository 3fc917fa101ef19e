// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.spikestudio.engine.ProgressListener;
import org.spikestudio.engine.RunReport;
import org.spikestudio.engine.Simulation;
import org.spikestudio.engine.SpikeRecord;
import org.spikestudio.engine.StateRecord;
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
            long start = System.nanoTime();
            simulation = compiled.builder().build();
            buildNanos = System.nanoTime() - start;
        }
        return simulation;
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
            StateRecord record = sim.stateRecord(r.probe());
            double[] times = new double[record.steps().length];
            for (int s = 0; s < times.length; s++) {
                times[s] = record.steps()[s] * dt;
            }
            double[][] values = new double[record.neurons().length][];
            for (int k = 0; k < values.length; k++) {
                values[k] = record.trace(k);
            }
            states.add(new StateTrace(r.recorder(), r.population(), r.variable(), record.neurons(), times, values));
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
