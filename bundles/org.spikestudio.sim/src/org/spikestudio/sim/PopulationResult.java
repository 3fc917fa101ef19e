// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * One population after a run.
 *
 * @param firstIndex index of the population's neuron 0 when all populations are stacked in model
 *                   order (the raster's bands)
 * @param spikes     the spike trains, or null when the model does not record this population's
 *                   spikes
 * @param model      a one-line description of the neuron model, e.g. {@code LIF 'lif'}
 * @param spikeThresholdMv the potential at which the model spikes (LIF threshold, Izhikevich and
 *                   AdEx peak), for reference lines in plots
 */
public record PopulationResult(String name, PopulationType type, int size, int firstIndex, String model,
        double spikeThresholdMv, SpikeTrains spikes, PopulationStatistics statistics) {

    public boolean spikesRecorded() {
        return spikes != null;
    }
}
