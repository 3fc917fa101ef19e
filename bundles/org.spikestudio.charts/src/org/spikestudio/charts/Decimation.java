// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import java.util.Arrays;

/**
 * Thins long sampled lines without changing how they look: the samples are cut into buckets of
 * consecutive samples and each bucket keeps its first and last sample and, for each given value
 * array, the samples with the smallest and the largest value. With a few buckets per pixel column
 * the drawn line covers the same pixels as the full one (peaks and resets included), while a 100 000
 * sample trace becomes a few thousand points.
 */
public final class Decimation {

    /** Buckets per line: two per pixel column of a 1200 px wide image. */
    public static final int BUCKETS = 2400;

    private Decimation() {
    }

    /**
     * The indices to keep, ascending, of {@code n} samples in {@code buckets} buckets; all indices
     * when there are no more than 4 samples per bucket.
     */
    public static int[] keep(int n, int buckets, double[]... values) {
        if (n <= 4L * buckets) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] kept = new int[buckets * (2 + 2 * values.length)];
        int count = 0;
        int[] picks = new int[2 + 2 * values.length];
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) n * b / buckets);
            int to = (int) ((long) n * (b + 1) / buckets);
            if (from >= to) {
                continue;
            }
            int p = 0;
            picks[p++] = from;
            picks[p++] = to - 1;
            for (double[] v : values) {
                int min = from;
                int max = from;
                for (int i = from + 1; i < to; i++) {
                    if (v[i] < v[min] || Double.isNaN(v[min])) {
                        min = i;
                    }
                    if (v[i] > v[max] || Double.isNaN(v[max])) {
                        max = i;
                    }
                }
                picks[p++] = min;
                picks[p++] = max;
            }
            Arrays.sort(picks, 0, p);
            int last = -1;
            for (int i = 0; i < p; i++) {
                if (picks[i] != last) {
                    kept[count++] = picks[i];
                    last = picks[i];
                }
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** {@code values[indices[k]]} for each k. */
    public static double[] select(double[] values, int[] indices) {
        if (indices.length == values.length) {
            return values;
        }
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = values[indices[k]];
        }
        return out;
    }
}
