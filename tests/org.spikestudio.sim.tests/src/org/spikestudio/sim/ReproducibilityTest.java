// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spikestudio.model.Network;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.testing.Examples;

/** Same model and seed give the same spikes, whatever the thread count; options override the model. */
class ReproducibilityTest {

    /** 50 ms of CUBA: random connectivity and initial potentials, many spikes, still quick. */
    private static final double SHORT_CUBA_MS = 50;

    private static SimulationResult run(String example, RunOptions options) throws Exception {
        return TestModels.prepare(example, options).run(null, () -> false);
    }

    private static void assertSameSpikes(SimulationResult a, SimulationResult b) {
        assertEquals(a.populations().size(), b.populations().size());
        for (int i = 0; i < a.populations().size(); i++) {
            PopulationResult x = a.populations().get(i);
            PopulationResult y = b.populations().get(i);
            assertEquals(x.name(), y.name());
            assertArrayEquals(x.spikes().steps(), y.spikes().steps(), x.name() + " steps");
            assertArrayEquals(x.spikes().neurons(), y.spikes().neurons(), x.name() + " neurons");
        }
        for (int i = 0; i < a.states().size(); i++) {
            for (int k = 0; k < a.states().get(i).values().length; k++) {
                assertArrayEquals(a.states().get(i).values()[k], b.states().get(i).values()[k],
                        a.states().get(i).recorder());
            }
        }
    }

    private static boolean sameSpikes(SimulationResult a, SimulationResult b) {
        for (int i = 0; i < a.populations().size(); i++) {
            SpikeTrains x = a.populations().get(i).spikes();
            SpikeTrains y = b.populations().get(i).spikes();
            if (!Arrays.equals(x.steps(), y.steps()) || !Arrays.equals(x.neurons(), y.neurons())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void sameModelAndSeedGiveIdenticalSpikesAcrossRuns() throws Exception {
        RunOptions options = RunOptions.defaults().withDuration(SHORT_CUBA_MS);
        SimulationResult first = run("benchmarks/cuba.snn", options);
        SimulationResult second = run("benchmarks/cuba.snn", options);
        assertTrue(first.spikeCount() > 100, "a meaningful comparison needs spikes: " + first.spikeCount());
        assertSameSpikes(first, second);
        // Noise inputs are drawn from the seed too.
        assertSameSpikes(run("seed/three-populations.snn", RunOptions.defaults()),
                run("seed/three-populations.snn", RunOptions.defaults()));
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalSpikes() throws Exception {
        for (String example : new String[] { "benchmarks/cuba.snn", "seed/three-populations.snn" }) {
            RunOptions options = RunOptions.defaults().withDuration(example.contains("cuba") ? SHORT_CUBA_MS : 80);
            SimulationResult one = run(example, options.withThreads(1));
            SimulationResult two = run(example, options.withThreads(2));
            assertEquals(1, one.info().threads());
            assertEquals(2, two.info().threads());
            assertSameSpikes(one, two);
        }
    }

    @Test
    void anotherSeedGivesAnotherNetworkAndSpikeTrain() throws Exception {
        RunOptions options = RunOptions.defaults().withDuration(SHORT_CUBA_MS);
        ModelRun a = TestModels.prepare("benchmarks/cuba.snn", options);
        ModelRun b = TestModels.prepare("benchmarks/cuba.snn", options.withSeed(2));
        SimulationResult ra = a.run(null, () -> false);
        SimulationResult rb = b.run(null, () -> false);
        assertEquals(1, ra.info().seed(), "the model's seed");
        assertEquals(2, rb.info().seed(), "the override");
        assertEquals(2, b.compiled().seed());
        // Some of the 3200 exc neurons' targets of exc_to_exc differ (each row is ~64 random targets of 3200).
        var partA = a.compiled().projections().values().iterator().next().get(0);
        var partB = b.compiled().projections().values().iterator().next().get(0);
        boolean differ = false;
        for (int s = 0; s < 3200 && !differ; s++) {
            differ = !Arrays.equals(a.build().targetsOf(partA, s), b.build().targetsOf(partB, s));
        }
        assertTrue(differ, "the connectivity must depend on the seed");
        assertFalse(sameSpikes(ra, rb), "the spike trains must depend on the seed");
    }

    @Test
    void durationOverrideSimulatesExactlyThatManySteps() throws Exception {
        // single-neuron: dt = 0.1 ms; 12.3 ms are 123 steps. Its spikes come every 23 steps from step 22 on
        // (see IndependentCheckTest), so 22, 45, 68, 91, 114 fall within the 123 steps: 5 spikes.
        ModelRun run = TestModels.prepare("seed/single-neuron.snn", RunOptions.defaults().withDuration(12.3));
        SimulationResult result = run.run(null, () -> false);
        assertEquals(123, run.compiled().steps());
        assertEquals(123, result.info().steps());
        assertEquals(123, run.build().stepsDone());
        assertEquals(12.3, result.info().requestedDurationMs(), 1e-9); // 123 * 0.1 up to rounding
        assertEquals(12.3, result.info().simulatedMs(), 1e-9); // likewise
        assertFalse(result.info().partial());
        assertEquals(5, result.spikeCount());
        assertEquals(123, result.states().get(0).sampleCount(), "state sampled every step");

        // 0.3 / 0.1 is 2.9999999999999996 in binary: still exactly 3 steps.
        ModelRun tiny = TestModels.prepare("seed/single-neuron.snn", RunOptions.defaults().withDuration(0.3));
        assertEquals(3, tiny.run(null, () -> false).info().steps());
    }

    @ParameterizedTest(name = "duration {0} ms")
    @ValueSource(doubles = { 0.05, 0.15, 12.34, 0, -10, Double.NaN, Double.POSITIVE_INFINITY })
    void invalidDurationIsRefusedNamingTheTimeStep(double duration) throws Exception {
        Network network = Examples.load("seed/single-neuron.snn");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelRun.prepare(network, "single-neuron.snn", RunOptions.defaults().withDuration(duration)));
        assertTrue(e.getMessage().contains("dt = 0.1"), e.getMessage());
    }

    @Test
    void threadCountBelowOneIsRefused() throws Exception {
        Network network = Examples.load("seed/single-neuron.snn");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelRun.prepare(network, "single-neuron.snn", RunOptions.defaults().withThreads(0)));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }
}
