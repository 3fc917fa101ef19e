// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import java.util.List;
import java.util.Locale;

import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.PopulationType;

/**
 * One row of a result's statistics table: a population's figures exactly as the run computed them
 * ({@link PopulationStatistics}), so a table and summary.json cannot disagree.
 *
 * @param populationId the population's stable id, or null when not known
 * @param spikes       all spikes of the population (counted also when they were not recorded)
 * @param rateHz       spikes / (size * simulated time)
 * @param cvIsi        the mean CV of the inter-spike intervals over the neurons with at least 3 spikes;
 *                     NaN when none or the spikes were not recorded
 * @param neuronsInCv  how many neurons the CV averages over
 */
public record StatisticsRow(String populationId, String population, PopulationType type, int size, long spikes,
        double rateHz, double cvIsi, int neuronsInCv) {

    /** The column titles, as in the command line's summary table. */
    public static final List<String> COLUMNS = List.of("population", "type", "size", "spikes", "rate (Hz)", "CV ISI");

    /** The row of a population. */
    public static StatisticsRow of(PopulationResult p) {
        PopulationStatistics s = p.statistics();
        return new StatisticsRow(p.id(), p.name(), p.type(), p.size(), s.spikeCount(), s.meanRateHz(), s.cvIsi(),
                s.neuronsInCv());
    }

    /**
     * The cells under {@link #COLUMNS} as the command line's summary table writes them: counts with
     * thousands separators, the rate with 2 decimals, the CV with 3 or "-" when there is none.
     */
    public List<String> cells() {
        return List.of(population, type == null ? "" : type.key(), String.format(Locale.ROOT, "%,d", size),
                String.format(Locale.ROOT, "%,d", spikes), String.format(Locale.ROOT, "%.2f", rateHz),
                Double.isNaN(cvIsi) ? "-" : String.format(Locale.ROOT, "%.3f", cvIsi));
    }
}
