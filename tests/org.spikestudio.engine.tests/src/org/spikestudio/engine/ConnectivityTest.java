// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ConnectivityTest {

    private static final NeuronModel LIF = Nets.exact(LifParameters.assignmentDefaults());

    @Test
    void fixedOutDegreeGivesExactlyKDistinctTargetsToEverySource() {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(7);
        Population p = b.population("p", 500, LIF, NeuronType.EXCITATORY);
        // The assignment's "connection probability 0.1": k = ceil(500 * 0.1) = 50.
        Projection pr = b.connect("pp", p, p, Connectivity.outDegreeFromProbability(0.1, 500), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0)).allowAutapses(false);
        assertEquals(500L * 50, b.expectedSynapseCount(pr));
        Simulation sim = b.build();
        assertEquals(500L * 50, sim.synapseCount(pr));
        int[] hits = new int[500];
        for (int s = 0; s < 500; s++) {
            int[] t = sim.targetsOf(pr, s);
            assertEquals(50, t.length);
            assertEquals(50, Arrays.stream(t).distinct().count(), "distinct targets of " + s);
            int self = s;
            assertFalse(Arrays.stream(t).anyMatch(x -> x == self), "autapse at " + s);
            for (int x : t) {
                hits[x]++;
            }
        }
        // Not all into a few targets: each target is chosen ~ Binomial(500, 50/499) = 50 +- 6.7 times.
        assertTrue(Arrays.stream(hits).max().getAsInt() < 50 + 7 * 7, "max in-degree " + Arrays.stream(hits).max());
        assertTrue(Arrays.stream(hits).min().getAsInt() > 50 - 7 * 7);
    }

    @Test
    void fixedInDegreeGivesExactlyKSourcesToEveryTarget() {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(3);
        Population a = b.population("a", 300, LIF, NeuronType.EXCITATORY);
        Population c = b.population("c", 200, LIF, NeuronType.EXCITATORY);
        Projection pr = b.connect("ac", a, c, Connectivity.fixedInDegree(25), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0));
        Simulation sim = b.build();
        int[][] sourcesOf = new int[200][25];
        int[] fill = new int[200];
        for (int s = 0; s < 300; s++) {
            for (int t : sim.targetsOf(pr, s)) {
                sourcesOf[t][fill[t]++] = s;
            }
        }
        for (int t = 0; t < 200; t++) {
            assertEquals(25, fill[t]);
            assertEquals(25, Arrays.stream(sourcesOf[t]).distinct().count());
        }
    }

    @Test
    void fixedProbabilityCountsStayWithinTheBinomialBound() {
        // 1000 x 1000 pairs minus 1000 autapses, p = 0.1: total ~ Binomial(999000, 0.1), sigma = sqrt(n p (1-p))
        // = 300. Bound: 5 sigma (two-sided chance of a false failure 6e-7). Per source: Binomial(999, 0.1),
        // sigma = 9.48; bound 6 sigma for all 1000 rows (chance of a false failure 2e-6).
        NetworkBuilder b = new NetworkBuilder(0.1).seed(11);
        Population p = b.population("p", 1000, LIF, NeuronType.EXCITATORY);
        Projection pr = b.connect("pp", p, p, Connectivity.fixedProbability(0.1), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0)).allowAutapses(false);
        Simulation sim = b.build();
        double mean = 0.1 * 999_000;
        double sigma = Math.sqrt(999_000 * 0.1 * 0.9);
        assertEquals(Math.round(mean), b.expectedSynapseCount(pr));
        assertEquals(mean, sim.synapseCount(pr), 5 * sigma);
        double rowSigma = Math.sqrt(999 * 0.1 * 0.9);
        int[] column = new int[1000];
        for (int s = 0; s < 1000; s++) {
            int[] t = sim.targetsOf(pr, s);
            assertEquals(99.9, t.length, 6 * rowSigma, "row " + s);
            for (int i = 1; i < t.length; i++) {
                assertTrue(t[i] > t[i - 1], "sorted, distinct");
            }
            for (int x : t) {
                assertTrue(x != s);
                column[x]++;
            }
        }
        // Targets are spread uniformly: every column count is also Binomial(999, 0.1).
        for (int x = 0; x < 1000; x++) {
            assertEquals(99.9, column[x], 6 * rowSigma, "column " + x);
        }
    }

    @Test
    void lowProbabilityOnALargePopulationNeedsNoQuadraticLoop() {
        // 200k x 200k = 4e10 pairs at p = 1e-4: 4e6 synapses. An O(N*M) loop would take minutes;
        // geometric skipping draws one number per synapse. sigma = sqrt(4e10 * 1e-4) = 2000, bound 5 sigma.
        NetworkBuilder b = new NetworkBuilder(0.1).seed(5);
        Population p = b.population("p", 200_000, LIF, NeuronType.EXCITATORY);
        Projection pr = b.connect("pp", p, p, Connectivity.fixedProbability(1e-4), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0));
        Simulation sim = b.build();
        assertEquals(4e6, sim.synapseCount(pr), 5 * 2000);
    }

    @Test
    void deterministicRulesHaveTheExpectedCounts() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population p = b.population("p", 40, LIF, NeuronType.EXCITATORY);
        Population q = b.population("q", 30, LIF, NeuronType.INHIBITORY);
        Projection all = b.connect("all", p, p, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0)).allowAutapses(false);
        Projection one = b.connect("one", q, q, Connectivity.oneToOne(), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0));
        Projection ex = b.connect("ex", p, q, Connectivity.explicit(new int[] { 3, 1, 3 }, new int[] { 7, 2, 0 }),
                Synapse.delta(), Distribution.constant(1), Distribution.constant(0));
        Projection inh = b.connect("inh", q, p, Connectivity.allToAll(), Synapse.expCurrent(10),
                Distribution.uniform(0.5, 1.5), Distribution.constant(0));
        Simulation sim = b.build();
        assertEquals(40 * 39, sim.synapseCount(all));
        assertEquals(40 * 39, b.expectedSynapseCount(all));
        assertEquals(30, sim.synapseCount(one));
        assertArrayEquals(new int[] { 0, 7 }, sim.targetsOf(ex, 3));
        assertArrayEquals(new int[] { 2 }, sim.targetsOf(ex, 1));
        // Inhibitory source: weights are stored negative; magnitudes in [0.5, 1.5).
        for (int s = 0; s < 30; s++) {
            for (double w : sim.weightsOf(inh, s)) {
                assertTrue(w <= -0.5 && w > -1.5, "weight " + w);
            }
        }
    }

    @Test
    void theSameSeedBuildsTheSameNetworkAndAnotherSeedAnotherOne() {
        int[] first = build(1).targetsOf(proj, 17);
        int[] again = build(1).targetsOf(proj, 17);
        int[] other = build(2).targetsOf(proj, 17);
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    private Projection proj;

    private Simulation build(long seed) {
        NetworkBuilder b = new NetworkBuilder(0.1).seed(seed);
        Population p = b.population("p", 5000, LIF, NeuronType.EXCITATORY);
        proj = b.connect("pp", p, p, Connectivity.fixedProbability(0.02), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0));
        return b.build();
    }

    @Test
    void theNetworkDoesNotDependOnTheNumberOfThreadsThatBuildIt() throws Exception {
        // Rows are drawn in parallel on the fork-join pool that runs build(): one worker or four must
        // give the same synapses, weights and delays (keyed streams per source / target).
        Simulation[] sims = new Simulation[2];
        Projection[][] projections = new Projection[2][];
        int[] parallelism = { 1, 4 };
        for (int r = 0; r < 2; r++) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(parallelism[r]);
            int rr = r;
            sims[r] = pool.submit(() -> {
                NetworkBuilder b = new NetworkBuilder(0.1).seed(9);
                Population p = b.population("p", 6000, LIF, NeuronType.EXCITATORY);
                Population q = b.population("q", 3000, LIF, NeuronType.INHIBITORY);
                projections[rr] = new Projection[] {
                        b.connect("pp", p, p, Connectivity.fixedProbability(0.01), Synapse.delta(),
                                Distribution.uniform(0.1, 2), Distribution.normal(1.5, 0.5)),
                        b.connect("pq", p, q, Connectivity.fixedOutDegree(30), Synapse.delta(),
                                Distribution.normal(1, 0.3), Distribution.uniform(0, 2)),
                        b.connect("qp", q, p, Connectivity.fixedInDegree(20), Synapse.expCurrent(10),
                                Distribution.constant(1), Distribution.uniform(0.5, 1)) };
                return b.build();
            }).get();
            pool.shutdown();
        }
        for (int k = 0; k < 3; k++) {
            int sources = projections[0][k].source().size();
            assertEquals(sims[0].synapseCount(projections[0][k]), sims[1].synapseCount(projections[1][k]));
            for (int s = 0; s < sources; s += 7) {
                assertArrayEquals(sims[0].targetsOf(projections[0][k], s), sims[1].targetsOf(projections[1][k], s));
                assertArrayEquals(sims[0].weightsOf(projections[0][k], s), sims[1].weightsOf(projections[1][k], s), 0.0);
                assertArrayEquals(sims[0].delayStepsOf(projections[0][k], s),
                        sims[1].delayStepsOf(projections[1][k], s));
            }
        }
    }
}
