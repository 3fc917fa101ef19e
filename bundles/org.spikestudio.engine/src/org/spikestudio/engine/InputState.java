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
    private final int kind;
    private final TimeIndexFunction function; // function and expression inputs

    InputState(InputHandle spec, PopState pop, long seed, double dt) {
        this.spec = spec;
        this.pop = pop;
        this.neurons = spec.neurons;
        this.seed = seed;
        this.kind = switch (spec.input) {
            case Input.Constant c -> 0;
            case Input.Step x -> 1;
            case Input.Sine x -> 2;
            case Input.UniformNoise x -> 3;
            case Input.GaussianNoise x -> 4;
            case Input.Function x -> 5;
            case Input.ExpressionInput x -> 5;
            case Input.Poisson x -> 6;
            case Input.SpikeSourceArray x -> 7;
        };
        this.function = switch (spec.input) {
            case Input.Function f -> f.function();
            case Input.ExpressionInput x -> ExpressionCompiler.compile(x.expression());
            default -> null;
        };
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
        // Dispatch on a precomputed int: a pattern switch would bootstrap in the first step.
        switch (kind) {
            case 0 -> add(iext, from, to, ((Input.Constant) spec.input).amplitude());
            case 1 -> {
                Input.Step s = (Input.Step) spec.input;
                if (s.start() <= t && t < s.stop()) {
                    add(iext, from, to, s.amplitude());
                }
            }
            case 2 -> {
                Input.Sine s = (Input.Sine) spec.input;
                add(iext, from, to,
                        s.offset() + s.amplitude() * Math.sin(2 * Math.PI * s.frequencyHz() * t / 1000.0 + s.phase()));
            }
            case 3 -> {
                Input.UniformNoise u = (Input.UniformNoise) spec.input;
                for (int k = from; k < to; k++) {
                    int j = index(k);
                    iext[j] += u.low() + (u.high() - u.low())
                            * Keyed.uniform(Keyed.hash(seed, PURPOSE_INPUT + spec.index, j, n));
                }
            }
            case 4 -> {
                Input.GaussianNoise g = (Input.GaussianNoise) spec.input;
                for (int k = from; k < to; k++) {
                    int j = index(k);
                    iext[j] += g.mean() + g.sd() * Keyed.gaussian(Keyed.hash(seed, PURPOSE_INPUT + spec.index, j, n));
                }
            }
            case 5 -> {
                TimeIndexFunction fn = function;
                if (fn.dependsOnIndex()) {
                    for (int k = from; k < to; k++) {
                        int j = index(k);
                        iext[j] += fn.evaluate(t, j);
                    }
                } else if (from < to) {
                    add(iext, from, to, fn.evaluate(t, 0));
                }
            }
            case 6 -> {
                int base = (int) (n % ringLength) * pop.size;
                for (int k = from; k < to; k++) {
                    int j = index(k);
                    int count = Keyed.poisson(Keyed.hash(seed, PURPOSE_INPUT + spec.index, j, n), poissonMean);
                    if (count > 0) {
                        ring[base + j] += count * weight;
                    }
                }
            }
            default -> {
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
