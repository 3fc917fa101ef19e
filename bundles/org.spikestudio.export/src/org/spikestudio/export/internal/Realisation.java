// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.spikestudio.engine.Simulation;
import org.spikestudio.engine.StateProbe;
import org.spikestudio.engine.StateVariable;
import org.spikestudio.export.ExportResult;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelProblem;
import org.spikestudio.sim.CompiledNetwork;
import org.spikestudio.sim.InvalidModelException;
import org.spikestudio.sim.ModelRun;
import org.spikestudio.sim.RunOptions;

/**
 * The network as Spikestudio realises it from the seed: compiled and drawn by sim and the engine
 * (never sampled again here), so the exported graph, initial potentials and random input currents
 * are exactly those of {@code spikestudio run} with the same model and seed.
 */
public final class Realisation {

    /** One engine projection: a model projection, or one population pair of a projection over an assembly. */
    public record Part(Projection projection, org.spikestudio.engine.Projection engine, Population source,
            Population target) {
    }

    /** The synapses of a part, in the engine's order (by source, then as drawn). */
    public record Synapses(int[] pre, int[] post, double[] weights, int[] delaySteps) {
    }

    private final CompiledNetwork compiled;
    private final Simulation simulation;
    private final Map<Population, double[]> initial = new IdentityHashMap<>();
    private final Map<Population, double[][]> currents = new IdentityHashMap<>();
    private final List<Part> parts = new ArrayList<>();

    private Realisation(CompiledNetwork compiled, Simulation simulation) {
        this.compiled = compiled;
        this.simulation = simulation;
    }

    /** What an exporter adds to the files once the network is drawn: its main file and side files. */
    interface Files {
        void write(Realisation realisation, OutputFiles out, List<ModelProblem> problems) throws IOException;
    }

    /**
     * The steps every exporter shares: stop when the exporter's own checks found an error, draw the
     * network (the model's errors stop it too), then write the exporter's files all or nothing.
     *
     * @param problems the exporter's own checks so far; the compiler's warnings go first
     */
    static ExportResult export(Network network, String file, Long seed, Set<Population> realiseCurrents,
            List<ModelProblem> problems, Path directory, Files files) throws IOException {
        if (problems.stream().anyMatch(ModelProblem::isError)) {
            return new ExportResult(List.of(), problems);
        }
        Realisation r;
        try {
            r = of(network, file, seed, realiseCurrents);
        } catch (InvalidModelException e) {
            problems.addAll(0, e.problems());
            return new ExportResult(List.of(), problems);
        }
        problems.addAll(0, r.compiled().warnings());
        OutputFiles out = new OutputFiles();
        files.write(r, out, problems);
        return new ExportResult(out.write(directory), problems);
    }

    /**
     * Compiles and draws the network.
     *
     * @param realiseCurrents populations whose input current (the sum of their current inputs) is
     *                        recorded per step and neuron by simulating the model once
     * @throws InvalidModelException when the model has errors
     */
    public static Realisation of(Network network, String file, Long seed, Set<Population> realiseCurrents)
            throws InvalidModelException {
        RunOptions options = seed == null ? RunOptions.defaults() : RunOptions.defaults().withSeed(seed);
        ModelRun run = ModelRun.prepare(network, file, options);
        CompiledNetwork compiled = run.compiled();
        Map<Population, StateProbe> probes = new IdentityHashMap<>();
        for (Population p : realiseCurrents) {
            probes.put(p, compiled.builder().recordState(compiled.populations().get(p), StateVariable.I_EXT, 1,
                    IntStream.range(0, p.getSize()).toArray()));
        }
        Simulation simulation = run.build();
        Realisation r = new Realisation(compiled, simulation);
        Map<org.spikestudio.engine.Population, Population> byEngine = new IdentityHashMap<>();
        compiled.populations().forEach((model, engine) -> byEngine.put(engine, model));
        for (Population p : network.getPopulations()) {
            org.spikestudio.engine.Population e = compiled.populations().get(p);
            r.initial.put(p, IntStream.range(0, p.getSize()).mapToDouble(i -> simulation.potential(e, i)).toArray());
        }
        compiled.projections().forEach((projection, engines) -> {
            for (org.spikestudio.engine.Projection e : engines) {
                r.parts.add(new Part(projection, e, byEngine.get(e.source()), byEngine.get(e.target())));
            }
        });
        if (!probes.isEmpty()) {
            simulation.run(compiled.steps());
            probes.forEach((p, probe) -> {
                double[][] byNeuron = simulation.traces(probe);
                int steps = byNeuron.length == 0 ? 0 : byNeuron[0].length;
                double[][] byStep = new double[steps][byNeuron.length];
                for (int k = 0; k < byNeuron.length; k++) {
                    for (int s = 0; s < steps; s++) {
                        byStep[s][k] = byNeuron[k][s];
                    }
                }
                r.currents.put(p, byStep);
            });
        }
        return r;
    }

    public CompiledNetwork compiled() {
        return compiled;
    }

    public long seed() {
        return compiled.seed();
    }

    public double dt() {
        return compiled.dt();
    }

    public long steps() {
        return compiled.steps();
    }

    public org.spikestudio.engine.Population engine(Population p) {
        return compiled.populations().get(p);
    }

    /** Initial potentials (mV) by neuron, as the engine drew them. */
    public double[] initialPotentials(Population p) {
        return initial.get(p);
    }

    /** The input current (nA) of every step and neuron, {@code [step][neuron]}; only for realised populations. */
    public double[][] inputCurrents(Population p) {
        return currents.get(p);
    }

    public List<Part> parts() {
        return parts;
    }

    public Synapses synapses(Part part) {
        org.spikestudio.engine.Projection e = part.engine();
        int n = (int) simulation.synapseCount(e);
        int[] pre = new int[n];
        int[] post = new int[n];
        double[] weights = new double[n];
        int[] delays = new int[n];
        int k = 0;
        for (int s = 0; s < e.source().size(); s++) {
            int[] targets = simulation.targetsOf(e, s);
            double[] w = simulation.weightsOf(e, s);
            int[] d = simulation.delayStepsOf(e, s);
            for (int q = 0; q < targets.length; q++, k++) {
                pre[k] = s;
                post[k] = targets[q];
                weights[k] = w[q];
                delays[k] = d[q];
            }
        }
        return new Synapses(pre, post, weights, delays);
    }
}
