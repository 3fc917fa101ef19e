// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spikestudio.engine.internal.IntList;
import org.spikestudio.engine.internal.Keyed;

/**
 * Connection rules between assemblies, split into one engine projection ("part") per pair of
 * members, named {@code name[source->target]}. All-to-all and fixed probability keep their rule per
 * part, which draws the same distribution. One-to-one, explicit lists and the degree rules work on
 * the joint index space: the pairs are drawn here, per source (fixed in-degree: per target) with
 * {@link Csr#sample}, and each part gets its pairs as an explicit list; a part without pairs is not
 * created.
 * <p>
 * The degree rules draw from a {@link Keyed.SplittableStream} keyed by (seed, connection, neuron),
 * the keys and stream of the compiler that drew these rules before the engine did, so that models
 * keep their connections.
 */
final class AssemblyConnections {
    private static final long PURPOSE_ASSEMBLY_DEGREE = 0x5A55E3B1L;

    private final NetworkBuilder builder;
    private final String name;
    private final Assembly pre;
    private final Assembly post;
    private final boolean autapses;
    private final boolean multapses;

    private AssemblyConnections(NetworkBuilder builder, String name, Assembly pre, Assembly post, boolean autapses,
            boolean multapses) {
        this.builder = builder;
        this.name = name;
        this.pre = pre;
        this.post = post;
        this.autapses = autapses;
        this.multapses = multapses;
    }

    /** The parts, in member order (sources outer, targets inner); {@code connection} keys the random draws. */
    static List<Projection> connect(NetworkBuilder builder, long connection, String name, Assembly pre, Assembly post,
            Connectivity rule, Synapse synapse, Distribution weight, Distribution delay, boolean autapses,
            boolean multapses) {
        AssemblyConnections c = new AssemblyConnections(builder, name, pre, post, autapses, multapses);
        List<Projection> parts = new ArrayList<>();
        if (rule instanceof Connectivity.AllToAll || rule instanceof Connectivity.FixedProbability) {
            for (Population s : pre.members()) {
                for (Population t : post.members()) {
                    parts.add(c.part(s, t, rule, synapse, weight, delay));
                }
            }
            return parts;
        }
        Pairs pairs = c.jointPairs(rule, builder.seed, connection);
        for (int i = 0; i < pre.members().size(); i++) {
            for (int j = 0; j < post.members().size(); j++) {
                IntList[] list = pairs.lists[i][j];
                if (list[0].size() > 0) {
                    parts.add(c.part(pre.members().get(i), post.members().get(j),
                            new Connectivity.Explicit(list[0].toArray(), list[1].toArray()), synapse, weight, delay));
                }
            }
        }
        return parts;
    }

    private Projection part(Population s, Population t, Connectivity rule, Synapse synapse, Distribution weight,
            Distribution delay) {
        return builder.add(name + "[" + s.name + "->" + t.name + "]", s, t, rule, synapse, weight, delay, autapses,
                multapses);
    }

    /** Pairs per (source member, target member) in local indices: lists[i][j] = {sources, targets}. */
    private final class Pairs {
        final IntList[][][] lists = new IntList[pre.members().size()][post.members().size()][];

