// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.engine.Simulation;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.Network;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.ProjectionSummary;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.testing.NetworkFixture;
import org.spikestudio.testing.Examples;

/**
 * Every example compiles; neuron and synapse counts follow from the model's numbers by hand
 * (the connectivity rule applied to the sizes), not from the compiler's own estimate.
 */
class ExamplesCompileTest {

    static Stream<Path> allExamples() throws Exception {
        return Examples.in("seed", "benchmarks").stream();
    }

    static Stream<Path> seedExamples() throws Exception {
        return Examples.in("seed", "benchmarks").stream().filter(p -> p.getParent().getFileName().toString().equals("seed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allExamples")
    void everyExampleCompilesWithTheNeuronAndSynapseCountsOfItsRules(Path file) throws Exception {
        Network network = ModelFiles.load(file);
        ModelRun run = ModelRun.prepare(network, file.toString(), RunOptions.defaults());

        long neurons = network.getPopulations().stream().mapToLong(Population::getSize).sum();
        assertEquals(neurons, run.compiled().neurons());
        Simulation sim = run.build();
        assertEquals(neurons, run.compiled().populations().values().stream()
                .mapToLong(org.spikestudio.engine.Population::size).sum());
        assertEquals(network.getProjections().size(), run.compiled().projections().size());

        for (Projection p : network.getProjections()) {
            long n = size(p.getSource());
            long m = size(p.getTarget());
            long self = p.isAllowAutapses() ? 0 : common(p.getSource(), p.getTarget());
            long actual = run.synapses(p);
            // Independent of synapses(): the engine's per-part counts.
            long perPart = run.compiled().projections().get(p).stream().mapToLong(sim::synapseCount).sum();
            assertEquals(actual, perPart, p.getName());
            switch (p.getConnectivity()) {
                case FixedProbability f -> {
                    // Binomial(pairs, prob): five standard deviations from the mean is a false alarm with
                    // probability below 1e-6 for a correct drawer. The number of candidate pairs itself (autapses
                    // excluded or not) is checked more tightly through the reported mean below.
                    double pairs = n * m - self;
                    double mean = pairs * f.getProbability();
                    double sd = Math.sqrt(pairs * f.getProbability() * (1 - f.getProbability()));
                    assertTrue(Math.abs(actual - mean) <= 5 * sd,
                            p.getName() + ": " + actual + " synapses, expected " + mean + " +- 5 * " + sd);
                    // The reported expectation is the mean, rounded (per engine part: at most 0.5 per part).
                    int parts = run.compiled().projections().get(p).size();
                    assertTrue(Math.abs(run.compiled().expectedSynapses(p) - mean) <= 0.5 * parts,
                            p.getName() + ": expected " + run.compiled().expectedSynapses(p) + " vs " + mean);
                }
                default -> {
                    long exact = switch (p.getConnectivity()) {
                        case AllToAll a -> n * m - self;
                        case OneToOne o -> n - self;
                        case FixedOutDegree k -> n * k.getDegree();
                        case FixedInDegree k -> m * k.getDegree();
                        case ExplicitConnections list -> list.getConnections().size();
                        default -> throw new AssertionError("rule not covered: " + p.getConnectivity());
                    };
                    assertEquals(exact, run.compiled().expectedSynapses(p), p.getName() + " expected");
                    assertEquals(exact, actual, p.getName() + " drawn");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedExamples")
    void everySeedExampleRunsItsFullDuration(Path file) throws Exception {
        Network network = ModelFiles.load(file);
        ModelRun run = ModelRun.prepare(network, file.toString(), RunOptions.defaults());
        SimulationResult result = run.run(null, () -> false);
        Simulation sim = run.build();

        double dt = network.getSimulation().getTimeStep();
        long steps = Math.round(network.getSimulation().getDuration() / dt);
        assertFalse(result.info().partial());
        assertEquals(steps, result.info().steps());
        assertEquals(steps, sim.stepsDone());
        // simulatedMs = steps * dt; 1e-9 ms covers the product's rounding.
        assertEquals(network.getSimulation().getDuration(), result.info().simulatedMs(), 1e-9);
        assertEquals(network.getSeed(), result.info().seed());
        assertEquals(network.getPopulations().stream().mapToInt(Population::getSize).sum(), result.neuronCount());
        assertEquals(network.getPopulations().stream().map(Population::getName).toList(),
                result.populations().stream().map(PopulationResult::name).toList(), "model order");
        long total = 0;
        for (PopulationResult p : result.populations()) {
            org.spikestudio.engine.Population engine = run.compiled().populations()
                    .get(NetworkFixture.population(network, p.name()));
            assertEquals(sim.spikeCount(engine), p.statistics().spikeCount(), p.name());
            assertTrue(p.spikesRecorded(), p.name() + ": every seed example records all its populations");
            assertEquals(p.statistics().spikeCount(), p.spikes().count(), p.name());
            for (int k = 0; k < p.spikes().count(); k++) {
                double t = p.spikes().steps()[k] * network.getSimulation().getTimeStep();
                assertTrue(t >= 0 && t < network.getSimulation().getDuration(), p.name() + " spike at " + t);
                assertTrue(p.spikes().neurons()[k] >= 0 && p.spikes().neurons()[k] < p.size());
            }
            total += p.statistics().spikeCount();
        }
        // Not every seed example spikes: two-inhibitory stays below the 1 mV threshold (the Euler recurrence of
        // its drives alone peaks at 0.96 mV and 0.73 mV), so only the sum is checked.
        assertEquals(total, result.spikeCount());
        List<String> names = network.getProjections().stream().map(Projection::getName).toList();
        assertEquals(names, result.projections().stream().map(ProjectionSummary::name).toList());
    }

    private static long size(NeuronGroup group) {
        return group instanceof Assembly a ? a.getPopulations().stream().mapToLong(Population::getSize).sum()
                : ((Population) group).getSize();
    }

    /** Neurons that belong to both groups: the pairs that would be autapses. */
    private static long common(NeuronGroup a, NeuronGroup b) {
        List<Population> inA = a instanceof Assembly x ? x.getPopulations() : List.of((Population) a);
        List<Population> inB = b instanceof Assembly x ? x.getPopulations() : List.of((Population) b);
        return inA.stream().filter(inB::contains).mapToLong(Population::getSize).sum();
    }
}
