// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DelayTest {

    /**
     * A spike emitted in step k through a synapse of D steps is delivered at the end of step k + D, so
     * the target's recorded potential (sampled at the start of each step, t = n dt) is untouched up to
     * sample k + D and carries the full jump in sample k + D + 1, decaying from there on.
     */
    @Test
    void aSpikeEmittedAtStepKReachesItsTargetAtStepKPlusDelay() {
        for (int d : new int[] { 0, 1, 5, 17 }) {
            for (int threads : new int[] { 1, 2 }) {
                NetworkBuilder b = new NetworkBuilder(0.1).threads(threads);
                LifParameters p = Nets.lif(1, 10, 0, 0, 1, 0, Double.NEGATIVE_INFINITY);
                Population src = b.population("src", 1, Nets.exact(p), NeuronType.EXCITATORY).recordSpikes();
                Population tgt = b.population("tgt", 3, Nets.exact(Nets.lif(1, 10, 0, 0, 100, 0,
                        Double.NEGATIVE_INFINITY)), NeuronType.EXCITATORY);
                b.input("kick", src, Input.spikeSourceArray(new double[] { 2.0 }, 5));
                b.connect("p", src, tgt, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(0.5),
                        Distribution.constant(d * 0.1));
                StateProbe probe = b.recordState(tgt, StateVariable.V, 1, 0, 2);
                Simulation sim = b.build();
                sim.run(60);
                int k = sim.spikes(src).steps()[0];
                assertEquals(21, k); // the kick arrives at the end of step 20, the source fires in step 21
                StateRecord r = sim.stateRecord(probe);
                assertEquals(60, r.steps().length);
                for (int n = 0; n < 60; n++) {
                    assertEquals(n, r.steps()[n]);
                    for (int i = 0; i < 2; i++) {
                        double v = r.values()[n][i];
                        if (n <= k + d) {
                            assertEquals(0.0, v, "D=" + d + " sample " + n);
                        } else {
                            // jump of 0.5 mV at the end of step k+D (time (k+D+1) dt), then exact decay with
                            // tau = 10 ms over the n - (k+D+1) steps since
                            assertEquals(0.5 * Math.exp(-(n - k - d - 1) * 0.1 / 10), v, 1e-12,
                                    "D=" + d + " sample " + n);
                        }
                    }
                }
                assertEquals(0.5, r.values()[k + d + 1][0], 0.0, "D=" + d + ": the undecayed jump at t = (k+D+1) dt");
            }
        }
    }

    @Test
    void delaysRoundToWholeSteps() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population a = b.population("a", 1, Nets.exact(LifParameters.assignmentDefaults()), NeuronType.EXCITATORY);
        Population c = b.population("c", 5, Nets.exact(LifParameters.assignmentDefaults()), NeuronType.EXCITATORY);
        Projection pr = b.connect("p", a, c, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0.74));
        Projection pr2 = b.connect("q", a, c, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0.76));
        Simulation sim = b.build();
        assertEquals(7, sim.delayStepsOf(pr, 0)[0]); // 7.4 steps -> 7
        assertEquals(8, sim.delayStepsOf(pr2, 0)[0]); // 7.6 steps -> 8
    }
}
