// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.spikestudio.engine.internal.Keyed;

/**
 * The synapses of one projection in compressed sparse rows by source: the targets of source s are
 * {@code targets[rowStart[s] .. rowStart[s+1])}, sorted ascending (so a thread finds the part of a
 * row that falls in its target range by binary search). Weights are stored signed (Dale's sign of
 * the source applied, except for conductances); a constant weight or delay is stored once.
 * <p>
 * Random rules draw from streams keyed by (seed, purpose, projection, source): connectivity,
 * weights and delays each from their own stream, so the result does not depend on threads.
 */
final class Csr {
    static final long PURPOSE_CONNECT = 1L << 40;
    static final long PURPOSE_WEIGHT = 2L << 40;
    static final long PURPOSE_DELAY = 3L << 40;
    private static final int BLOCK = 1024;

    final int[] rowStart;
    final int[] targets;
    final double[] weights;
    final double constantWeight;
    final short[] delays;
    final int constantDelay;
    final int maxDelay;

    private Csr(int[] rowStart, int[] targets, double[] weights, double constantWeight, short[] delays,
            int constantDelay, int maxDelay) {
        this.rowStart = rowStart;
        this.targets = targets;
        this.weights = weights;
        this.constantWeight = constantWeight;
        this.delays = delays;
        this.constantDelay = constantDelay;
        this.maxDelay = maxDelay;
    }

    int count() {
        return targets.length;
    }

    static Csr generate(Projection p, long seed, double dt) {
        int n = p.source.size;
        int m = p.target.size;
        int[] rowStart = new int[n + 1];
        int[] targets;
        long key = p.index;
        switch (p.connectivity) {
            case Connectivity.AllToAll() -> {
                int per = m - (p.excludesSelf() ? 1 : 0);
                fillRowStarts(rowStart, per);
                targets = new int[Math.multiplyExact(n, per)];
                parallel(n, s -> {
                    int at = rowStart[s];
                    for (int j = 0; j < m; j++) {
                        if (j != s || !p.excludesSelf()) {
                            targets[at++] = j;
                        }
                    }
                });
            }
            case Connectivity.OneToOne() -> {
                int per = p.excludesSelf() ? 0 : 1;
                fillRowStarts(rowStart, per);
                targets = new int[n * per];
                if (per == 1) {
                    Arrays.setAll(targets, i -> i);
                }
            }
            case Connectivity.FixedProbability(double prob) -> {
                // Pass 1 counts each row, pass 2 regenerates the same rows from the same keyed streams.
                parallel(n, s -> rowStart[s + 1] = geometric(seed, key, s, prob, m, p.excludesSelf(), null, 0));
                for (int s = 0; s < n; s++) {
                    rowStart[s + 1] = Math.addExact(rowStart[s + 1], rowStart[s]);
                }
                targets = new int[rowStart[n]];
                parallel(n, s -> geometric(seed, key, s, prob, m, p.excludesSelf(), targets, rowStart[s]));
            }
            case Connectivity.FixedOutDegree(int k) -> {
                fillRowStarts(rowStart, k);
                targets = new int[Math.multiplyExact(n, k)];
                int candidates = NetworkBuilder.candidates(p);
                parallel(n, s -> {
                    Keyed.Stream r = new Keyed.Stream(seed, PURPOSE_CONNECT, key, s);
                    int[] row = sample(r, k, candidates, p.allowMultapses);
                    for (int i = 0; i < k; i++) {
                        int t = row[i];
                        if (p.excludesSelf() && t >= s) {
                            t++;
                        }
                        row[i] = t;
                    }
                    Arrays.sort(row);
                    System.arraycopy(row, 0, targets, rowStart[s], k);
                });
            }
            case Connectivity.FixedInDegree(int k) -> {
                // Sources of each target from the target's stream, then a transpose into rows by source.
                boolean noSelf = p.excludesSelf();
                int candidates = n - (noSelf ? 1 : 0);
                if (!p.allowMultapses && k > candidates) {
                    throw new ModelRefusedException(p + ": k (in-degree) must be at most the " + candidates
                            + " possible sources without multapses, was " + k);
                }
                int[] sources = new int[Math.multiplyExact(m, k)];
                parallel(m, j -> {
                    Keyed.Stream r = new Keyed.Stream(seed, PURPOSE_CONNECT, key, j);
                    int[] col = sample(r, k, candidates, p.allowMultapses);
                    for (int i = 0; i < k; i++) {
                        int s = col[i];
                        if (noSelf && s >= j) {
                            s++;
                        }
                        sources[j * k + i] = s;
                    }
                });
                for (int s : sources) {
                    rowStart[s + 1]++;
                }
                for (int s = 0; s < n; s++) {
                    rowStart[s + 1] += rowStart[s];
                }
                targets = new int[sources.length];
                int[] fill = Arrays.copyOf(rowStart, n);
                for (int j = 0; j < m; j++) { // ascending j: rows come out sorted by target
                    for (int i = 0; i < k; i++) {
                        targets[fill[sources[j * k + i]]++] = j;
                    }
                }
            }
            case Connectivity.Explicit(int[] pre, int[] post) -> {
                long[] pairs = new long[pre.length];
                for (int i = 0; i < pre.length; i++) {
                    pairs[i] = ((long) pre[i] << 32) | post[i];
                }
                Arrays.sort(pairs);
                targets = new int[pairs.length];
                for (int i = 0; i < pairs.length; i++) {
                    rowStart[(int) (pairs[i] >>> 32) + 1]++;
                    targets[i] = (int) pairs[i];
                }
                for (int s = 0; s < n; s++) {
                    rowStart[s + 1] += rowStart[s];
                }
            }
        }
        // Weights and delays: drawn per source row, in row order, from their own keyed streams.
        int sign = p.synapse.kind() == SynapseKind.EXP_CONDUCTANCE ? 1 : p.source.type.sign();
        double[] weights = null;
        double constantWeight = 0;
        if (p.weight.isConstant()) {
            constantWeight = sign * p.weight.a();
        } else {
            double[] w = new double[targets.length];
            parallel(n, s -> {
                Keyed.Stream r = new Keyed.Stream(seed, PURPOSE_WEIGHT, key, s);
                for (int q = rowStart[s]; q < rowStart[s + 1]; q++) {
                    w[q] = sign * Math.max(0, draw(p.weight, r));
                }
            });
            weights = w;
        }
        short[] delays = null;
        int constantDelay = 0;
        int maxDelay;
        if (p.delay.isConstant()) {
            constantDelay = Layout.delaySteps(Math.max(0, p.delay.a()), dt);
            maxDelay = constantDelay;
        } else {
            short[] d = new short[targets.length];
            final int maxSteps = Layout.delaySteps(Math.max(0, p.delay.max()), dt);
            int[] maxPerBlock = new int[(n + BLOCK - 1) / BLOCK + 1];
            parallel(n, s -> {
                Keyed.Stream r = new Keyed.Stream(seed, PURPOSE_DELAY, key, s);
                int mx = 0;
                for (int q = rowStart[s]; q < rowStart[s + 1]; q++) {
                    int steps = Layout.delaySteps(Math.max(0, draw(p.delay, r)), dt);
                    steps = Math.min(steps, maxSteps); // normal: clipped at mean + 8 sd (the ring's size)
                    d[q] = (short) steps;
                    mx = Math.max(mx, steps);
                }
                int b = s / BLOCK;
                maxPerBlock[b] = Math.max(maxPerBlock[b], mx); // one block per task: no race
            });
            delays = d;
            maxDelay = Arrays.stream(maxPerBlock).max().orElse(0);
        }
        return new Csr(rowStart, targets, weights, constantWeight, delays, constantDelay, maxDelay);
    }

