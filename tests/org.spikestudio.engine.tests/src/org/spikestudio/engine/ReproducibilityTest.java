// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Bit-identical results for any thread count and any chunking of a run. */
class ReproducibilityTest {

    private Population exc;
    private Population inh;
    private StateProbe probe;

    /** A network that uses every random path: noise, Poisson input, random delays and weights, couplings. */
    private Simulation network(int threads) {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(2024).threads(threads);
        LifParameters p = Nets.lif(1, 20, -49, -60, -50, 5, Double.NEGATIVE_INFINITY);
        exc = b.population("exc", 801, Nets.exact(p), NeuronType.EXCITATORY).recordSpikes().recordRate()
                .initialPotential(Distribution.uniform(-60, -50));
        inh = b.population("inh", 203, Nets.euler(p), NeuronType.INHIBITORY).recordSpikes()
                .initialPotential(Distribution.normal(-55, 2));
        b.connect("ee", exc, exc, Connectivity.fixedProbability(0.05), Synapse.expCurrent(5),
                Distribution.uniform(0.5, 2.5), Distribution.uniform(0, 3));
        b.connect("ei", exc, inh, Connectivity.fixedOutDegree(20), Synapse.delta(), Distribution.normal(1, 0.5),
                Distribution.constant(1));
        b.connect("ie", inh, exc, Connectivity.fixedInDegree(10), Synapse.expCurrent(10), Distribution.constant(9),
                Distribution.normal(2, 1));
        b.connect("ii", inh, inh, Connectivity.fixedProbability(0.1), Synapse.expConductance(10, -80),
                Distribution.constant(0.5), Distribution.constant(0)); // zero delay: a direct channel
        b.input("noise", exc, Input.gaussianNoise(0, 2));
        b.input("unoise", inh, Input.uniformNoise(-1, 1));
        b.input("poisson", inh, Input.poisson(5, 100, 0.3, Synapse.delta()));
        b.spikeCountCoupling("c", inh, exc, 7, 0.2);
        probe = b.recordState(exc, StateVariable.V, 3, 0, 400, 800);
        return b.build();
    }

    @Test
    void spikesAreBitIdenticalForOneTwoAndFourThreads() {
        Simulation one = network(1);
        one.run(2000);
        SpikeRecord e1 = one.spikes(exc);
        SpikeRecord i1 = one.spikes(inh);
        assertTrue(e1.count() > 300 && i1.count() > 200, "the test needs activity: " + e1.count() + ", " + i1.count());
        double[] v1 = one.stateRecord(probe).trace(1);
        for (int threads : new int[] { 2, 4 }) {
            Simulation sim = network(threads);
            sim.run(2000);
            assertArrayEquals(e1.steps(), sim.spikes(exc).steps(), threads + " threads");
            assertArrayEquals(e1.neurons(), sim.spikes(exc).neurons(), threads + " threads");
            assertArrayEquals(i1.neurons(), sim.spikes(inh).neurons(), threads + " threads");
            assertArrayEquals(i1.steps(), sim.spikes(inh).steps(), threads + " threads");
            assertArrayEquals(v1, sim.stateRecord(probe).trace(1), 0.0, "bit-identical potentials");
            for (int i = 0; i < 801; i++) {
                assertEquals(Double.doubleToRawLongBits(one.potential(exc, i)),
                        Double.doubleToRawLongBits(sim.potential(exc, i)));
            }
        }
    }

    @Test
    void oneRunEqualsTenChunksAndChunksWithChangingThreadCounts() {
        Simulation one = network(2);
        one.run(1000);
        Simulation chunked = network(1);
        for (int c = 0; c < 10; c++) {
            chunked.setThreads(1 + c % 3);
            chunked.run(100);
        }
        Simulation odd = network(3);
        long done = 0;
        while (done < 1000) {
            long chunk = Math.min(37, 1000 - done);
            odd.run(chunk);
            done += chunk;
        }
        for (Simulation sim : new Simulation[] { chunked, odd }) {
            assertEquals(1000, sim.stepsDone());
            assertArrayEquals(one.spikes(exc).steps(), sim.spikes(exc).steps());
            assertArrayEquals(one.spikes(exc).neurons(), sim.spikes(exc).neurons());
            assertArrayEquals(one.spikes(inh).neurons(), sim.spikes(inh).neurons());
            assertArrayEquals(one.spikeCountsPerStep(exc), sim.spikeCountsPerStep(exc));
            assertArrayEquals(one.stateRecord(probe).trace(2), sim.stateRecord(probe).trace(2), 0.0);
        }
    }