        Pairs() {
            for (IntList[][] row : lists) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = new IntList[] { new IntList(16), new IntList(16) };
                }
            }
        }

        /** Adds joint source s -> joint target t. */
        void add(int s, int t) {
            int i = pre.memberOf(s);
            int j = post.memberOf(t);
            lists[i][j][0].add(pre.localIndex(i, s));
            lists[i][j][1].add(post.localIndex(j, t));
        }
    }

    private Pairs jointPairs(Connectivity rule, long seed, long connection) {
        Pairs pairs = new Pairs();
        switch (rule) {
            case Connectivity.OneToOne() -> {
                for (int i = 0; i < Math.min(pre.size(), post.size()); i++) {
                    // Without autapses, skip i -> i when both indices name the same neuron.
                    if (autapses || sameNeuronIn(post, pre, i) != i) {
                        pairs.add(i, i);
                    }
                }
            }
            case Connectivity.Explicit(int[] from, int[] to) -> {
                if (from.length != to.length) {
                    throw new IllegalArgumentException("projection '" + name + "': explicit lists differ in length: "
                            + from.length + " sources, " + to.length + " targets");
                }
                for (int i = 0; i < from.length; i++) {
                    check("source", i, from[i], pre);
                    check("target", i, to[i], post);
                    pairs.add(from[i], to[i]);
                }
            }
            case Connectivity.FixedOutDegree(int k) -> {
                for (int s = 0; s < pre.size(); s++) { // first, so that the first neuron that cannot draw is named
                    checkDegree(k, post.size(), self(post, pre, s));
                }
                int[][] rows = new int[pre.size()][];
                Csr.parallel(pre.size(), s -> rows[s] = draw(k, post.size(), self(post, pre, s), seed, connection, s));
                for (int s = 0; s < rows.length; s++) {
                    for (int t : rows[s]) {
                        pairs.add(s, t);
                    }
                }
            }
            case Connectivity.FixedInDegree(int k) -> {
                for (int t = 0; t < post.size(); t++) {
                    checkDegree(k, pre.size(), self(pre, post, t));
                }
                int[][] columns = new int[post.size()][];
                Csr.parallel(post.size(),
                        t -> columns[t] = draw(k, pre.size(), self(pre, post, t), seed, connection, -1 - (long) t));
                for (int t = 0; t < columns.length; t++) {
                    for (int s : columns[t]) {
                        pairs.add(s, t);
                    }
                }
            }
            default -> throw new IllegalStateException("not a joint rule: " + rule);
        }
        return pairs;
    }

    /** Joint index in {@code other} of the neuron at joint index {@code i} of {@code group}, or -1. */
    private static int sameNeuronIn(Assembly other, Assembly group, int i) {
        int m = group.memberOf(i);
        return other.indexOf(group.members().get(m), group.localIndex(m, i));
    }

    /** The index a degree rule must not draw for neuron i of {@code group}: itself in {@code other} (-1: none). */
    private int self(Assembly other, Assembly group, int i) {
        return autapses ? -1 : sameNeuronIn(other, group, i);
    }

    private void check(String side, int position, int index, Assembly group) {
        if (index < 0 || index >= group.size()) {
            throw Check.fail("projection '" + name + "'", side + " index at position " + position, index,
                    "must be in [0, " + group.size() + ")");
        }
    }

    private void checkDegree(int k, int n, int excluded) {
        int candidates = n - (excluded >= 0 ? 1 : 0);
        if (k < 0) {
            throw Check.fail("projection '" + name + "'", "k (degree)", k, "must be >= 0");
        }
        if (k > candidates && !multapses || candidates <= 0 && k > 0) {
            throw new ModelRefusedException("projection '" + name + "': degree " + k + " exceeds the " + candidates
                    + " candidate neurons (allow multapses to draw with repetition)");
        }
    }

    /**
     * k indices out of [0, n) without {@code excluded} (-1: none), distinct unless multapses are
     * allowed, in ascending order; from a stream keyed by (seed, connection, neuron), so the result
     * does not depend on anything else in the network.
     */
    private int[] draw(int k, int n, int excluded, long seed, long connection, long neuron) {
        int candidates = n - (excluded >= 0 ? 1 : 0);
        Keyed.SplittableStream random = new Keyed.SplittableStream(
                Keyed.mix(Keyed.mix(Keyed.mix(seed ^ PURPOSE_ASSEMBLY_DEGREE) + connection) + neuron));
        int[] chosen = Csr.sample(random, k, candidates, multapses);
        Arrays.sort(chosen);
        if (excluded >= 0) {
            for (int i = 0; i < k; i++) {
                if (chosen[i] >= excluded) {
                    chosen[i]++;
                }
            }
        }
        return chosen;
    }
}