    static double draw(Distribution d, Keyed.Stream r) {
        return switch (d.kind()) {
            case CONSTANT -> d.a();
            case UNIFORM -> d.a() + (d.b() - d.a()) * r.nextDouble();
            case NORMAL -> d.a() + d.b() * r.nextGaussian();
        };
    }

    private static void fillRowStarts(int[] rowStart, int per) {
        for (int s = 1; s < rowStart.length; s++) {
            rowStart[s] = Math.addExact(rowStart[s - 1], per);
        }
    }

    /**
     * Bernoulli(p) for each target j in [0, m), by geometric skipping: the gap to the next chosen
     * target is floor(ln(U) / ln(1 - p)). The self pair is drawn like any other and then dropped,
     * so every other pair still has probability exactly p. Returns the row length; fills
     * {@code out} from {@code at} when it is not null.
     */
    private static int geometric(long seed, long key, int s, double p, int m, boolean noSelf, int[] out, int at) {
        if (p <= 0) {
            return 0;
        }
        Keyed.Stream r = new Keyed.Stream(seed, PURPOSE_CONNECT, key, s);
        int count = 0;
        if (p >= 1) {
            for (int j = 0; j < m; j++) {
                if (!(noSelf && j == s)) {
                    if (out != null) {
                        out[at + count] = j;
                    }
                    count++;
                }
            }
            return count;
        }
        double logq = Math.log1p(-p);
        long j = -1;
        while (true) {
            double u = 1.0 - r.nextDouble(); // (0, 1]
            double skip = Math.floor(Math.log(u) / logq);
            j += 1 + (skip >= m ? m : (long) skip);
            if (j >= m) {
                return count;
            }
            if (noSelf && j == s) {
                continue;
            }
            if (out != null) {
                out[at + count] = (int) j;
            }
            count++;
        }
    }

    /** k values in [0, n): distinct (Floyd's algorithm) or, with multapses, independent. */
    private static int[] sample(Keyed.Stream r, int k, int n, boolean multapses) {
        int[] result = new int[k];
        if (multapses) {
            for (int i = 0; i < k; i++) {
                result[i] = r.nextInt(n);
            }
            return result;
        }
        // Open-addressing set of the chosen values.
        int cap = Integer.highestOneBit(Math.max(4, k * 2 - 1)) << 1;
        int[] table = new int[cap];
        Arrays.fill(table, -1);
        int mask = cap - 1;
        int size = 0;
        for (int j = n - k; j < n; j++) {
            int t = r.nextInt(j + 1);
            int v = insert(table, mask, t) ? t : j;
            if (v == j && v != t) {
                insert(table, mask, j);
            }
            result[size++] = v;
        }
        return result;
    }

    private static boolean insert(int[] table, int mask, int value) {
        int h = (int) (Keyed.mix(value) & mask);
        while (true) {
            int cur = table[h];
            if (cur == value) {
                return false;
            }
            if (cur < 0) {
                table[h] = value;
                return true;
            }
            h = (h + 1) & mask;
        }
    }

    interface SourceTask {
        void run(int s);
    }

    /** Runs task for 0..n-1 in blocks on the common pool; keyed streams make the result order-free. */
    static void parallel(int n, SourceTask task) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int end = Math.min(n, (b + 1) * BLOCK);
            for (int s = b * BLOCK; s < end; s++) {
                task.run(s);
            }
        });
    }

    /** First index in [from, to) whose target is &gt;= value. */
    int lowerBound(int from, int to, int value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (targets[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
