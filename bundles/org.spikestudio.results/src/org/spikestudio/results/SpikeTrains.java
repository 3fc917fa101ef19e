// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * The spikes of one population in time order: spike k is neuron {@code neurons[k]} in time step
 * {@code steps[k]}, i.e. at {@code steps[k] * dt} (the step's start); within a step neurons ascend.
 * Whole steps, not milliseconds: times stay exact and comparable. Arrays are shared, not copied: do
 * not modify.
 */
public record SpikeTrains(int[] steps, int[] neurons) {

    public int count() {
        return steps.length;
    }

    /** The spike times in ms, {@code steps[k] * dt}. */
    public double[] timesMs(double dt) {
        double[] times = new double[steps.length];
        for (int k = 0; k < times.length; k++) {
            times[k] = steps[k] * dt;
        }
        return times;
    }
}
