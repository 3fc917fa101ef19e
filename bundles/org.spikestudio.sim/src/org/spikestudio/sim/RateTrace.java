// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

/**
 * A population rate: {@code rateHz[b]} is the spikes in [binStartMs[b], binStartMs[b] + binWidthMs)
 * divided by the population size and the bin width. The last bin may be shorter when the run was
 * stopped early; its rate is divided by its real width.
 *
 * @param recorder the rate recorder, or null for the default 1 ms rate the run computes for each
 *                 population without a rate recorder
 */
public record RateTrace(String recorder, String population, double binWidthMs, double[] binStartMs,
        double[] rateHz) {
}
