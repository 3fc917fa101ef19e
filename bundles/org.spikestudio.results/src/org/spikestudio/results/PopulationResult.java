// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * One population after a run.
 *
 * @param id               the population's stable id in the model, or null when not known
 * @param model            the neuron model as the model tree labels it, e.g.
 *                         {@code lif: LIF, R 1 MOhm, C 10 nF, threshold 1 mV, reset 0 mV}
 * @param spikeThresholdMv the potential at which the model spikes (LIF threshold, Izhikevich and
 *                         AdEx peak), for reference lines in plots; NaN when not known
 * @param spikes           the spike trains, or null when the model does not record this population's
 *                         spikes
 */
public record PopulationResult(String id, String name, PopulationType type, int size, String model,
        double spikeThresholdMv, SpikeTrains spikes, PopulationStatistics statistics) {

    public boolean spikesRecorded() {
        return spikes != null;
    }
}
