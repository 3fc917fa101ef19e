// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/** Rates and inter-spike-interval statistics from spike trains. */
public final class SpikeStatistics {

    private SpikeStatistics() {
    }

    /**
     * The coefficient of variation of the inter-spike intervals, sd/mean with the population standard
     * deviation (numpy's default, as the Brian2 benchmark computes it), averaged over the neurons with
     * at least 3 spikes.
     *
     * @return {cv, number of neurons averaged}; cv is NaN when no neuron has 3 spikes
     */
    public static double[] meanCvIsi(SpikeTrains trains, int size) {
        return meanCvIsi(trains, size, 0);
    }

    /**
     * As {@link #meanCvIsi(SpikeTrains, int)} for spikes on a grid of {@code dt}: intervals are taken
     * in whole steps, so a perfectly regular train has a CV of exactly 0 (not 1e-15 from n * dt).
     */
    public static double[] meanCvIsi(SpikeTrains trains, int size, double dt) {
        int[] counts = new int[size];
        for (int n : trains.neurons()) {
            counts[n]++;
        }
        // Spike times per neuron, in time order (the trains are in time order).
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        double[] times = new double[trains.count()];
        int[] fill = start.clone();
        for (int k = 0; k < trains.count(); k++) {
            times[fill[trains.neurons()[k]]++] = trains.timesMs()[k];
        }
        double sum = 0;
        int neurons = 0;
        for (int i = 0; i < size; i++) {
            int m = counts[i] - 1; // intervals
            if (m < 2) {
                continue;
            }
            double mean = interval(times[start[i + 1] - 1], times[start[i]], dt) / m;
            double squares = 0;
            for (int k = start[i] + 1; k < start[i + 1]; k++) {
                double d = interval(times[k], times[k - 1], dt) - mean;
                squares += d * d;
            }
            sum += Math.sqrt(squares / m) / mean;
            neurons++;
        }
        return new double[] { neurons == 0 ? Double.NaN : sum / neurons, neurons };
    }

    private static double interval(double later, double earlier, double dt) {
        return dt > 0 ? Math.round((later - earlier) / dt) : later - earlier;
    }

    /** Spikes per neuron per second in bins of {@code binSteps} steps; a shorter last bin uses its real width. */
    public static RateTrace rate(String recorder, String population, int size, int[] countsPerStep, long steps,
            int binSteps, double dt) {
        int bins = (int) ((steps + binSteps - 1) / binSteps);
        double[] starts = new double[bins];
        double[] rates = new double[bins];
        for (int b = 0; b < bins; b++) {
            long from = (long) b * binSteps;
            long to = Math.min(steps, from + binSteps);
            long spikes = 0;
            for (long n = from; n < to; n++) {
                spikes += countsPerStep[(int) n];
            }
            starts[b] = from * dt;
            rates[b] = spikes / (size * (to - from) * dt / 1000.0);
        }
        return new RateTrace(recorder, population, binSteps * dt, starts, rates);
    }
}
