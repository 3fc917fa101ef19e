// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/** Rates and inter-spike-interval statistics from spike trains. */
public final class SpikeStatistics {

    private SpikeStatistics() {
    }

    /**
     * The coefficient of variation of the inter-spike intervals, sd/mean with the population standard
     * deviation (numpy's default, as the Brian2 benchmark computes it), averaged over the neurons with
     * at least 3 spikes. Intervals are taken in whole steps, so a perfectly regular train has a CV of
     * exactly 0 (not 1e-15 from n * dt).
     *
     * @return {cv, number of neurons averaged}; cv is NaN when no neuron has 3 spikes
     */
    public static double[] meanCvIsi(SpikeTrains trains, int size) {
        int[] counts = new int[size];
        for (int n : trains.neurons()) {
            counts[n]++;
        }
        // Spike steps per neuron, in time order (the trains are in time order).
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        int[] steps = new int[trains.count()];
        int[] fill = start.clone();
        for (int k = 0; k < trains.count(); k++) {
            steps[fill[trains.neurons()[k]]++] = trains.steps()[k];
        }
        double sum = 0;
        int neurons = 0;
        for (int i = 0; i < size; i++) {
            int m = counts[i] - 1; // intervals
            if (m < 2) {
                continue;
            }
            double mean = (double) (steps[start[i + 1] - 1] - steps[start[i]]) / m;
            double squares = 0;
            for (int k = start[i] + 1; k < start[i + 1]; k++) {
                double d = (steps[k] - steps[k - 1]) - mean;
                squares += d * d;
            }
            sum += Math.sqrt(squares / m) / mean;
            neurons++;
        }
        return new double[] { neurons == 0 ? Double.NaN : sum / neurons, neurons };
    }

    /**
     * Spikes per neuron per second in bins of {@code binSteps} steps; a shorter last bin uses its real
     * width. The recorder and its id are null for the default rate.
     */
    public static RateTrace rate(String recorderId, String recorder, String populationId, String population, int size,
            int[] countsPerStep, long steps, int binSteps, double dt) {
        int bins = (int) ((steps + binSteps - 1) / binSteps);
        double[] rates = new double[bins];
        for (int b = 0; b < bins; b++) {
            long from = (long) b * binSteps;
            long to = Math.min(steps, from + binSteps);
            long spikes = 0;
            for (long n = from; n < to; n++) {
                spikes += countsPerStep[(int) n];
            }
            rates[b] = spikes / (size * (to - from) * dt / 1000.0);
        }
        return new RateTrace(recorderId, recorder, populationId, population, binSteps, rates);
    }
}
