// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine.internal;

/**
 * Counter-based randomness: every random number is a pure function of a key (seed, purpose, a, b),
 * for example (seed, input id, neuron, step). No generator state is shared between threads, so the
 * numbers do not depend on which thread draws them, in which order, or how a run is chunked.
 * <p>
 * The mixing function is SplitMix64's finalizer (Steele, Lea, Flood 2014), applied once per key
 * component; it passes BigCrush as a generator and is a good 64-bit hash.
 */
public final class Keyed {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Keyed() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit hash of the four key components. */
    public static long hash(long seed, long purpose, long a, long b) {
        long h = mix(seed * GOLDEN + 0x2545F4914F6CDD1DL);
        h = mix(h ^ (purpose * GOLDEN + 0x632BE59BD9B4E019L));
        h = mix(h ^ (a * GOLDEN + 0x1B873593L));
        return mix(h ^ (b * GOLDEN + 0x85EBCA6BL));
    }

    /** Uniform in [0, 1) from the top 53 bits of {@code h}. */
    public static double uniform(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A standard normal number from the key's hash (Box-Muller with two derived words). */
    public static double gaussian(long h) {
        double u1 = 1.0 - uniform(mix(h ^ 0x5851F42D4C957F2DL)); // (0, 1]
        double u2 = uniform(mix(h + GOLDEN));
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * A Poisson(lambda) count from one uniform, by inversion of the cumulative distribution; for
     * lambda above 200 the normal approximation rounded to the nearest integer (relative error of
     * its moments below 1e-2, documented in Input.poisson).
     */
    public static int poisson(long h, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 200) {
            long k = Math.round(lambda + Math.sqrt(lambda) * gaussian(h));
            return (int) Math.max(0, k);
        }
        double u = uniform(h);
        double p = Math.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u >= cdf && k < 10_000) {
            k++;
            p *= lambda / k;
            cdf += p;
            if (p == 0 && cdf < u) {
                break;
            }
        }
        return k;
    }

    /** SplittableRandom's 32-bit finalizer (Stafford's variant 4). */
    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62A9D9ED799705F5L;
        return (int) (((z ^ (z >>> 28)) * 0xCB24D0A5C88C35B3L) >>> 32);
    }

    /** A sequential stream seeded by a key: used where one key needs many numbers (a source's row). */
    public static class Stream {
        private long state;

        public Stream(long seed, long purpose, long a, long b) {
            state = hash(seed, purpose, a, b);
        }

        Stream(long state) {
            this.state = state;
        }

        public long nextLong() {
            return mix(nextState());
        }

        /** The generator's next state, before the finalizer. */
        final long nextState() {
            state += GOLDEN;
            return state;
        }

        public double nextDouble() {
            return uniform(nextLong());
        }

        /** Uniform in [0, bound) without modulo bias (Lemire's multiply-shift with rejection). */
        public int nextInt(int bound) {
            long m = (nextLong() >>> 32) * bound;
            long low = m & 0xFFFFFFFFL;
            if (low < bound) {
                long threshold = (0x1_0000_0000L - bound) % bound;
                while (low < threshold) {
                    m = (nextLong() >>> 32) * bound;
                    low = m & 0xFFFFFFFFL;
                }
            }
            return (int) (m >>> 32);
        }

        public double nextGaussian() {
            return gaussian(nextLong());
        }
    }

    /**
     * The numbers of {@code new java.util.SplittableRandom(state)}: the same SplitMix64 sequence as
     * {@link Stream} (same increment, same finalizer), but bounded ints in SplittableRandom's way (a
     * 32-bit finalizer, then rejection by modulo). Only the assembly degree rules use it: they drew
     * from SplittableRandom before the engine owned them, and models keep their connections.
     */
    public static final class SplittableStream extends Stream {
        public SplittableStream(long state) {
            super(state);
        }

        @Override
        public int nextInt(int bound) {
            int r = mix32(nextState());
            int m = bound - 1;
            if ((bound & m) == 0) {
                return r & m;
            }
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = mix32(nextState()) >>> 1) {
                // rejects the values that would make small results more likely
            }
            return r;
        }
    }
}
