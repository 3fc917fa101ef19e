// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * Spike statistics of one population over the simulated time.
 *
 * @param spikeCount  all spikes of the population
 * @param meanRateHz  spikeCount / (size * simulated time)
 * @param cvIsi       coefficient of variation of the inter-spike intervals, averaged over the
 *                    neurons with at least 3 spikes (as the benchmark against Brian2 does); NaN when
 *                    no neuron has 3 spikes or the spikes were not recorded
 * @param neuronsInCv how many neurons the CV averages over
 */
public record PopulationStatistics(long spikeCount, double meanRateHz, double cvIsi, int neuronsInCv) {
}
