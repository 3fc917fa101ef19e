// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikestudio.expression.ExpressionSyntaxException;

class InputsAndCouplingTest {

    private static final NeuronModel QUIET = Nets.exact(Nets.lif(1, 10, 0, 0, 1000, 0, Double.NEGATIVE_INFINITY));

    static double[][] currents(Input input, int neurons, int steps, int... subset) {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(99).threads(2);
        Population p = b.population("p", neurons, QUIET, NeuronType.EXCITATORY);
        InputHandle h = b.input("in", p, input);
        if (subset.length > 0) {
            h.onNeurons(subset);
        }
        StateProbe probe = b.recordState(p, StateVariable.I_EXT, 1, Nets.all(neurons));
        Simulation sim = b.build();
        sim.run(steps);
        return sim.stateRecord(probe).values();
    }

    @Test
    void stepAndSineAreEvaluatedAtTheStartOfEachStep() {
        double[][] step = currents(Input.step(1.0, 2.0, 3), 2, 30);
        for (int n = 0; n < 30; n++) {
            double t = n * 0.1; // on for 1.0 <= t < 2.0; n*0.1 is 1.0 exactly at n = 10 and 2.0 at n = 20
            assertEquals(t >= 1.0 && t < 2.0 ? 3 : 0, step[n][1], "n=" + n);
        }
        double[][] sine = currents(Input.sine(2, 50, 0.5, 1), 1, 400);
        for (int n = 0; n < 400; n++) {
            assertEquals(1 + 2 * Math.sin(2 * Math.PI * 50 * n * 0.1 / 1000 + 0.5), sine[n][0], 1e-12);
        }
        double[][] sub = currents(Input.constant(4), 5, 2, 1, 3);
        assertEquals(0, sub[1][0]);
        assertEquals(4, sub[1][1]);
        assertEquals(0, sub[1][2]);
        assertEquals(4, sub[1][3]);
    }

    @Test
    void gaussianNoiseHasItsMeanAndSpreadAndIsIndependentPerNeuronAndStep() {
        // 50 neurons x 2000 steps = 1e5 samples of N(1, 2): the sample mean has sd 2/sqrt(1e5) = 0.0063
        // (bound 5 sd = 0.032); the sample variance of a normal has sd sigma^2 sqrt(2/n) = 0.018 (bound 0.09).
        double[][] x = currents(Input.gaussianNoise(1, 2), 50, 2000);
        double sum = 0;
        double sq = 0;
        double lag = 0;
        int n = 0;
        for (int s = 0; s < 2000; s++) {
            for (int i = 0; i < 50; i++) {
                sum += x[s][i];
                sq += x[s][i] * x[s][i];
                n++;
                if (s > 0) {
                    lag += (x[s][i] - 1) * (x[s - 1][i] - 1);
                }
            }
        }
        double mean = sum / n;
        double var = sq / n - mean * mean;
        assertEquals(1, mean, 0.032);
        assertEquals(4, var, 0.09);
        // Correlation between consecutive steps of a neuron: sd 1/sqrt(n) = 0.0032, bound 5 sd.
        assertEquals(0, lag / (n - 50) / 4, 0.016);
        assertTrue(x[7][3] != x[7][4]);
    }

