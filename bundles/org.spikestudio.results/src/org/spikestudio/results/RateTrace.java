// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

/**
 * A population rate: {@code rateHz[b]} is the spikes in steps [b * binSteps, (b + 1) * binSteps)
 * divided by the population size and the bin width. The last bin may be shorter when the run ended
 * inside it; its rate is divided by its real width.
 *
 * @param recorderId   the rate recorder's stable id, or null for the default rate or when not known
 * @param recorder     the rate recorder, or null for the default 1 ms rate the run computes for each
 *                     population without a rate recorder
 * @param populationId the population's stable id, or null when not known
 */
public record RateTrace(String recorderId, String recorder, String populationId, String population, int binSteps,
        double[] rateHz) {

    public int bins() {
        return rateHz.length;
    }

    /** The bin of the rate a run computes for each population without a rate recorder. */
    public static final double DEFAULT_BIN_MS = 1.0;

    /** The first step of bin {@code b}. */
    public long binStartStep(int b) {
        return (long) b * binSteps;
    }

    /** The bin starts in ms, {@code b * binSteps * dt}. */
    public double[] binStartsMs(double dt) {
        double[] starts = new double[rateHz.length];
        for (int b = 0; b < starts.length; b++) {
            starts[b] = binStartStep(b) * dt;
        }
        return starts;
    }

    /**
     * A bin width in whole steps: the nearest number of steps, at least one (a width that is not a
     * multiple of dt is rounded, as for a rate recorder's bin width). Every rate is binned by this rule.
     */
    public static int binSteps(double widthMs, double dt) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.round(widthMs / dt)));
    }

    /** The nominal bin width in ms. */
    public double binWidthMs(double dt) {
        return binSteps * dt;
    }
}
