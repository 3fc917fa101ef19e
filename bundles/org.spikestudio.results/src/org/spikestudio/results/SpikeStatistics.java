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
        int[] start = new int[size + 1];
        int[] steps = stepsByNeuron(trains, size, start);
        double sum = 0;
        int neurons = 0;
        for (int i = 0; i < size; i++) {
            int m = start[i + 1] - start[i] - 1; // intervals
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
     * Every inter-spike interval of the trains in whole steps: the differences between consecutive
     * spikes of each neuron, neuron by neuron in time order.
     */
    public static int[] intervalSteps(SpikeTrains trains, int size) {
        int[] start = new int[size + 1];
        int[] steps = stepsByNeuron(trains, size, start);
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += Math.max(0, start[i + 1] - start[i] - 1);
        }
        int[] intervals = new int[count];
        int n = 0;
        for (int i = 0; i < size; i++) {
            for (int k = start[i] + 1; k < start[i + 1]; k++) {
                intervals[n++] = steps[k] - steps[k - 1];
            }
        }
        return intervals;
    }

    /**
     * The spike steps grouped by neuron, each neuron's in time order (the trains are in time order):
     * neuron i's are at [start[i], start[i + 1]); {@code start} has size + 1 entries and is filled here.
     */
    private static int[] stepsByNeuron(SpikeTrains trains, int size, int[] start) {
        int[] counts = new int[size];
        for (int n : trains.neurons()) {
            counts[n]++;
        }
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        int[] steps = new int[trains.count()];
        int[] fill = start.clone();
        for (int k = 0; k < trains.count(); k++) {
            steps[fill[trains.neurons()[k]]++] = trains.steps()[k];
        }
        return steps;
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
