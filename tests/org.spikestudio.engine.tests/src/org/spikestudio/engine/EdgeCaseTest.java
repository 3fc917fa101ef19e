// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boundaries found in review: empty runs, the clamp while refractory, ceil(N*p), huge values. */
class EdgeCaseTest {

    @Test
    void aRunOfZeroStepsReturnsAtOnceWithSeveralThreads() {
        NetworkBuilder b = new NetworkBuilder(0.1).threads(2);
        b.population("p", 10, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)), NeuronType.EXCITATORY);
        Simulation sim = b.build();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(0, sim.run(0).stepsRun());
            assertEquals(0, sim.runMillis(0.04, ProgressListener.NONE, () -> false).stepsRun()); // rounds to 0 steps
            assertEquals(5, sim.run(5).stepsRun());
        });
    }

    /**
     * An inhibitory jump of 3 mV reaches a neuron while it is refractory after a spike. Its lower
     * clamp is 0 mV, so the held potential stays exactly 0 after every update (the assignment: u never
     * below u_rest), in every kernel: Euler, the exact delta-only kernel, and the exact kernel with
     * currents. The clamp applies whenever u would drop below it, also to a delivered jump: the sample
     * at the start of step 1 (reset to 0, then -3 mV delivered at the end of step 0) is already 0.
     */
    @ParameterizedTest
    @CsvSource({ "euler, lif-general", "exact, lif-delta", "exact-with-current-channel, lif-exact" })
    void theLowerClampHoldsDuringRefractoriness(String kernel, String kernelName) {
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        LifParameters p = Nets.lif(1, 10, 0, 0, 1, 2, 0); // t_ref 2 ms = 20 steps, clamp 0 mV
        NeuronModel model = kernel.equals("euler") ? Nets.euler(p) : Nets.exact(p);
        // Both start at 2 mV, above threshold: both fire in step 0 (2 - 0.01*2 = 1.98 >= 1).
        Population target = b.population("target", 1, model, NeuronType.EXCITATORY)
                .initialPotential(Distribution.constant(2));
        Population inh = b.population("inh", 1, model, NeuronType.INHIBITORY)
                .initialPotential(Distribution.constant(2));
        b.connect("jump", inh, target, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(3),
                Distribution.constant(0));
        if (kernel.equals("exact-with-current-channel")) {
            b.connect("silent", inh, target, Connectivity.allToAll(), Synapse.expCurrent(5), Distribution.constant(0),
                    Distribution.constant(1));
        }
        StateProbe v = b.recordState(target, StateVariable.V, 1, 0);
        target.recordSpikes();
        Simulation sim = b.build();
        assertEquals(kernelName, sim.kernelName(target));
        sim.run(22);
        assertEquals(1, sim.spikeCount(target));
        double[][] values = sim.stateRecord(v).values();
        assertEquals(2.0, values[0][0], 0.0, "sample 0: the initial potential");
        for (int step = 0; step <= 20; step++) {
            // the value after step n is sample n+1
            assertEquals(0.0, values[step + 1][0], 0.0, "after step " + step + " (refractory, jump -3 mV clamped at 0)");
        }
    }

    @Test
    void theAssignmentsCeilNpIsTakenInDecimal() {
        // 100 * 0.07 is 7.000000000000001 in binary; the assignment means ceil(7) = 7 targets.
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population p = b.population("p", 100, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        Projection pr = b.connect("pp", p, p, Connectivity.outDegreeFromProbability(0.07, 100), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0)).allowAutapses(true);
        Simulation sim = b.build();
        for (int s = 0; s < 100; s++) {
            assertEquals(7, sim.outDegree(pr, s));
        }
    }

    @Test
    void aDelayRingLargerThanAJavaArrayIsRefusedByName() {
        NetworkBuilder b = new NetworkBuilder(0.1).memoryLimit(1L << 45);
        Population big = b.population("big", 1 << 21, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        // 2^21 neurons x 2048 ring slots (delay 204.7 ms) = 2^32 values.
        b.connect("late", big, big, Connectivity.explicit(new int[] { 0 }, new int[] { 1 }), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(204.7));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(failure.getMessage().contains("population 'big'")
                && failure.getMessage().contains("more than a Java array holds"), failure.getMessage());
    }

    @Test
    void timesBeyondTwoBillionStepsAreRefused() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        IllegalArgumentException refractory = assertThrows(IllegalArgumentException.class,
                () -> b.population("p", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 3e8, Double.NEGATIVE_INFINITY)),
                        NeuronType.EXCITATORY));
        assertTrue(refractory.getMessage().contains("refractoryPeriod"), refractory.getMessage());
        Population q = b.population("q", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> b.input("late", q, Input.spikeSourceArray(new double[] { 3e8 }, 1)));
        assertTrue(time.getMessage().contains("spike time"), time.getMessage());
    }

    @Test
    void aLowerClampAtOrAboveThresholdIsRefused() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> b.population("p", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, 1)), NeuronType.EXCITATORY));
        assertTrue(failure.getMessage().contains("lowerClamp"), failure.getMessage());
    }

    @Test
    void handlesOfAnotherNetworkAndBadIndicesAreRefusedByName() {
        NetworkBuilder first = new NetworkBuilder(0.1);
        Population mine = first.population("mine", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        NetworkBuilder second = new NetworkBuilder(0.1);
        Population other = second.population("other", 3, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        Simulation sim = first.build();
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> sim.spikeCount(other));
        assertTrue(foreign.getMessage().contains("belongs to another network"), foreign.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class, () -> sim.potential(mine, 5));
        assertTrue(index.getMessage().contains("neuron 5 is outside 0..0"), index.getMessage());
        assertThrows(IllegalArgumentException.class, () -> second.recordState(mine, StateVariable.V, 1, 0));
    }

    /**
     * A jump below the clamp outside refractoriness: the clamp acts before the integration, in every
     * LIF kernel. The neuron sits at its rest of 0.5 mV (clamp 0 mV, R = 1, tau = 10 ms, no input); an
     * inhibitory -3 mV jump delivered at the end of step 0 sets it to 0 (not -2.5), so the next update
     * starts from 0: Euler u = 0 + 0.01 * 0.5 = 0.005, exact u = 0.5 (1 - e^{-0.01}), where integrating
     * from -2.5 would stay negative and be clamped to 0.
     */
    @ParameterizedTest
    @CsvSource({ "euler, lif-general", "exact, lif-delta", "exact-with-current-channel, lif-exact" })
    void aJumpBelowTheClampIsClampedBeforeIntegrating(String kernel, String kernelName) {
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        LifParameters p = Nets.lif(1, 10, 0.5, 0, 1, 0, 0); // rest 0.5 mV, reset 0, threshold 1, clamp 0
        NeuronModel model = kernel.equals("euler") ? Nets.euler(p) : Nets.exact(p);
        Population target = b.population("target", 1, model, NeuronType.EXCITATORY);
        Population inh = b.population("inh", 1, model, NeuronType.INHIBITORY)
                .initialPotential(Distribution.constant(2)); // fires in step 0
        b.connect("jump", inh, target, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(3),
                Distribution.constant(0));
        if (kernel.equals("exact-with-current-channel")) {
            b.connect("silent", inh, target, Connectivity.allToAll(), Synapse.expCurrent(5), Distribution.constant(0),
                    Distribution.constant(1));
        }
        StateProbe v = b.recordState(target, StateVariable.V, 1, 0);
        Simulation sim = b.build();
        assertEquals(kernelName, sim.kernelName(target));
        sim.run(3);
        double[][] values = sim.stateRecord(v).values();
        double oneStep = kernel.equals("euler") ? 0.1 * (0.5 - 0) / 10 : 0.5 * (1 - Math.exp(-0.01));
        assertEquals(0.5, values[0][0], 0.0, "at rest");
        assertEquals(0.0, values[1][0], 0.0, "the -3 mV jump is clamped at 0 mV at once");
        // Rounding only: 1e-15.
        assertEquals(oneStep, values[2][0], 1e-15, "the update of step 1 starts from 0, not -3");
    }

    /**
     * The CUBA kernel (exact LIF, two zero-delay current channels, no current input) clamps the value it
     * integrates from like the general kernel: with u_reset = -5 mV below the clamp of 0 mV, every reset
     * is raised to 0 before the next integration. Adding a 0 nA input moves the target to the general
     * kernel; both must give bit-identical potentials and spikes. And by hand: an initial potential of
     * -3 mV starts at the clamp, so after one step u = 0.5 (1 - e^{-0.01}) (rest 0.5 mV, tau 10 ms).
     */
    @Test
    void theCubaKernelClampsLikeTheGeneralKernel() {
        double[][] traces = new double[2][];
        int[][] spikes = new int[2][];
        for (int variant = 0; variant < 2; variant++) {
            NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
            LifParameters p = Nets.lif(1, 10, 0.5, -5, 1, 0, 0); // rest 0.5, reset -5, threshold 1, clamp 0
            Population source = b.population("source", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0,
                    Double.NEGATIVE_INFINITY)), NeuronType.EXCITATORY);
            b.input("drive", source, Input.constant(3));
            Population target = b.population("target", 1, Nets.exact(p), NeuronType.EXCITATORY)
                    .initialPotential(Distribution.constant(-3));
            b.connect("fast", source, target, Connectivity.allToAll(), Synapse.expCurrent(5), Distribution.constant(2),
                    Distribution.constant(0));
            b.connect("slow", source, target, Connectivity.allToAll(), Synapse.expCurrent(10),
                    Distribution.constant(1), Distribution.constant(0));
            if (variant == 1) {
                b.input("zero", target, Input.constant(0)); // selects the general exact kernel
            }
            target.recordSpikes();
            StateProbe v = b.recordState(target, StateVariable.V, 1, 0);
            Simulation sim = b.build();
            assertEquals(variant == 0 ? "lif-cuba" : "lif-exact", sim.kernelName(target), "variant " + variant);
            sim.run(2000);
            traces[variant] = sim.stateRecord(v).trace(0);
            spikes[variant] = sim.spikes(target).steps();
        }
        assertEquals(0.0, traces[0][0], 0.0, "-3 mV starts at the clamp");
        // Rounding only: 1e-15.
        assertEquals(0.5 * (1 - Math.exp(-0.01)), traces[0][1], 1e-15, "integrated from 0, not from -3");
        assertTrue(spikes[0].length > 5, "the target fires and is reset below the clamp: " + spikes[0].length);
        assertTrue(java.util.Arrays.equals(spikes[0], spikes[1]), "same spikes in both kernels");
        for (int n = 0; n < traces[0].length; n++) {
            assertEquals(traces[1][n], traces[0][n], 0.0, "bit-identical potential at sample " + n);
            assertTrue(traces[0][n] >= 0, "never below the clamp: sample " + n);
        }
    }
}
