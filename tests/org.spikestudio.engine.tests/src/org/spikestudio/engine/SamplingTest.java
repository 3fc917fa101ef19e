// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * When state probes sample: as Brian2's StateMonitor, sample n is the state at t = n dt, taken at the
 * start of step n before its update (after the previous step's reset, spike inputs and deliveries);
 * I_EXT is the current applied during step n. Sample 0 is therefore the initial state.
 */
class SamplingTest {

    private static final double NONE = Double.NEGATIVE_INFINITY;

    @Test
    void sampleZeroIsTheInitialState() {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(5).threads(2);
        Population c = b.population("c", 4, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, NONE)), NeuronType.EXCITATORY)
                .initialPotential(Distribution.constant(0.3));
        Population u = b.population("u", 50, Nets.exact(Nets.lif(1, 20, -49, -60, -50, 2, NONE)),
                NeuronType.EXCITATORY).initialPotential(Distribution.uniform(-60, -50));
        Population iz = b.population("iz", 3, new NeuronModel.Izhikevich(0.02, 0.2, -65, 8), NeuronType.EXCITATORY)
                .initialRecovery(Distribution.constant(-10));
        b.input("I", c, Input.constant(5));
        StateProbe vc = b.recordState(c, StateVariable.V, 1, 0, 1, 2, 3);
        StateProbe ic = b.recordState(c, StateVariable.I_EXT, 1, 0, 1, 2, 3);
        StateProbe vu = b.recordState(u, StateVariable.V, 1, Nets.all(50));
        StateProbe ri = b.recordState(iz, StateVariable.RECOVERY, 1, 0, 1, 2);
        Simulation sim = b.build();
        double[] before = new double[50];
        for (int i = 0; i < 50; i++) {
            before[i] = sim.potential(u, i);
        }
        sim.run(5);
        StateRecord rc = sim.stateRecord(vc);
        assertArrayEquals(new long[] { 0, 1, 2, 3, 4 }, rc.steps());
        for (int k = 0; k < 4; k++) {
            assertEquals(0.3, rc.values()[0][k], 0.0, "v sample 0 = the constant initial potential");
            // after step 0, exact LIF with u_inf = R I = 5: 5 + (0.3 - 5) e^{-dt/tau}; rounding only
            assertEquals(5 + (0.3 - 5) * Math.exp(-0.1 / 10), rc.values()[1][k], 1e-15);
            assertEquals(5.0, sim.stateRecord(ic).values()[0][k], 0.0, "I_ext applied during step 0");
        }
        double[] sampled = sim.stateRecord(vu).values()[0];
        assertArrayEquals(before, sampled, 0.0, "v sample 0 = the drawn initial potentials");
        double min = java.util.Arrays.stream(sampled).min().getAsDouble();
        double max = java.util.Arrays.stream(sampled).max().getAsDouble();
        assertTrue(min >= -60 && max < -50 && max - min > 1, "drawn from U(-60, -50): " + min + " .. " + max);
        for (int k = 0; k < 3; k++) {
            assertEquals(-10.0, sim.stateRecord(ri).values()[0][k], 0.0, "recovery sample 0 = its initial value");
        }
    }

    /** A small network where deliveries are pending at most sample times: delays, rings, Poisson, noise. */
    private static final class Net {
        final Population exc;
        final Population ad;
        final List<StateProbe> everyStep = new ArrayList<>();
        final List<StateProbe> everyThird = new ArrayList<>();
        final Simulation sim;

        Net(int threads) {
            NetworkBuilder b = new NetworkBuilder(0.1).seed(31).threads(threads);
            LifParameters p = Nets.lif(1, 20, -49, -60, -50, 2, NONE);
            exc = b.population("exc", 60, Nets.exact(p), NeuronType.EXCITATORY).recordSpikes()
                    .initialPotential(Distribution.uniform(-60, -50));
            Population inh = b.population("inh", 20, Nets.euler(p), NeuronType.INHIBITORY).recordSpikes()
                    .initialPotential(Distribution.uniform(-60, -50));
            ad = b.population("ad", 10, new NeuronModel.AdEx(0.281, 0.030, -70.6, -50.4, 2, 0.004, 144, 0.0805,
                    -70.6, 0, 2), NeuronType.EXCITATORY).recordSpikes();
            b.connect("ee", exc, exc, Connectivity.fixedProbability(0.2), Synapse.delta(), Distribution.constant(1),
                    Distribution.uniform(0, 1));
            b.connect("ei", exc, inh, Connectivity.fixedProbability(0.2), Synapse.expCurrent(5),
                    Distribution.constant(2), Distribution.constant(0.3));
            Projection ie = b.connect("ie", inh, exc, Connectivity.fixedProbability(0.3),
                    Synapse.expConductance(10, -80), Distribution.constant(0.05), Distribution.constant(0.2));
            b.connect("ea", exc, ad, Connectivity.fixedProbability(0.3), Synapse.delta(), Distribution.constant(3),
                    Distribution.constant(0.1));
            b.input("noise", exc, Input.gaussianNoise(0, 3));
            b.input("poisson", exc, Input.poisson(20, 100, 0.5, Synapse.delta()));
            b.input("drive", ad, Input.constant(0.8));
            for (int every : new int[] { 1, 3 }) {
                List<StateProbe> list = every == 1 ? everyStep : everyThird;
                list.add(b.recordState(exc, StateVariable.V, every, 0, 7, 30, 59));
                list.add(b.recordState(exc, StateVariable.I_SYN, every, 0, 7, 30, 59));
                list.add(b.recordState(exc, StateVariable.I_EXT, every, 0, 7, 30, 59));
                list.add(b.recordSynaptic(ie, every, 0, 7, 30, 59));
                list.add(b.recordState(ad, StateVariable.V, every, 0, 5, 9));
                list.add(b.recordState(ad, StateVariable.RECOVERY, every, 0, 5, 9));
            }
            sim = b.build();
        }
    }

    @Test
    void everyThirdStepSamplesTheStateAtTheStartOfSteps036() {
        // 100 steps in chunks of 7 on 2 threads: samples at steps 0, 3, ..., 99 (34 of them), each equal
        // bit for bit to the every-step sample of the same step, i.e. the state at its start. After each
        // chunk the potential read from the simulation (the state at t = stepsDone dt) equals the
        // every-step V sample of the next step.
        Net net = new Net(2);
        List<double[]> potentials = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        while (net.sim.stepsDone() < 100) {
            net.sim.run(Math.min(7, 100 - net.sim.stepsDone()));
            double[] now = new double[4];
            int[] neurons = { 0, 7, 30, 59 };
            for (int k = 0; k < 4; k++) {
                now[k] = net.sim.potential(net.exc, neurons[k]);
            }
            potentials.add(now);
            at.add(net.sim.stepsDone());
        }
        assertTrue(net.sim.spikeCount(net.exc) > 20 && net.sim.spikeCount(net.ad) > 0,
                "the test needs activity: " + net.sim.spikeCount(net.exc) + ", " + net.sim.spikeCount(net.ad));
        for (int p = 0; p < net.everyStep.size(); p++) {
            StateRecord all = net.sim.stateRecord(net.everyStep.get(p));
            StateRecord third = net.sim.stateRecord(net.everyThird.get(p));
            assertEquals(100, all.steps().length);
            assertEquals(34, third.steps().length);
            for (int s = 0; s < 34; s++) {
                assertEquals(3L * s, third.steps()[s]);
                assertArrayEquals(all.values()[3 * s], third.values()[s], 0.0, "probe " + p + ", sample " + s);
            }
        }
        StateRecord v = net.sim.stateRecord(net.everyStep.get(0));
        for (int c = 0; c < at.size() - 1; c++) { // the last chunk ends at t = T, which is not sampled
            assertArrayEquals(v.values()[(int) (long) at.get(c)], potentials.get(c), 0.0, "t = " + at.get(c) + " dt");
        }
        // The same network run at once on one thread gives the same samples.
        Net once = new Net(1);
        once.sim.run(100);
        for (int p = 0; p < net.everyThird.size(); p++) {
            StateRecord a = once.sim.stateRecord(once.everyThird.get(p));
            StateRecord b = net.sim.stateRecord(net.everyThird.get(p));
            for (int s = 0; s < 34; s++) {
                assertArrayEquals(a.values()[s], b.values()[s], 0.0, "probe " + p + ", sample " + s);
            }
        }
    }
}
