// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * This result restricted to some populations: those whose id is in {@code populationIds} (or whose
     * name is, for a population without id, as in a folder written before ids), in model order, with
     * their state and rate recordings and the projections from or to them. The run info is kept, so
     * titles and time axes stay those of the run.
     */
    public SimulationResult only(Set<String> populationIds) {
        List<PopulationResult> kept = populations.stream()
                .filter(p -> populationIds.contains(p.id() != null ? p.id() : p.name())).toList();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PopulationResult p : kept) {
            if (p.id() != null) {
                ids.add(p.id());
            }
            names.add(p.name());
        }
        return new SimulationResult(info, kept,
                projections.stream().filter(p -> of(p.sourceId(), p.source(), ids, names)
                        || of(p.targetId(), p.target(), ids, names)).toList(),
                states.stream().filter(t -> of(t.populationId(), t.population(), ids, names)).toList(),
                rates.stream().filter(r -> of(r.populationId(), r.population(), ids, names)).toList());
    }

    /** Whether an element naming a population by id (or, without id, by name) names a kept one. */
    private static boolean of(String id, String name, Set<String> ids, Set<String> names) {
        return id != null ? ids.contains(id) : names.contains(name);
    }

    /** Total number of neurons. */
    public int neuronCount() {
        return populations.stream().mapToInt(PopulationResult::size).sum();
    }

    public long spikeCount() {
        return populations.stream().mapToLong(p -> p.statistics().spikeCount()).sum();
    }
}
