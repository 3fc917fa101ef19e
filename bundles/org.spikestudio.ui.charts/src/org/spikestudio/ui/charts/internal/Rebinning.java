// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;

import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeStatistics;

/**
 * A result's population rates in other bins, counted from its spikes as the run counts them
 * ({@link SpikeStatistics#rate}): the data of the Rate view's CSV when a bin width is set (the
 * chart is {@code ResultChartContent.rate(result, binMs)}).
 */
public final class Rebinning {

    private Rebinning() {
    }

    /**
     * The result with one rate per population whose spikes were recorded, in bins of
     * {@code binSteps}, in place of its recorded rates.
     */
    public static SimulationResult rates(SimulationResult result, int binSteps) {
        long steps = result.info().steps();
        List<RateTrace> rates = new ArrayList<>();
        for (PopulationResult p : result.populations()) {
            if (!p.spikesRecorded() || p.size() == 0 || steps == 0) {
                continue;
            }
            int[] perStep = new int[(int) steps];
            for (int s : p.spikes().steps()) {
                if (s < steps) {
                    perStep[s]++;
                }
            }
            rates.add(SpikeStatistics.rate(null, null, p.id(), p.name(), p.size(), perStep, steps, binSteps,
                    result.dt()));
        }
        return new SimulationResult(result.info(), result.populations(), result.projections(), result.states(), rates);
    }
}
