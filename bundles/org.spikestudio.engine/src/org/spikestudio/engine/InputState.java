// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.Arrays;

import org.spikestudio.engine.internal.Keyed;

/** Runtime form of one input: adds to I_ext, or schedules spike deliveries for the end of the step. */
final class InputState {
    static final long PURPOSE_INPUT = 6L << 40;

    final InputHandle spec;
    final PopState pop;
    final int[] neurons; // sorted subset, or null for all
    final double[] ring; // spike inputs only
    final int ringLength;
    final int[] spikeSteps; // spike source arrays: sorted steps
    final double poissonMean;
    final double weight;
    final long seed;

    InputState(InputHandle spec, PopState pop, long seed, double dt) {
        this.spec = spec;
        this.pop = pop;
        this.neurons = spec.neurons;
        this.seed = seed;
        switch (spec.input) {
            case Input.Poisson p -> {
                ring = pop.ringFor(p.synapse());
                ringLength = pop.ringLengthFor(p.synapse());
                poissonMean = p.sources() * p.rateHz() * dt / 1000.0;
                weight = p.weight();
                spikeSteps = null;
            }
            case Input.SpikeSourceArray a -> {
                ring = pop.ringFor(a.synapse());
                ringLength = pop.ringLengthFor(a.synapse());
                poissonMean = 0;
                weight = a.weight();
                spikeSteps = Arrays.stream(a.times()).mapToInt(t -> Layout.delaySteps(t, dt)).sorted().toArray();
            }
            default -> {
                ring = null;
                ringLength = 0;
                poissonMean = 0;
                weight = 0;
                spikeSteps = null;
            }
        }
    }

    boolean isCurrent() {
        return ring == null;
    }

    /** Applies the input of step n at time t to the neurons in [lo, hi). */
    void apply(int lo, int hi, long n, double t) {
        int from = lo;
        int to = hi;
        if (neurons != null) {
            from = lowerBound(neurons, lo);
            to = lowerBound(neurons, hi);
        }
        double[] iext = pop.iext;
        switch (spec.input) {
            case Input.Constant c -> add(iext, from, to, c.amplitude());
            case Input.Step s -> {
                if (s.start() <= t && t < s.stop()) {
                    add(iext, from, to, s.amplitude());
                }
            }
            case Input.Sine s -> add(iext, from, to,
                    s.offset() + s.amplitude() * Math.sin(2 * Math.PI * s.frequencyHz() * t / 1000.0 + s.phase()));
            case Input.UniformNoise u -> {
                for (int k = from; k < to; k++) {
                    int j = index(k);
                    iext[j] += u.low() + (u.high() - u.low())
                            * Keyed.uniform(Keyed.hash(seed, PURPOSE_INPUT + spec.index, j, n));
                }
            }
            case Input.GaussianNoise g -> {
                for (int k = from; k < to; k++) {
                    int j = index(k);
                    iext[j] += g.mean() + g.sd() * Keyed.gaussian(Keyed.hash(seed, PURPOSE_INPUT + spec.index, j, n));
                }
            }
            case Input.Function f -> {
                TimeIndexFunction fn = f.function();
                if (fn.dependsOnIndex()) {
                    for (int k = from; k < to; k++) {
                        int j = index(k);
                        iext[j] += fn.evaluate(t, j);
                    }
                } else if (from < to) {
                    add(iext, from, to, fn.evaluate(t, 0));
                }
            }
            case Input.Poisson p -> {
                int base = (int) (n % ringLength) * pop.size;
                for (int k = from; k < to; k++) {
                    int j = index(k);
                    int count = Keyed.poisson(Keyed.hash(seed, PURPOSE_INPUT + spec.index, j, n), poissonMean);
                    if (count > 0) {
                        ring[base + j] += count * weight;
                    }
                }
            }
            case Input.SpikeSourceArray a -> {
                int first = lowerBound(spikeSteps, (int) Math.min(Integer.MAX_VALUE, n));
                int count = 0;
                while (first + count < spikeSteps.length && spikeSteps[first + count] == n) {
                    count++;
                }
                if (count > 0) {
                    int base = (int) (n % ringLength) * pop.size;
                    for (int k = from; k < to; k++) {
                        ring[base + index(k)] += count * weight;
                    }
                }
            }
        }
    }

    private int index(int k) {
        return neurons == null ? k : neurons[k];
    }

    private void add(double[] iext, int from, int to, double value) {
        for (int k = from; k < to; k++) {
            iext[index(k)] += value;
        }
    }

    private static int lowerBound(int[] a, int value) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
