// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * The spikes of one population in time order: spike k is neuron {@code neurons[k]} at
 * {@code timesMs[k]} (the time step's start, n*dt). Arrays are shared, not copied: do not modify.
 */
public record SpikeTrains(double[] timesMs, int[] neurons) {

    public int count() {
        return timesMs.length;
    }
}
