// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * LIF against closed-form solutions. Convention (see {@link Simulation}): the value recorded in
 * step n is u at time n dt (the start of step n, before its update; sample 0 is the initial
 * potential), so the value after step n is sample n+1; a spike in step k crossed the threshold
 * between k dt and (k+1) dt.
 */
class LifAnalyticTest {

    /** One neuron with a constant input, v recorded every step. */
    private static StateRecord runOne(NeuronModel model, double current, int steps, int[] spikeStepsOut) {
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        Population p = b.population("n", 1, model, NeuronType.EXCITATORY).recordSpikes();
        b.input("I", p, Input.constant(current));
        StateProbe probe = b.recordState(p, StateVariable.V, 1, 0);
        Simulation sim = b.build();
        sim.run(steps);
        SpikeRecord s = sim.spikes(p);
        if (spikeStepsOut != null) {
            for (int k = 0; k < Math.min(s.count(), spikeStepsOut.length); k++) {
                spikeStepsOut[k] = s.steps()[k];
            }
        }
        return sim.stateRecord(probe);
    }

    @Test
    void firstEulerStepsOfTheAssignmentNeuronMatchAHandCalculation() {
        // R = 1, C = 10, dt = 0.1, I = 5, u0 = 0: u += 0.1 * (-(u - 0) + 5) / 10
        //   0 + 0.05 = 0.05;  0.05 + 0.1 * 4.95 / 10 = 0.0995;  0.0995 + 0.1 * 4.9005 / 10 = 0.148505
        double[] v = runOne(Nets.euler(LifParameters.assignmentDefaults()), 5, 4, null).trace(0);
        assertEquals(4, v.length);
        assertEquals(0.0, v[0], 0.0); // t = 0: the initial potential (u_rest)
        assertEquals(0.05, v[1], 1e-15);
        assertEquals(0.0995, v[2], 1e-15);
        assertEquals(0.148505, v[3], 1e-15);
    }

    @Test
    void exactIntegrationFollowsTheExponentialRelaxation() {
        // Subthreshold (threshold 100 mV): u(t) = u_inf + (u_0 - u_inf) exp(-t/tau), u_inf = u_rest + R I.
        LifParameters p = Nets.lif(2, 5, -65, -70, 100, 0, Double.NEGATIVE_INFINITY);
        double[] v = runOne(Nets.exact(p), 3, 400, null).trace(0); // u_inf = -65 + 6 = -59 mV
        assertEquals(-65, v[0], 0.0); // t = 0: u_0 = u_rest
        for (int n = 0; n < 400; n++) {
            double t = n * 0.1;
            // Values of order 60 mV over 400 multiply-adds: rounding stays below 400 * 60 * 2^-52 = 5e-12 mV.
            assertEquals(-59 + (-65 + 59) * Math.exp(-t / 10), v[n], 1e-10, "t=" + t);
        }
    }

    @Test
    void exactIntegrationGivesTheAnalyticPeriod() {
        // R = 1, C = 10 (tau = 10 ms), theta = 1, rest = reset = 0, t_ref = 2 ms, I = 5 nA, dt = 0.1 ms.
        // Free rise from reset: T = tau ln(RI / (RI - theta)) = 10 ln(5/4) = 2.2314 ms.
        double tau = 10;
        double uInf = 5;
        double free = tau * Math.log(uInf / (uInf - 1));
        int refSteps = 20;
        int[] spikes = new int[6];
        double[] v = runOne(Nets.exact(Nets.lif(1, 10, 0, 0, 1, 2, 0)), 5, 400, spikes).trace(0);
        // On the grid: the first spike is in the step containing T, every later one R + ceil(T/dt) steps on.
        int rise = (int) Math.ceil(free / 0.1);
        assertEquals(23, rise);
        assertEquals(rise - 1, spikes[0]);
        for (int k = 1; k < spikes.length; k++) {
            assertEquals(refSteps + rise, spikes[k] - spikes[k - 1], "interval " + k);
        }
        // Off the grid: invert the exact solution from the last value below threshold to find the crossing
        // time. The first crossing is at T; every later one is t_ref + T after the end of the previous
        // spike step (where the reset happened). The propagator is exact, so only rounding separates the
        // two: relative error < 1e-9.
        assertEquals(0.0, v[0], 0.0); // starts at u_rest = 0
        double firstCrossing = crossing(v, spikes[0], uInf, tau);
        assertEquals(free, firstCrossing, 1e-9 * free);
        for (int k = 1; k < spikes.length; k++) {
            double resetTime = (spikes[k - 1] + 1) * 0.1;
            double period = crossing(v, spikes[k], uInf, tau) - resetTime;
            double expected = 2 + free; // t_ref + tau ln(RI/(RI - theta))
            assertEquals(expected, period, 1e-9 * expected, "period " + k);
        }
    }

