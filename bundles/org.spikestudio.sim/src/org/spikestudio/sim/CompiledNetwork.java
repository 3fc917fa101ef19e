// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spikestudio.engine.NetworkBuilder;
import org.spikestudio.engine.StateProbe;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelProblem;

/**
 * A model translated into an engine builder, before the synapses are drawn. Keeps the mapping from
 * model elements to engine handles so results can be reported by model name.
 *
 * @param warnings the validation warnings of the model (it has no errors)
 */
public record CompiledNetwork(String name, NetworkBuilder builder, long seed, double dt, long steps,
        Map<Population, org.spikestudio.engine.Population> populations,
        Map<Projection, List<org.spikestudio.engine.Projection>> projections, List<StateRecording> states,
        List<RateRecording> rates, Set<Population> spikeRecorded, List<ModelProblem> warnings) {

    /** A state recorder of the model and the engine probe that samples it. */
    public record StateRecording(String recorder, String population, RecordedVariable variable, StateProbe probe) {
    }

    /** A rate recorder: bins of {@code binSteps} time steps. */
    public record RateRecording(String recorder, String population, int binSteps) {
    }

    public long neurons() {
        return populations.values().stream().mapToLong(org.spikestudio.engine.Population::size).sum();
    }

    /** The expected number of synapses of a model projection (exact for deterministic rules, the mean otherwise). */
    public long expectedSynapses(Projection projection) {
        return projections.get(projection).stream().mapToLong(builder::expectedSynapseCount).sum();
    }

    public long expectedSynapses() {
        return projections.keySet().stream().mapToLong(this::expectedSynapses).sum();
    }

    /** The engine's estimate of the bytes the built network and its recordings need. */
    public long estimatedMemoryBytes() {
        return builder.estimateMemoryBytes();
    }
}
