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
import org.spikestudio.model.validation.MemoryEstimator;
import org.spikestudio.results.RecordedVariable;

/**
 * A model translated into an engine builder, before the synapses are drawn. Keeps the mapping from
 * model elements to engine handles so results can be reported by model id and name.
 *
 * @param warnings the validation warnings of the model (it has no errors)
 * @param memoryLimitBytes the run's memory limit, or null for what the JVM can still allocate
 */
public record CompiledNetwork(String id, String name, NetworkBuilder builder, long seed, double dt, long steps,
        Map<Population, org.spikestudio.engine.Population> populations,
        Map<Projection, List<org.spikestudio.engine.Projection>> projections, List<StateRecording> states,
        List<RateRecording> rates, Set<Population> spikeRecorded, List<ModelProblem> warnings,
        Long memoryLimitBytes) {

    /** The same network with these validation warnings. */
    CompiledNetwork withWarnings(List<ModelProblem> problems) {
        return new CompiledNetwork(id, name, builder, seed, dt, steps, populations, projections, states, rates,
                spikeRecorded,
                problems, memoryLimitBytes);
    }

    /**
     * The memory figure of {@link #estimatedMemoryBytes()} for a valid network, without building it:
     * what {@code validate} gives the validator for its size warning, so that it states the same
     * number as {@code info} and the run's pre-flight.
     */
    public static MemoryEstimator memoryEstimator(RunOptions options) {
        return network -> {
            try {
                return ModelCompiler.translate(network, "", options).estimatedMemoryBytes();
            } catch (InvalidModelException e) {
                return -1;
            }
        };
    }

    /** A state recorder of the model (with its and its population's id) and the engine probe that samples it. */
    public record StateRecording(String recorderId, String recorder, Population population, RecordedVariable variable,
            StateProbe probe) {
    }

    /** A rate recorder: bins of {@code binSteps} time steps. */
    public record RateRecording(String recorderId, String recorder, Population population, int binSteps) {
    }

    /** The simulated time of the run, steps * dt, exact in dt's decimals (0.3, not 0.30000000000000004). */
    public double durationMs() {
        return millis(steps, dt);
    }

    /** {@code steps * dt} computed in decimal, as the user wrote dt. */
    public static double millis(long steps, double dt) {
        return new java.math.BigDecimal(Double.toString(dt)).multiply(java.math.BigDecimal.valueOf(steps))
                .doubleValue();
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

    /**
     * The bytes a run needs, the one memory figure of Spikestudio (validator warning, {@code info} and
     * the run's pre-flight), given in binary units ({@link org.spikestudio.engine.Limits#formatBytes}):
     * the built network (the engine's estimate: synapses, neuron state, delay
     * rings) plus its recordings over the whole run: state samples twice (the engine's buffer and the
     * result's traces, 8 bytes each) with their times, and the per-step spike counts of every
     * population (4 bytes each, twice). Recorded spikes are not counted: their number is only known
     * afterwards (8 bytes per spike, twice).
     */
    public long estimatedMemoryBytes() {
        long bytes = builder.estimateMemoryBytes();
        for (StateRecording r : states) {
            long samples = (steps + r.probe().every() - 1) / r.probe().every();
            bytes += samples * (2L * r.probe().neurons().length + 1) * Double.BYTES;
        }
        return bytes + 2 * steps * populations.size() * Integer.BYTES;
    }
}
