// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * How a projection chooses its (source, target) pairs. Random rules draw from counter-based
 * streams keyed by (seed, projection, source) (fixed in-degree: by target), so the network does
 * not depend on the number of threads that build it.
 */
public sealed interface Connectivity {

    static Connectivity allToAll() {
        return new AllToAll();
    }

    static Connectivity oneToOne() {
        return new OneToOne();
    }

    /** Each pair independently with probability p, drawn by geometric skipping (O(synapses)). */
    static Connectivity fixedProbability(double p) {
        return new FixedProbability(p);
    }

    /** Each source gets exactly k targets (distinct unless multapses are allowed). */
    static Connectivity fixedOutDegree(int k) {
        return new FixedOutDegree(k);
    }

    /** The assignment's "connection probability p": k = ceil(targetSize * p) distinct targets. */
    static Connectivity outDegreeFromProbability(double p, int targetSize) {
        if (!(p >= 0 && p <= 1)) {
            throw new ModelRefusedException("connection probability p must be in [0, 1], was " + p);
        }
        // In decimal, as the user wrote p: 100 * 0.07 is 7.000000000000001 in binary, whose ceiling is 8.
        return new FixedOutDegree(new java.math.BigDecimal(Double.toString(p))
                .multiply(java.math.BigDecimal.valueOf(targetSize))
                .setScale(0, java.math.RoundingMode.CEILING).intValueExact());
    }

    /** Each target gets exactly k sources (distinct unless multapses are allowed). */
    static Connectivity fixedInDegree(int k) {
        return new FixedInDegree(k);
    }

    /**
     * Exactly the given pairs, {@code pre[i] -> post[i]} (local indices), including self pairs and
     * repeated pairs as listed (the autapse and multapse flags do not filter explicit lists).
     */
    static Connectivity explicit(int[] pre, int[] post) {
        return new Explicit(pre.clone(), post.clone());
    }

    record AllToAll() implements Connectivity {
    }

    record OneToOne() implements Connectivity {
    }

    record FixedProbability(double p) implements Connectivity {
    }

    record FixedOutDegree(int k) implements Connectivity {
    }

    record FixedInDegree(int k) implements Connectivity {
    }

    record Explicit(int[] pre, int[] post) implements Connectivity {
    }
}
