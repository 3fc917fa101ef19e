// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The assignment's two-neuron excitatory example, step by step against a hand calculation. */
class AssignmentExampleTest {

    @Test
    void firstTwentyStepsMatchTheHandRecurrence() {
        // A (I = 20 nA, so that it fires within 20 steps) excites B (I = 3 nA) with a delta synapse of
        // 2 mV and a delay of one step. R = 1, C = 10, threshold 1, u_rest = u_reset = 0, clamp at 0,
        // dt = 0.1, forward Euler.
        NetworkBuilder b = new NetworkBuilder(0.1).threads(1);
        NeuronModel m = Nets.euler(LifParameters.assignmentDefaults());
        Population a = b.population("A", 1, m, NeuronType.EXCITATORY).recordSpikes();
        Population bb = b.population("B", 1, m, NeuronType.EXCITATORY).recordSpikes();
        b.input("IA", a, Input.constant(20));
        b.input("IB", bb, Input.constant(3));
        b.connect("AB", a, bb, Connectivity.oneToOne(), Synapse.delta(), Distribution.constant(2),
                Distribution.constant(0.1));
        StateProbe va = b.recordState(a, StateVariable.V, 1, 0);
        StateProbe vb = b.recordState(bb, StateVariable.V, 1, 0);
        Simulation sim = b.build();
        sim.run(20);

        // Hand recurrence, per step n = 0..19:
        //   u += dt*(-(u - u_rest) + R*I)/(R*C); if u < 0 then u = 0; if u >= 1: spike, u = 0.
        // A spike of A in step k arrives at the end of step k+1 (delay 1), so B's state at the start of
        // step k+2 includes it. Sample n is the state at the start of step n (t = n dt), before its
        // update: sample 0 is the initial potential 0.
        double ua = 0;
        double ub = 0;
        double[] arriving = new double[23];
        List<Integer> spikesA = new ArrayList<>();
        List<Integer> spikesB = new ArrayList<>();
        double[] expectA = new double[20];
        double[] expectB = new double[20];
        for (int n = 0; n < 20; n++) {
            if (n > 0) {
                ub += arriving[n - 1];
            }
            expectA[n] = ua;
            expectB[n] = ub;
            ua = ua + 0.1 * (-(ua - 0) + 1 * 20) / (1 * 10);
            if (ua >= 1) {
                spikesA.add(n);
                ua = 0;
                arriving[n + 1] += 2;
            }
            ub = ub + 0.1 * (-(ub - 0) + 1 * 3) / (1 * 10);
            if (ub >= 1) {
                spikesB.add(n);
                ub = 0;
            }
        }
        // Worked by hand: A alone gives u = 20 (1 - 0.99^(n+1)) after step n: 0.98 after step 4, 1.17
        // after step 5, so A fires in steps 5, 11, 17. B then has 3 (1 - 0.99^7) = 0.204 after step 6,
        // receives 2 mV at its end (state 2.204 at t = 7 dt) and reaches 2.204 * 0.99 + 0.03 = 2.21 >= 1
        // in step 7; likewise in 13 and 19.
        assertEquals(List.of(5, 11, 17), spikesA);
        assertEquals(List.of(7, 13, 19), spikesB);
        assertEquals(0.0, expectA[0], 0.0); // the initial potential
        assertEquals(0.2, expectA[1], 1e-15); // after the first step: 0.1 * 20 / 10 (the sheet's 0.05 is for I = 5)
        assertEquals(3 * (1 - Math.pow(0.99, 7)) + 2, expectB[7], 1e-12); // start of step 7: the jump is in
        assertEquals(0.0, expectB[8], 0.0); // reset in step 7
        // Only the regrouping of floating-point operations separates the engine from the hand recurrence.
        double[] a0 = sim.stateRecord(va).trace(0);
        double[] b0 = sim.stateRecord(vb).trace(0);
        assertEquals(20, a0.length); // 20 steps: samples at t = 0 .. 19 dt, none after the last step
        assertEquals(0.0, a0[0], 0.0, "sample 0 is the initial potential");
        assertEquals(0.0, b0[0], 0.0, "sample 0 is the initial potential");
        assertArrayEquals(expectA, a0, 1e-12);
        assertArrayEquals(expectB, b0, 1e-12);
        assertArrayEquals(new int[] { 5, 11, 17 }, sim.spikes(a).steps());
        assertArrayEquals(new int[] { 7, 13, 19 }, sim.spikes(bb).steps());
    }
}