    /** Time at which u reaches 1 in the step of a spike at step k, from the value at the step's start. */
    private static double crossing(double[] v, int k, double uInf, double tau) {
        double before = v[k]; // u at time k dt
        return k * 0.1 + tau * Math.log((uInf - before) / (uInf - 1));
    }

    @Test
    void eulerSpikesAtTheStepGivenByTheDiscreteClosedForm() {
        // Forward Euler on a linear ODE has the closed form u_n = u_inf - (u_inf - u_0)(1 - dt/tau)^n, so
        // the first n with u_n >= theta is ceil(ln((u_inf - theta)/(u_inf - u_0)) / ln(1 - dt/tau)).
        int expected = (int) Math.ceil(Math.log(4.0 / 5.0) / Math.log(1 - 0.1 / 10));
        assertEquals(23, expected); // ln(0.8)/ln(0.99) = 22.2
        int[] spikes = new int[4];
        runOne(Nets.euler(LifParameters.assignmentDefaults()), 5, 100, spikes);
        // Reset to 0 equals the start value (and t_ref = 0), so every interval repeats the first one.
        for (int k = 0; k < spikes.length; k++) {
            assertEquals((k + 1) * expected - 1, spikes[k]);
        }
    }

    @Test
    void eulerPeriodIsWithinTheDocumentedBound() {
        // Bound: Euler's crossing of the continuous time T is shifted by at most T*dt/tau (from
        // -ln(1 - x) = x + x^2/2 + ..., x = dt/tau) and the spike lands on the next step: |T_dt - T| <= dt + T dt/tau.
        double period = 10 * Math.log(5.0 / 4.0);
        double previous = Double.MAX_VALUE;
        for (double dt : new double[] { 0.1, 0.01, 0.001 }) {
            NetworkBuilder b = new NetworkBuilder(dt).threads(1);
            Population p = b.population("n", 1, Nets.euler(LifParameters.assignmentDefaults()), NeuronType.EXCITATORY)
                    .recordSpikes();
            b.input("I", p, Input.constant(5));
            Simulation sim = b.build();
            sim.runMillis(5, null, null);
            double measured = (sim.spikes(p).steps()[0] + 1) * dt;
            double error = Math.abs(measured - period);
            assertTrue(error <= dt + period * dt / 10, "dt=" + dt + ": period " + measured + " vs " + period);
            assertTrue(error < previous, "error must shrink with dt");
            previous = error;
        }
    }

    @Test
    void subthresholdPotentialConvergesToRestPlusRTimesI() {
        for (Integration scheme : Integration.values()) {
            // 1000 ms = 100 tau: the remaining distance e^-100 is far below rounding.
            double[] v = runOne(NeuronModel.lif(Nets.lif(1, 10, -65, -70, -50, 0, Double.NEGATIVE_INFINITY), scheme),
                    0.8, 10_000, null).trace(0);
            assertEquals(-65 + 0.8, v[v.length - 1], 1e-11, scheme.name());
        }
    }

