// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.Locale;

/**
 * The limits and model rules the engine enforces, as checks that answer instead of throwing. The
 * engine throws when one fails; the model validator asks the same checks, so that every model the
 * validator passes is one the engine accepts, and no limit is written twice.
 */
public final class Limits {

    /** The longest array the engine allocates: VMs reserve a few header words below 2^31 - 1. */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    /** Delays are stored per synapse as a {@code short} number of steps. */
    public static final int MAX_DELAY_STEPS = Short.MAX_VALUE;

    /** Steps are counted in an int: a run, and all runs of one simulation together, at most 2^31 - 1. */
    public static final long MAX_STEPS = Integer.MAX_VALUE;

    /** Neurons of a population, or of an assembly's joint index space, are numbered by an int. */
    public static final long MAX_GROUP_SIZE = Integer.MAX_VALUE;

    /** A time that becomes a step count (refractory period, spike time) must leave room for one more step. */
    public static final long MAX_TIME_STEPS = Integer.MAX_VALUE - 1;

    private Limits() {
    }

    /** Steps of a time: round(ms / dt), halves rounded up, as the engine rounds delays and periods. */
    public static long steps(double ms, double dt) {
        return Math.round(ms / dt);
    }

    /** Whether a time (refractory period, spike time) fits {@link #MAX_TIME_STEPS} at this dt. */
    public static boolean timeFits(double ms, double dt) {
        return steps(ms, dt) <= MAX_TIME_STEPS;
    }

    /** Forward Euler is stable for a LIF neuron only when dt &lt; tau = R*C. */
    public static boolean forwardEulerStable(double tauMs, double dtMs) {
        return dtMs < tauMs;
    }

    /** An Izhikevich neuron resets to c below its peak, or it would fire in every step. */
    public static boolean izhikevichResetBelowPeak(double c, double vPeak) {
        return c < vPeak;
    }

    /** The largest delay (ms) a distribution produces: mean + 8 sd for the normal (the engine clips there). */
    public static double maxDelayMs(Distribution delay) {
        return Math.max(0, delay.max());
    }

    /** Whether the longest delay of a distribution fits {@link #MAX_DELAY_STEPS} at this dt. */
    public static boolean delayFits(Distribution delay, double dt) {
        return steps(maxDelayMs(delay), dt) <= MAX_DELAY_STEPS;
    }

    /** Slots of a population's delay ring: the longest delay onto it in steps, plus two. */
    public static long ringLength(long maxDelaySteps) {
        return maxDelaySteps + 2;
    }

    /**
     * Whether the delay ring of a population (size x ring length values, checked for every
     * population, whether or not its synapses need a ring) fits one array.
     */
    public static boolean ringFits(long size, long ringLength) {
        return size * ringLength <= MAX_ARRAY;
    }

    /** Whether a recording of {@code neurons} x {@code samples} values fits one array. */
    public static boolean samplesFit(long neurons, long samples) {
        return neurons <= 0 || samples <= MAX_ARRAY / neurons;
    }

    /**
     * The number of synapses the engine reserves for a fixed-probability projection over
     * {@code pairs} candidate pairs: the mean plus 5 standard deviations, at most all pairs.
     */
    public static long fixedProbabilityReserve(double pairs, double p) {
        double mean = p * pairs;
        return (long) Math.min(pairs, Math.ceil(mean + 5 * Math.sqrt(mean * (1 - p)) + 1));
    }

    /** Whether one projection's synapses (or those reserved for it) fit one array. */
    public static boolean synapsesFit(long count) {
        return count <= MAX_ARRAY;
    }

    /**
     * Bytes in binary units, as every memory figure of Spikestudio is given: {@code 512.0 KiB},
     * {@code 3.5 MiB}, {@code 80.48 GiB} (1 GiB = 2^30 bytes).
     */
    public static String formatBytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
