// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

import java.util.List;
import java.util.Optional;

/**
 * Everything a run produced, in plain Java types: the same object feeds the command line's files
 * and plots, the workbench's charts and the exporters, and is what reading a results folder gives.
 * Populations are in model order.
 */
public record SimulationResult(RunInfo info, List<PopulationResult> populations, List<ProjectionSummary> projections,
        List<StateTrace> states, List<RateTrace> rates) {

    public SimulationResult {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        states = List.copyOf(states);
        rates = List.copyOf(rates);
    }

    /** The time step in ms: every time of the result is a whole number of it. */
    public double dt() {
        return info.timeStepMs();
    }

    public Optional<PopulationResult> population(String name) {
        return populations.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Total number of neurons. */
    public int neuronCount() {
        return populations.stream().mapToInt(PopulationResult::size).sum();
    }

    public long spikeCount() {
        return populations.stream().mapToLong(p -> p.statistics().spikeCount()).sum();
    }
}