    @Test
    void cancellationStopsWithinABlockAndTheRunContinuesIdentically() {
        Simulation reference = network(2);
        reference.run(1000);
        Simulation sim = network(2);
        AtomicInteger calls = new AtomicInteger();
        RunReport r = sim.run(1000, (done, total) -> calls.incrementAndGet(), () -> calls.get() >= 3);
        assertTrue(r.cancelled());
        assertEquals(300, r.stepsRun()); // blocks of 100 steps; the token is checked after each block
        assertEquals(300, sim.spikeCountsPerStep(exc).length);
        sim.run(700);
        assertArrayEquals(reference.spikes(exc).neurons(), sim.spikes(exc).neurons());
        assertArrayEquals(reference.spikes(exc).steps(), sim.spikes(exc).steps());
        assertArrayEquals(reference.stateRecord(probe).steps(), sim.stateRecord(probe).steps());
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(reference.stateRecord(probe).trace(k), sim.stateRecord(probe).trace(k), 0.0,
                    "samples across the cancelled block boundary, neuron " + k);
        }
    }

    /** CUBA-like network; with {@code extra} a silent population adds a zero-weight delta projection. */
    private Simulation cuba(int threads, boolean extra) {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(77).threads(threads);
        LifParameters p = Nets.lif(1, 20, -49, -60, -50, 5, Double.NEGATIVE_INFINITY);
        exc = b.population("exc", 2500, Nets.exact(p), NeuronType.EXCITATORY).recordSpikes()
                .initialPotential(Distribution.uniform(-60, -50));
        inh = b.population("inh", 600, Nets.exact(p), NeuronType.INHIBITORY).recordSpikes()
                .initialPotential(Distribution.uniform(-60, -50));
        Connectivity c = Connectivity.fixedProbability(0.03);
        for (Population src : new Population[] { exc, inh }) {
            Synapse syn = src == exc ? Synapse.expCurrent(5) : Synapse.expCurrent(10);
            Distribution w = Distribution.constant(src == exc ? 0.4 : 2.0);
            b.connect(src.name() + "e", src, exc, c, syn, w, Distribution.constant(0));
            b.connect(src.name() + "i", src, inh, c, syn, w, Distribution.constant(0));
        }
        if (extra) {
            Population silent = b.population("silent", 1, Nets.exact(p), NeuronType.EXCITATORY);
            b.connect("zero-e", silent, exc, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(0),
                    Distribution.constant(0));
            b.connect("zero-i", silent, inh, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(0),
                    Distribution.constant(0));
        }
        return b.build();
    }

    @Test
    void theSpecialisedCubaKernelMatchesTheGeneralKernelBitForBit() {
        // Without the delta projection the populations use the two-pass kernel for two zero-delay current
        // channels; with it (weight 0, so the dynamics are the same) the general exact kernel, lif-exact.
        Simulation fast = cuba(1, false);
        assertKernels(fast, "lif-cuba");
        fast.run(3000);
        assertTrue(fast.spikes(exc).count() > 1000, "activity: " + fast.spikes(exc).count());
        for (int threads : new int[] { 1, 2, 3 }) {
            Simulation general = cuba(threads, true);
            assertKernels(general, "lif-exact");
            general.run(3000);
            assertArrayEquals(fast.spikes(exc).steps(), general.spikes(exc).steps(), threads + " threads");
            assertArrayEquals(fast.spikes(exc).neurons(), general.spikes(exc).neurons(), threads + " threads");
            assertArrayEquals(fast.spikes(inh).neurons(), general.spikes(inh).neurons(), threads + " threads");
            Simulation fast2 = cuba(threads, false);
            fast2.run(3000);
            assertArrayEquals(fast.spikes(exc).neurons(), fast2.spikes(exc).neurons(), threads + " threads");
            for (int i = 0; i < 2500; i++) { // 2500 neurons: several 1024-neuron blocks of the two-pass kernels
                assertEquals(Double.doubleToRawLongBits(fast.potential(exc, i)),
                        Double.doubleToRawLongBits(general.potential(exc, i)));
            }
        }
    }

    /** Delta network; with {@code extra} a silent population adds a zero-weight current projection. */
    private Simulation deltaNet(int threads, boolean extra, boolean keep) {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(78).threads(threads);
        LifParameters p = Nets.lif(1, 20, -49, -60, -50, 5, Double.NEGATIVE_INFINITY);
        exc = b.population("exc", 2500, Nets.exact(p), NeuronType.EXCITATORY).recordSpikes()
                .initialPotential(Distribution.uniform(-60, -50)).jumpsDuringRefractoriness(keep);
        inh = b.population("inh", 600, Nets.exact(p), NeuronType.INHIBITORY).recordSpikes()
                .initialPotential(Distribution.uniform(-60, -50)).jumpsDuringRefractoriness(keep);
        Connectivity c = Connectivity.fixedProbability(0.03);
        for (Population src : new Population[] { exc, inh }) {
            Distribution w = Distribution.constant(src == exc ? 0.3 : 1.5);
            b.connect(src.name() + "e", src, exc, c, Synapse.delta(), w, Distribution.uniform(0, 2));
            b.connect(src.name() + "i", src, inh, c, Synapse.delta(), w, Distribution.constant(1));
        }
        if (extra) {
            Population silent = b.population("silent", 1, Nets.exact(p), NeuronType.EXCITATORY);
            b.connect("zero-e", silent, exc, Connectivity.allToAll(), Synapse.expCurrent(5), Distribution.constant(0),
                    Distribution.constant(0));
            b.connect("zero-i", silent, inh, Connectivity.allToAll(), Synapse.expCurrent(5), Distribution.constant(0),
                    Distribution.constant(0));
        }
        return b.build();
    }

    @Test
    void theSpecialisedDeltaKernelMatchesTheGeneralKernelBitForBit() {
        for (boolean keep : new boolean[] { true, false }) {
            Simulation fast = deltaNet(1, false, keep);
            assertKernels(fast, "lif-delta");
            fast.run(3000);
            assertTrue(fast.spikes(exc).count() > 1000, "activity: " + fast.spikes(exc).count());
            for (int threads : new int[] { 1, 2, 3 }) {
                Simulation general = deltaNet(threads, true, keep);
                assertKernels(general, "lif-exact");
                general.run(3000);
                assertArrayEquals(fast.spikes(exc).steps(), general.spikes(exc).steps(), threads + " threads");
                assertArrayEquals(fast.spikes(exc).neurons(), general.spikes(exc).neurons(), threads + " threads");
                assertArrayEquals(fast.spikes(inh).neurons(), general.spikes(inh).neurons(), threads + " threads");
                for (int i = 0; i < 2500; i++) {
                    assertEquals(Double.doubleToRawLongBits(fast.potential(exc, i)),
                            Double.doubleToRawLongBits(general.potential(exc, i)));
                }
            }
        }
    }

    /** The comparison is only worth something if the two variants really run different kernels. */
    private void assertKernels(Simulation sim, String kernel) {
        assertEquals(kernel, sim.kernelName(exc), "kernel of exc");
        assertEquals(kernel, sim.kernelName(inh), "kernel of inh");
    }

    /** Without an explicit count, small networks run on one thread (two were slower below ~20k neurons). */
    @Test
    void defaultThreadCountFollowsTheNetworkSize() {
        LifParameters p = Nets.lif(1, 20, -49, -60, -50, 5, Double.NEGATIVE_INFINITY);
        NetworkBuilder small = new NetworkBuilder(0.1);
        small.population("a", 19_999, Nets.exact(p), NeuronType.EXCITATORY);
        org.junit.jupiter.api.Assertions.assertEquals(1, small.build().threads());

        NetworkBuilder large = new NetworkBuilder(0.1);
        large.population("a", 40_000, Nets.exact(p), NeuronType.EXCITATORY);
        org.junit.jupiter.api.Assertions.assertEquals(Math.min(2, Runtime.getRuntime().availableProcessors()),
                large.build().threads());
    }
}
