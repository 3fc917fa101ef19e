// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import org.spikestudio.expression.Expression;

/**
 * An input to a population (or a subset of its neurons, see {@link InputHandle#onNeurons}),
 * evaluated every step n at t = n dt. Current inputs (nA) sum into the neuron's I_ext, which is
 * held constant over the step. Spike inputs ({@link Poisson}, {@link SpikeSourceArray}) arrive
 * like synaptic events emitted with zero delay in step n: they act at the end of step n.
 */
public sealed interface Input {

    static Input constant(double amplitudeNa) {
        return new Constant(amplitudeNa);
    }

    /** amplitude for start &lt;= t &lt; stop (ms). */
    static Input step(double startMs, double stopMs, double amplitudeNa) {
        return new Step(startMs, stopMs, amplitudeNa);
    }

    /** offset + amplitude sin(2 pi f t / 1000 + phase), f in Hz, t in ms. */
    static Input sine(double amplitudeNa, double frequencyHz, double phaseRad, double offsetNa) {
        return new Sine(amplitudeNa, frequencyHz, phaseRad, offsetNa);
    }

    static Input sineWithPeriod(double amplitudeNa, double periodMs, double phaseRad, double offsetNa) {
        return new Sine(amplitudeNa, 1000.0 / periodMs, phaseRad, offsetNa);
    }

    /** A new value in [low, high) per neuron per step, from streams keyed by (seed, input, neuron, step). */
    static Input uniformNoise(double lowNa, double highNa) {
        return new UniformNoise(lowNa, highNa);
    }

    /** A new Gaussian value per neuron per step, from keyed streams. */
    static Input gaussianNoise(double meanNa, double sdNa) {
        return new GaussianNoise(meanNa, sdNa);
    }

    static Input function(TimeIndexFunction f) {
        return new Function(f);
    }

    /**
     * An input current (nA) given by an {@link Expression} of t (ms) and i (neuron index); evaluated once per
     * step (per thread) when it does not mention i, else once per neuron.
     */
    static Input expression(Expression expression) {
        return new ExpressionInput(expression);
    }

    /**
     * Parses and wraps an expression.
     *
     * @throws org.spikestudio.expression.ExpressionSyntaxException (an
     *         IllegalArgumentException) with the column of the error
     */
    static Input expression(String source) {
        return new ExpressionInput(Expression.parse(source));
    }

    /**
     * {@code sources} independent Poisson spike trains of {@code rateHz} each onto every targeted
     * neuron: per step a Poisson(sources * rate * dt) count (exact for superposed Poisson processes;
     * above a mean of 200 per step the rounded normal approximation), times {@code weight} (signed)
     * delivered through a synapse of the given kind, at the end of the step.
     */
    static Input poisson(double rateHz, int sources, double weight, Synapse synapse) {
        return new Poisson(rateHz, sources, weight, synapse);
    }

    /** The same spike times (ms, rounded to steps) onto every targeted neuron, delta jumps of weight mV. */
    static Input spikeSourceArray(double[] timesMs, double weightMv) {
        return new SpikeSourceArray(timesMs.clone(), weightMv, Synapse.delta());
    }

    record Constant(double amplitude) implements Input {
    }

    record Step(double start, double stop, double amplitude) implements Input {
    }

    record Sine(double amplitude, double frequencyHz, double phase, double offset) implements Input {
    }

    record UniformNoise(double low, double high) implements Input {
    }

    record GaussianNoise(double mean, double sd) implements Input {
    }

    record Function(TimeIndexFunction function) implements Input {
    }

    record ExpressionInput(Expression expression) implements Input {
    }

    record Poisson(double rateHz, int sources, double weight, Synapse synapse) implements Input {
    }

    record SpikeSourceArray(double[] times, double weight, Synapse synapse) implements Input {
    }
}
