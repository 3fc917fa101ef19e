// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Simulation#spikesSince}: read between blocks of steps, as a live view does, the pieces add up
 * to the whole recording, each piece holds only spikes of the steps since the previous call, and
 * reading them changes nothing in the run.
 */
class SpikesSinceTest {

    private Population exc;
    private Population inh;
    private Population silent;

    /** Recurrent, noisy and delayed, so that any disturbance of the run would change the spikes. */
    private Simulation network(int threads) {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(77).threads(threads);
        LifParameters p = Nets.lif(1, 20, -49, -60, -50, 2, Double.NEGATIVE_INFINITY);
        exc = b.population("exc", 400, Nets.exact(p), NeuronType.EXCITATORY).recordSpikes()
                .initialPotential(Distribution.uniform(-60, -50));
        inh = b.population("inh", 101, Nets.exact(p), NeuronType.INHIBITORY).recordSpikes()
                .initialPotential(Distribution.uniform(-60, -50));
        silent = b.population("unrecorded", 50, Nets.exact(p), NeuronType.EXCITATORY);
        b.connect("ee", exc, exc, Connectivity.fixedProbability(0.05), Synapse.expCurrent(5),
                Distribution.uniform(0.5, 2), Distribution.uniform(0, 2));
        b.connect("ie", inh, exc, Connectivity.fixedProbability(0.1), Synapse.delta(), Distribution.constant(0.3),
                Distribution.constant(1));
        b.connect("ei", exc, inh, Connectivity.fixedProbability(0.1), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0.5));
        b.input("noise", exc, Input.gaussianNoise(0, 3));
        b.input("noise-i", inh, Input.gaussianNoise(0, 3));
        return b.build();
    }

    /** Reads the new spikes of both recorded populations at every block, checking each piece's steps. */
    private static final class Reader implements ProgressListener {
        final Simulation sim;
        final List<Population> pops;
        final int[] from;
        final List<List<SpikeRecord>> pieces = new ArrayList<>();
        long previousStepsDone;
        int calls;

        Reader(Simulation sim, Population... pops) {
            this.sim = sim;
            this.pops = List.of(pops);
            this.from = new int[pops.length];
            this.previousStepsDone = sim.stepsDone();
            for (int i = 0; i < pops.length; i++) {
                pieces.add(new ArrayList<>());
            }
        }

        @Override
        public void progress(long stepsDone, long stepsTotal) {
            calls++;
            for (int i = 0; i < pops.size(); i++) {
                SpikeRecord r = sim.spikesSince(pops.get(i), from[i]);
                for (int step : r.steps()) {
                    assertTrue(step >= previousStepsDone && step < sim.stepsDone(),
                            "step " + step + " outside [" + previousStepsDone + ", " + sim.stepsDone() + ")");
                }
                from[i] += r.count();
                pieces.get(i).add(r);
            }
            previousStepsDone = sim.stepsDone();
        }

        /** The pieces of population i joined. */
        SpikeRecord joined(int i) {
            List<SpikeRecord> list = pieces.get(i);
            int n = list.stream().mapToInt(SpikeRecord::count).sum();
            int[] steps = new int[n];
            int[] neurons = new int[n];
            int k = 0;
            for (SpikeRecord r : list) {
                System.arraycopy(r.steps(), 0, steps, k, r.count());
                System.arraycopy(r.neurons(), 0, neurons, k, r.count());
                k += r.count();
            }
            return new SpikeRecord(0.1, steps, neurons);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void piecesReadAtEveryBlockAddUpToTheRecordingAndLeaveTheRunUnchanged(int threads) {
        Simulation plain = network(threads);
        plain.run(1000);
        plain.run(234);
        SpikeRecord plainExc = plain.spikes(exc);
        SpikeRecord plainInh = plain.spikes(inh);
        assertTrue(plainExc.count() > 150 && plainInh.count() > 150,
                "the test needs activity: " + plainExc.count() + ", " + plainInh.count());

        Simulation live = network(threads);
        Reader reader = new Reader(live, exc, inh);
        // Two run calls: the reader's cursor carries over from one to the next.
        live.run(1000, reader, () -> false);
        live.run(234, reader, () -> false);
        assertEquals(10 + 3, reader.calls, "one call per block of 100 steps (the last one shorter)");
        assertTrue(reader.pieces.get(0).stream().filter(r -> r.count() > 0).count() > 5,
                "spikes arrive in many pieces, not one");
        for (int i = 0; i < 2; i++) {
            SpikeRecord all = live.spikes(reader.pops.get(i));
            SpikeRecord joined = reader.joined(i);
            assertArrayEquals(all.steps(), joined.steps());
            assertArrayEquals(all.neurons(), joined.neurons());
        }
        // Reading changed nothing: the same spikes and the same final state as the run nobody read.
        assertArrayEquals(plainExc.steps(), live.spikes(exc).steps());
        assertArrayEquals(plainExc.neurons(), live.spikes(exc).neurons());
        assertArrayEquals(plainInh.steps(), live.spikes(inh).steps());
        assertArrayEquals(plainInh.neurons(), live.spikes(inh).neurons());
        for (int i = 0; i < exc.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(plain.potential(exc, i)),
                    Double.doubleToRawLongBits(live.potential(exc, i)));
        }
    }

    @Test
    void aCancelledRunsPiecesHoldExactlyWhatWasRecorded() {
        Simulation sim = network(2);
        Reader reader = new Reader(sim, exc, inh);
        int[] blocks = { 0 };
        sim.run(5000, reader, () -> ++blocks[0] == 4);
        assertEquals(400, sim.stepsDone(), "cancelled after the fourth block");
        assertArrayEquals(sim.spikes(exc).steps(), reader.joined(0).steps());
        assertArrayEquals(sim.spikes(exc).neurons(), reader.joined(0).neurons());
        assertEquals(0, sim.spikesSince(exc, reader.from[0]).count(), "nothing after the end");
    }

    @Test
    void aBadIndexOrAPopulationWithoutSpikeRecordingIsRefused() {
        Simulation sim = network(1);
        sim.run(300);
        int recorded = sim.spikes(exc).count();
        assertEquals(recorded, sim.spikesSince(exc, 0).count());
        assertEquals(0, sim.spikesSince(exc, recorded).count());
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
                () -> sim.spikesSince(exc, recorded + 1));
        assertTrue(after.getMessage().contains("outside 0.." + recorded), after.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.spikesSince(exc, -1));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> sim.spikesSince(silent, 0));
        assertTrue(none.getMessage().contains("unrecorded"), none.getMessage());
    }
}