    @Test
    void lowerClampHoldsThePotentialAtItsValue() {
        // The assignment's clamp: after each integration, u < u_min becomes u_min (= u_rest = 0).
        double[] v = runOne(Nets.euler(LifParameters.assignmentDefaults()), -50, 4, null).trace(0);
        assertEquals(0, v[1]); // after step 0 (unclamped: 0 + 0.1 * -50 / 10 = -0.5)
        assertEquals(0, v[3]); // after step 2
    }

    @Test
    void exponentialCurrentDecaysWithTauAndDrivesTheExactPotential() {
        // One input spike of w = 2 nA at t = 1 ms (step 10) into s with tau_s = 5 ms, LIF tau_m = 20 ms,
        // R = 1, threshold far away. It arrives at the end of step 10, i.e. at t = 11 dt, so the sample of
        // step 11 + m (m >= 0, the state at t = (11 + m) dt) is
        //   s = w exp(-m dt / tau_s)
        //   u = R w tau_s / (tau_s - tau_m) (exp(-t/tau_s) - exp(-t/tau_m)),  t = m dt   (u_rest = 0)
        // Both are exact propagators; rounding only: relative 1e-9 (and s = 2, u = 0 exactly at m = 0).
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        Population p = b.population("n", 1, Nets.exact(Nets.lif(1, 20, 0, 0, 1000, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        Population src = b.population("src", 1, Nets.exact(Nets.lif(1, 20, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY).recordSpikes();
        // The source is pushed over threshold by a delta jump at the end of step 9, so it fires in step 10.
        b.input("kick", src, Input.spikeSourceArray(new double[] { 0.9 }, 5));
        Projection proj = b.connect("syn", src, p, Connectivity.oneToOne(), Synapse.expCurrent(5),
                Distribution.constant(2), Distribution.constant(0));
        StateProbe s = b.recordSynaptic(proj, 1, 0);
        StateProbe v = b.recordState(p, StateVariable.V, 1, 0);
        Simulation sim = b.build();
        sim.run(400);
        assertEquals(10, sim.spikes(src).steps()[0]);
        double[] st = sim.stateRecord(s).trace(0);
        double[] vt = sim.stateRecord(v).trace(0);
        assertEquals(400, st.length);
        for (int n = 0; n <= 10; n++) {
            assertEquals(0, st[n]);
            assertEquals(0, vt[n]);
        }
        for (int m = 0; m < 389; m++) {
            double t = m * 0.1;
            double es = 2 * Math.exp(-t / 5);
            double ev = 2 * 5.0 / (5 - 20) * (Math.exp(-t / 5) - Math.exp(-t / 20));
            assertEquals(es, st[11 + m], 1e-9 * es, "s, m=" + m);
            assertEquals(ev, vt[11 + m], 1e-9 * Math.abs(ev), "v, m=" + m);
        }
    }

    @Test
    void conductanceSynapseDrivesTowardsItsReversalPotential() {
        // One event of g = 0.02 uS (E_rev = 50 mV, tau = 5 ms) arrives at the end of step 10 and acts from
        // step 11: g_n = 0.02 exp(-(n - 11) dt / tau) is the conductance used in step n (and its sample,
        // taken at the start of step n), the current is g (E_rev - u) nA. Sample n of v is u before the
        // update of step n. Forward Euler: u += dt (-(u - 0) + R g (E - u)) / (R C).
        // Exact (exponential Euler, g held over the step): G = 1/R + g, u_inf = g E / G,
        // u = u_inf + (u - u_inf) exp(-dt G / C). Rounding only: 1e-12.
        for (Integration scheme : Integration.values()) {
            NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
            Population src = b.population("src", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                    NeuronType.INHIBITORY); // the type does not change a conductance's sign
            Population tgt = b.population("tgt", 1, NeuronModel.lif(Nets.lif(1, 10, 0, 0, 1000, 0,
                    Double.NEGATIVE_INFINITY), scheme), NeuronType.EXCITATORY);
            b.input("kick", src, Input.spikeSourceArray(new double[] { 0.9 }, 5));
            Projection pr = b.connect("g", src, tgt, Connectivity.oneToOne(), Synapse.expConductance(5, 50),
                    Distribution.constant(0.02), Distribution.constant(0));
            StateProbe v = b.recordState(tgt, StateVariable.V, 1, 0);
            StateProbe g = b.recordSynaptic(pr, 1, 0);
            Simulation sim = b.build();
            sim.run(60);
            double[] vt = sim.stateRecord(v).trace(0);
            double[] gt = sim.stateRecord(g).trace(0);
            double u = 0;
            for (int n = 0; n < 60; n++) {
                assertEquals(u, vt[n], 1e-12, scheme + " v, n=" + n);
                if (n >= 11) {
                    double gn = 0.02 * Math.exp(-(n - 11) * 0.1 / 5);
                    assertEquals(gn, gt[n], 1e-15, scheme + " g, n=" + n);
                    if (scheme == Integration.FORWARD_EULER) {
                        u += 0.1 * (-(u - 0) + 1 * gn * (50 - u)) / (1 * 10);
                    } else {
                        double big = 1 / 1.0 + gn;
                        double inf = gn * 50 / big;
                        u = inf + (u - inf) * Math.exp(-0.1 * big / 10);
                    }
                } else {
                    assertEquals(0, gt[n], scheme + " g, n=" + n);
                }
            }
            assertEquals(0.02, gt[11], 0.0, scheme + ": the undecayed event at t = 11 dt");
            // Depolarised towards E_rev, but never beyond the equilibrium of the initial conductance,
            // R g0 E / (1 + R g0) = 0.98 mV.
            double max = java.util.Arrays.stream(vt).max().getAsDouble();
            assertTrue(max > 0.1 && max < 0.98, scheme + ": peak " + max);
        }
    }

    @Test
    void synapticCurrentSumsCurrentChannelsAndConductanceDrivingForces() {
        // One source spike (step 10) reaches the target through an exponential current (2 nA, tau 5 ms)
        // and an exponential conductance (0.02 uS, tau 5 ms, E_rev = 50 mV), delivered at the end of step
        // 10, so from step 11 on the variables sampled at the start of step n are s_n = 2 e^{-(n-11) dt/5}
        // and g_n = 0.02 e^{-(n-11) dt/5} (as in the two tests above), and
        // I_syn = s_n + g_n (50 - v_n) with v_n the sampled potential. Rounding only: 1e-12 relative.
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        Population src = b.population("src", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        Population tgt = b.population("tgt", 1, Nets.exact(Nets.lif(1, 10, 0, 0, 1000, 0, Double.NEGATIVE_INFINITY)),
                NeuronType.EXCITATORY);
        b.input("kick", src, Input.spikeSourceArray(new double[] { 0.9 }, 5));
        b.connect("current", src, tgt, Connectivity.oneToOne(), Synapse.expCurrent(5), Distribution.constant(2),
                Distribution.constant(0));
        b.connect("conductance", src, tgt, Connectivity.oneToOne(), Synapse.expConductance(5, 50),
                Distribution.constant(0.02), Distribution.constant(0));
        StateProbe v = b.recordState(tgt, StateVariable.V, 1, 0);
        StateProbe isyn = b.recordState(tgt, StateVariable.I_SYN, 1, 0);
        Simulation sim = b.build();
        sim.run(80);
        double[] vt = sim.stateRecord(v).trace(0);
        double[] it = sim.stateRecord(isyn).trace(0);
        for (int n = 0; n < 80; n++) {
            double decay = n <= 10 ? 0 : Math.exp(-(n - 11) * 0.1 / 5);
            double expected = 2 * decay + 0.02 * decay * (50 - vt[n]);
            assertEquals(expected, it[n], 1e-12 * Math.max(1, Math.abs(expected)), "I_syn, n=" + n);
        }
        // At t = 11 dt the event is in and v has not moved yet: 2 + 0.02 (50 - 0) = 3 nA.
        assertEquals(0.0, vt[11], 0.0);
        assertEquals(3.0, it[11], 1e-12, "the event is visible in the sample of step 11");
    }
}