    @Test
    void poissonInputDeliversTheExpectedNumberOfJumps() {
        // 200 sources x 10 Hz x 0.1 ms = 0.2 expected events per step per neuron, delta jumps of 0.1 mV into a
        // neuron whose threshold is unreachable; with no leak effect within... count events through v instead:
        // use a LIF with huge tau so v just accumulates: 100 neurons x 5000 steps, mean 0.2 -> 1e5 events,
        // sd sqrt(1e5) = 316, bound 5 sd.
        NetworkBuilder b = new NetworkBuilder(0.1).seed(4).threads(2);
        Population p = b.population("p", 100, Nets.euler(Nets.lif(1, 1e12, 0, 0, 1e9, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        b.input("poisson", p, Input.poisson(10, 200, 0.1, Synapse.delta()));
        Simulation sim = b.build();
        sim.run(5000); // the potential now (t = 5000 dt) includes the events of steps 0..4999
        double total = 0;
        for (int i = 0; i < 100; i++) {
            total += sim.potential(p, i) / 0.1;
        }
        assertEquals(1e5, total, 5 * 316);
    }

    @Test
    void spikeCountCouplingJumpsOnceWhenTheCountReachesItsThreshold() {
        // Source: 3 neurons kicked over threshold by spike arrays so that they fire 2 spikes in step 11 and
        // 3 in step 21 and 1 in step 31 (kicks at the end of steps 10, 20, 30). Coupling threshold 4,
        // effect 0.5 mV, inhibitory source: count 2 after step 11 (no jump), 5 >= 4 after step 21: one jump of
        // -0.5 mV delivered at the end of step 21, count restarts at 0 (the surplus spike is discarded); 1
        // after step 31: no jump.
        NetworkBuilder b = new NetworkBuilder(0.1).threads(2);
        Population src = b.population("src", 3, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.INHIBITORY).recordRate();
        Population tgt = b.population("tgt", 4, Nets.exact(Nets.lif(1, 1e12, 0, 0, 100, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        b.input("k1", src, Input.spikeSourceArray(new double[] { 1.0, 2.0 }, 5)).onNeurons(0, 1);
        b.input("k2", src, Input.spikeSourceArray(new double[] { 2.0, 3.0 }, 5)).onNeurons(2);
        b.spikeCountCoupling("c", src, tgt, 4, 0.5);
        StateProbe probe = b.recordState(tgt, StateVariable.V, 1, 0, 3);
        Simulation sim = b.build();
        sim.run(50);
        int[] counts = sim.spikeCountsPerStep(src);
        assertEquals(2, counts[11]);
        assertEquals(3, counts[21]);
        assertEquals(1, counts[31]);
        double[][] v = sim.stateRecord(probe).values();
        for (int n = 0; n < 50; n++) {
            // Sample n is the state at the start of step n: the jump delivered at the end of step 21 is in
            // from sample 22 on. tau = 1e12 ms: it persists unchanged (decay e^-1e-13)
            double expected = n <= 21 ? 0 : -0.5;
            assertEquals(expected, v[n][0], 1e-9, "n=" + n);
            assertEquals(expected, v[n][1], 1e-9, "n=" + n);
        }
    }

    @Test
    void deltaJumpsDuringRefractorinessAreKeptOrDiscardedAsConfigured() {
        // Kick of 5 mV at the end of step 0: the neuron fires in step 1 and is refractory in steps 2..11
        // (t_ref = 1 ms = 10 steps). A jump of 0.3 mV arrives at the end of step 5 (applied in step 6).
        // Sample n is the state at the start of step n (before its update), so the value after step n is
        // sample n+1.
        for (boolean keep : new boolean[] { true, false }) {
            NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
            Population p = b.population("p", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 1, Double.NEGATIVE_INFINITY)),
                    NeuronType.EXCITATORY).recordSpikes().jumpsDuringRefractoriness(keep);
            b.input("kick", p, Input.spikeSourceArray(new double[] { 0.0 }, 5));
            b.input("late", p, Input.spikeSourceArray(new double[] { 0.5 }, 0.3));
            StateProbe probe = b.recordState(p, StateVariable.V, 1, 0);
            Simulation sim = b.build();
            sim.run(15);
            assertEquals(1, sim.spikes(p).steps()[0]);
            double[] v = sim.stateRecord(probe).trace(0);
            assertEquals(15, v.length);
            double held = keep ? 0.3 : 0.0;
            assertEquals(0.0, v[0], "the initial potential (rest)");
            assertEquals(5.0, v[1], "the kick delivered at the end of step 0, before the threshold of step 1");
            for (int n = 2; n <= 5; n++) {
                assertEquals(0.0, v[n], "after step " + (n - 1)); // reset in step 1, then refractory
            }
            // From the start of step 6 the jump is in (kept), or was never applied (discarded: the neuron is
            // refractory when it arrives); refractory through step 11: not integrated.
            for (int n = 6; n <= 12; n++) {
                assertEquals(held, v[n], "keep=" + keep + ", sample " + n);
            }
            assertEquals(held * Math.exp(-0.1 / 10), v[13], 1e-15, "keep=" + keep + ": integration resumes in step 12");
            assertEquals(held * Math.exp(-0.2 / 10), v[14], 1e-15, "keep=" + keep);
        }
    }

    @Test
    void expressionInputsAreEvaluatedPerStepAndPerNeuronWhenTheyUseI() {
        // Values compared with zero tolerance against the same formula in Java: the compiled expression
        // performs the same IEEE operations in the same order.
        double[][] x = currents(Input.expression("4*(sin(t/5)+0.3)"), 3, 100);
        for (int n = 0; n < 100; n++) {
            double t = n * 0.1;
            for (int k = 0; k < 3; k++) {
                assertEquals(4 * (Math.sin(t / 5) + 0.3), x[n][k], 0.0, "n=" + n);
            }
        }
        double[][] y = currents(Input.expression("0.5*i + t"), 5, 20);
        for (int n = 0; n < 20; n++) {
            for (int k = 0; k < 5; k++) {
                assertEquals(0.5 * k + n * 0.1, y[n][k], 0.0, "n=" + n + " i=" + k);
            }
        }
        ExpressionSyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(ExpressionSyntaxException.class,
                () -> Input.expression("4*(sin(t/5)+"));
        assertTrue(e.column() > 0, "column " + e.column());
    }
}
