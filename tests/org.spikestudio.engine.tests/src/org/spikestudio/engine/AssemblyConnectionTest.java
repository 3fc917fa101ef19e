// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spikestudio.engine.internal.Keyed;

/**
 * Connections between assemblies. The degree rules must draw exactly what the model compiler drew
 * before the engine owned them (models keep their connections): the reference below is that
 * compiler's algorithm, on java.util.SplittableRandom and a HashSet.
 */
class AssemblyConnectionTest {

    private static final NeuronModel LIF = Nets.exact(LifParameters.assignmentDefaults());

    /** SplitMix64's finalizer, as the compiler had it. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The compiler's draw: k of n candidates without {@code excluded}, ascending. */
    private static int[] compilerDraw(long seed, long connection, long neuron, int k, int n, int excluded,
            boolean multapses) {
        int candidates = n - (excluded >= 0 ? 1 : 0);
        SplittableRandom random = new SplittableRandom(mix(mix(mix(seed ^ 0x5A55E3B1L) + connection) + neuron));
        int[] chosen = new int[k];
        if (multapses) {
            for (int i = 0; i < k; i++) {
                chosen[i] = random.nextInt(candidates);
            }
        } else {
            Set<Integer> set = new HashSet<>();
            for (int j = candidates - k; j < candidates; j++) {
                int r = random.nextInt(j + 1);
                set.add(set.contains(r) ? j : r);
            }
            int i = 0;
            for (int v : set) {
                chosen[i++] = v;
            }
        }
        Arrays.sort(chosen);
        for (int i = 0; i < k; i++) {
            if (excluded >= 0 && chosen[i] >= excluded) {
                chosen[i]++;
            }
        }
        return chosen;
    }

    @Test
    void theSplittableStreamIsSplittableRandom() {
        SplittableRandom seeds = new SplittableRandom(5);
        int[] bounds = { 1, 2, 3, 7, 64, 99, 100, (1 << 30) + 1, Integer.MAX_VALUE };
        for (int i = 0; i < 2000; i++) {
            long seed = seeds.nextLong();
            SplittableRandom reference = new SplittableRandom(seed);
            Keyed.SplittableStream stream = new Keyed.SplittableStream(seed);
            for (int j = 0; j < 20; j++) {
                int bound = bounds[(i + j) % bounds.length];
                assertEquals(reference.nextInt(bound), stream.nextInt(bound), "seed " + seed + " draw " + j);
            }
        }
    }

    /**
     * [a, b] onto [b, a] (overlapping, listed in another order): out-degree 4 without autapses, and
     * in-degree 6 with multapses, both after one population projection (connection index 1 and 2).
     * Every row equals the compiler's draw; no neuron targets itself.
     */
    @Test
    void degreeRulesDrawWhatTheCompilerDrew() {
        long seed = 42;
        NetworkBuilder b = new NetworkBuilder(0.1).seed(seed);
        Population a = b.population("a", 5, LIF, NeuronType.EXCITATORY);
        Population c = b.population("c", 4, LIF, NeuronType.INHIBITORY);
        b.connect("first", a, c, Connectivity.allToAll(), Synapse.delta(), Distribution.constant(1),
                Distribution.constant(0));
        Assembly ac = b.assembly(a, c);
        Assembly ca = b.assembly(c, a);
        List<Projection> out = b.connect("out", ac, ca, Connectivity.fixedOutDegree(4), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0), false, false);
        List<Projection> in = b.connect("in", ac, ca, Connectivity.fixedInDegree(6), Synapse.delta(),
                Distribution.constant(1), Distribution.constant(0), true, true);
        Simulation sim = b.build();
        // Joint indices: in ac, a = 0..4 and c = 5..8; in ca, c = 0..3 and a = 4..8.
        List<int[]> outPairs = jointPairs(sim, out, ac, ca);
        for (int s = 0; s < 9; s++) {
            int self = s < 5 ? 4 + s : s - 5;
            int[] expected = compilerDraw(seed, 1, s, 4, 9, self, false);
            assertArrayEquals(expected, targetsOf(outPairs, s), "out-degree row of " + s);
            assertTrue(Arrays.stream(expected).noneMatch(t -> t == self), "autapse drawn for " + s);
        }
        List<int[]> inPairs = jointPairs(sim, in, ac, ca);
        for (int t = 0; t < 9; t++) {
            int[] expected = compilerDraw(seed, 2, -1 - (long) t, 6, 9, -1, true);
            assertArrayEquals(expected, sourcesOf(inPairs, t), "in-degree column of " + t);
        }
        List<String> names = out.stream().map(Projection::name).toList();
        assertEquals(List.of("out[a->c]", "out[a->a]", "out[c->c]", "out[c->a]"), names);
    }

    @Test
    void oneToOneSkipsTheSameNeuronWithoutAutapses() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population a = b.population("a", 2, LIF, NeuronType.EXCITATORY);
        Population c = b.population("c", 2, LIF, NeuronType.EXCITATORY);
        // [a, c] -> [c, a]: joint i -> i never pairs a neuron with itself, so nothing is skipped; [a, c] -> [a, c] skips all.
        List<Projection> crossed = b.connect("crossed", b.assembly(a, c), b.assembly(c, a), Connectivity.oneToOne(),
                Synapse.delta(), Distribution.constant(1), Distribution.constant(0), false, false);
        List<Projection> same = b.connect("same", b.assembly(a, c), b.assembly(a, c), Connectivity.oneToOne(),
                Synapse.delta(), Distribution.constant(1), Distribution.constant(0), false, false);
        Simulation sim = b.build();
        assertEquals(4, crossed.stream().mapToLong(sim::synapseCount).sum());
        assertEquals(List.of(), same, "no part without synapses");
    }

    @Test
    void anAssemblyBeyondTheIntRangeIsRefusedByName() {
        NetworkBuilder b = new NetworkBuilder(0.1);
        Population big = b.population("big", Integer.MAX_VALUE, LIF, NeuronType.EXCITATORY);
        Population small = b.population("small", 20, LIF, NeuronType.EXCITATORY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.assembly(small, big));
        assertTrue(e.getMessage().contains("'big'") && e.getMessage().contains("more than 2147483647 neurons"),
                e.getMessage());
    }

    /** The parts' synapses as {joint source, joint target}. */
    private static List<int[]> jointPairs(Simulation sim, List<Projection> parts, Assembly pre, Assembly post) {
        List<int[]> pairs = new ArrayList<>();
        for (Projection p : parts) {
            for (int s = 0; s < p.source().size(); s++) {
                for (int t : sim.targetsOf(p, s)) {
                    pairs.add(new int[] { pre.indexOf(p.source(), s), post.indexOf(p.target(), t) });
                }
            }
        }
        return pairs;
    }

    private static int[] targetsOf(List<int[]> pairs, int s) {
        return pairs.stream().filter(x -> x[0] == s).mapToInt(x -> x[1]).sorted().toArray();
    }

    private static int[] sourcesOf(List<int[]> pairs, int t) {
        return pairs.stream().filter(x -> x[1] == t).mapToInt(x -> x[0]).sorted().toArray();
    }
}
