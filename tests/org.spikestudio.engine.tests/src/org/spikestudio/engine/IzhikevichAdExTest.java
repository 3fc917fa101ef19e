// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Izhikevich and AdEx against properties that do not come from running the same Euler loop again:
 * fixed points solved analytically, and the published firing patterns (Izhikevich 2003, Fig. 2;
 * Naud et al. 2008 for AdEx) as qualitative properties: tonic spiking with spike-frequency adaptation
 * for regular spiking, a much higher rate for fast spiking (a = 0.1, d = 2) at the same input.
 */
class IzhikevichAdExTest {

    private static Simulation run(NeuronModel m, double current, double ms, StateProbe[] probe, Population[] pop) {
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        Population p = b.population("n", 1, m, NeuronType.EXCITATORY).recordSpikes();
        if (current != 0) {
            b.input("I", p, Input.constant(current));
        }
        probe[0] = b.recordState(p, StateVariable.V, 1, 0);
        probe[1] = b.recordState(p, StateVariable.RECOVERY, 1, 0);
        pop[0] = p;
        Simulation sim = b.build();
        sim.runMillis(ms, null, null);
        return sim;
    }

    @Test
    void izhikevichRestsAtTheStableFixedPoint() {
        // With I = 0 the nullclines 0.04 v^2 + 5 v + 140 - u = 0 and u = b v meet where
        // 0.04 v^2 + 4.8 v + 140 = 0: v = (-4.8 +- 0.8) / 0.08 = -70 or -50 mV. At -70 the Jacobian
        // [[0.08 v + 5, -1], [a b, -a]] has trace -0.62 and determinant 0.016 > 0: stable. Euler keeps the
        // ODE's fixed points, so after 2 s (e^-... far below rounding) v = -70, u = -14 to 1e-9.
        StateProbe[] probe = new StateProbe[2];
        Population[] pop = new Population[1];
        Simulation sim = run(new NeuronModel.Izhikevich(0.02, 0.2, -65, 8), 0, 2000, probe, pop);
        double[] v = sim.stateRecord(probe[0]).trace(0);
        double[] u = sim.stateRecord(probe[1]).trace(0);
        assertEquals(0, sim.spikeCount(pop[0]));
        // Sample 0 is the initial state: v0 = c = -65 mV, u0 = b v0 = -13.
        assertEquals(-65, v[0], 0.0);
        assertEquals(0.2 * -65, u[0], 0.0);
        assertEquals(-70, v[v.length - 1], 1e-9);
        assertEquals(-14, u[u.length - 1], 1e-9);
    }

    @Test
    void regularSpikingFiresTonicallyAndAdaptsAndFastSpikingFiresFaster() {
        StateProbe[] probe = new StateProbe[2];
        Population[] pop = new Population[1];
        Simulation rs = run(new NeuronModel.Izhikevich(0.02, 0.2, -65, 8), 10, 1000, probe, pop);
        int[] s = rs.spikes(pop[0]).steps();
        assertTrue(s.length >= 5, "tonic spiking, spikes: " + s.length);
        // Adaptation: each interval at least as long as the previous (within one step of rounding), and the
        // last clearly longer than the first.
        for (int k = 2; k < s.length; k++) {
            assertTrue(s[k] - s[k - 1] >= s[k - 1] - s[k - 2] - 1, "interval " + k);
        }
        assertTrue(s[s.length - 1] - s[s.length - 2] > 1.5 * (s[1] - s[0]), "adapts");
        // Every spike resets v to c = -65 mV: the sample after the spike step (t = (k+1) dt) holds the reset
        // value (no synaptic input), the sample of the spike step itself the value below V_peak it fired from.
        double[] v = rs.stateRecord(probe[0]).trace(0);
        for (int k : s) {
            assertTrue(v[k] < 30, "below v_peak at the start of spike step " + k + ": " + v[k]);
            if (k + 1 < v.length) {
                assertEquals(-65, v[k + 1]);
            }
        }
        Simulation fs = run(new NeuronModel.Izhikevich(0.1, 0.2, -65, 2), 10, 1000, probe, pop);
        int[] f = fs.spikes(pop[0]).steps();
        assertTrue(f.length > 2 * s.length, "FS " + f.length + " vs RS " + s.length);
    }

    private static final NeuronModel.AdEx BRETTE_GERSTNER = new NeuronModel.AdEx(0.281, 0.030, -70.6, -50.4, 2,
            0.004, 144, 0.0805, -70.6, 0, 0);

    @Test
    void adexRestsAtTheRootOfTheSteadyStateEquation() {
        // Steady state with I = 0: w = a (V - E_L) and 0 = -g_L (V - E_L) + g_L D_T exp((V - V_T)/D_T) - a (V - E_L).
        // Root below V_T by bisection (the function is monotone on [-80, -55]), tolerance 1e-12 mV.
        NeuronModel.AdEx m = BRETTE_GERSTNER;
        double lo = -80;
        double hi = -55;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double f = -m.leakConductance() * (mid - m.leakReversal())
                    + m.leakConductance() * m.slope() * Math.exp((mid - m.thresholdPotential()) / m.slope())
                    - m.subthresholdAdaptation() * (mid - m.leakReversal());
            if (f > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        StateProbe[] probe = new StateProbe[2];
        Population[] pop = new Population[1];
        Simulation sim = run(m, 0, 3000, probe, pop);
        double[] v = sim.stateRecord(probe[0]).trace(0);
        double[] w = sim.stateRecord(probe[1]).trace(0);
        assertEquals(m.leakReversal(), v[0], 0.0); // sample 0: the initial state, v0 = E_L, w0 = 0
        assertEquals(0.0, w[0], 0.0);
        // tau_w = 144 ms: after 3 s the distance is e^-20 of ~0.01 mV; the fixed point of Euler is exact.
        assertEquals(lo, v[v.length - 1], 1e-8);
        assertEquals(m.subthresholdAdaptation() * (lo - m.leakReversal()), w[w.length - 1], 1e-8);
    }

    @Test
    void adexWithSpikeTriggeredAdaptationSlowsDown() {
        StateProbe[] probe = new StateProbe[2];
        Population[] pop = new Population[1];
        Simulation sim = run(BRETTE_GERSTNER, 1.0, 1000, probe, pop);
        int[] s = sim.spikes(pop[0]).steps();
        assertTrue(s.length >= 4, "spikes: " + s.length);
        assertTrue(s[s.length - 1] - s[s.length - 2] > 2 * (s[1] - s[0]), "adaptation");
        double[] v = sim.stateRecord(probe[0]).trace(0);
        for (double x : v) {
            assertTrue(Double.isFinite(x) && x < 0, "V stays finite and below V_peak after reset: " + x);
        }
    }
}
