// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.bench;

import java.util.Locale;

/**
 * The floor of the CUBA loop: one branch-free pass per step over the neuron state (v, ge, gi) with
 * the same arithmetic as the engine's kernel, but no refractoriness, no threshold, no spikes and no
 * synapses (the JIT vectorises it). Prints the best of several 1 s (10 000-step) runs after warm-up.
 * Usage: {@code FloorBench N}.
 */
public final class FloorBench {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        double[] v = new double[n];
        double[] ge = new double[n];
        double[] gi = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = -60 + 10.0 * i / n;
            ge[i] = 0.1;
            gi[i] = -0.1;
        }
        double e = Math.exp(-0.1 / 20);
        double d0 = Math.exp(-0.1 / 5);
        double d1 = Math.exp(-0.1 / 10);
        double p0 = 0.0049;
        double p1 = 0.0049;
        double rest = -49;
        double best = Double.MAX_VALUE;
        double sink = 0;
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            for (int step = 0; step < 10_000; step++) {
                for (int j = 0; j < n; j++) {
                    double s = ge[j];
                    double t = gi[j];
                    ge[j] = s * d0;
                    gi[j] = t * d1;
                    double u = rest + (v[j] - rest) * e + (p0 * s + p1 * t);
                    v[j] = u;
                }
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            sink += v[n / 2];
        }
        System.out.println(String.format(Locale.ROOT,
                "RESULT engine=floor variant=cuba n=%d threads=1 seed=0 run_s=%.4f bytes_per_step=%d updates_per_s=%.4g"
                        + " sink=%.3f",
                n, best, n * 24L, n * 10_000.0 / best, sink));
    }
}
