// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.results.StateTrace;

/**
 * A result cut down to what a view shows: some populations (the selection), and a time window
 * (the zoomed time axis). What is kept is unchanged, so exporting the cut result through the
 * command line's writers gives the rows of the run's files that fall inside.
 */
public final class ResultFilter {

    private ResultFilter() {
    }

    /**
     * Whether a population (or a trace or rate of it) is shown: {@code selected} holds element ids
     * and names; empty shows all.
     */
    public static boolean shows(Set<String> selected, String id, String name) {
        return selected.isEmpty() || (id != null && selected.contains(id)) || selected.contains(name);
    }

    /** Only the selected populations and their traces and rates; the same result when none is selected. */
    public static SimulationResult populations(SimulationResult result, Set<String> selected) {
        return selected.isEmpty() ? result : result.only(selected);
    }

    /**
     * Spikes and samples with times in [fromMs, toMs]; the whole result when the window covers the
     * run. Rates are kept whole: a few thousand bins at most, the chart's time axis shows the window.
     */
    public static SimulationResult window(SimulationResult result, double fromMs, double toMs) {
        double dt = result.dt();
        long first = (long) Math.ceil(fromMs / dt - 1e-9);
        long last = (long) Math.floor(toMs / dt + 1e-9);
        if (first <= 0 && last >= result.info().steps()) {
            return result;
        }
        List<PopulationResult> populations = new ArrayList<>();
        for (PopulationResult p : result.populations()) {
            SpikeTrains trains = p.spikes();
            if (trains != null) {
                int from = firstAtOrAfter(trains.steps(), first);
                int to = firstAtOrAfter(trains.steps(), last + 1);
                trains = new SpikeTrains(Arrays.copyOfRange(trains.steps(), from, to),
                        Arrays.copyOfRange(trains.neurons(), from, to));
            }
            populations.add(new PopulationResult(p.id(), p.name(), p.type(), p.size(), p.model(), p.spikeThresholdMv(),
                    trains, p.statistics()));
        }
        List<StateTrace> states = new ArrayList<>();
        for (StateTrace s : result.states()) {
            int from = firstAtOrAfter(s.steps(), first);
            int to = firstAtOrAfter(s.steps(), last + 1);
            double[][] values = new double[s.values().length][];
            for (int k = 0; k < values.length; k++) {
                values[k] = Arrays.copyOfRange(s.values()[k], from, to);
            }
            states.add(new StateTrace(s.recorderId(), s.recorder(), s.populationId(), s.population(), s.variable(),
                    s.neurons(), Arrays.copyOfRange(s.steps(), from, to), values));
        }
        return new SimulationResult(result.info(), populations, result.projections(), states, result.rates());
    }

    private static int firstAtOrAfter(int[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
