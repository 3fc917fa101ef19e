// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.validation;

import org.spikestudio.engine.Limits;
import org.spikestudio.model.AllToAll;
import org.spikestudio.model.ExplicitConnections;
import org.spikestudio.model.FixedInDegree;
import org.spikestudio.model.FixedOutDegree;
import org.spikestudio.model.FixedProbability;
import org.spikestudio.model.groups.NeuronGroups;
import org.spikestudio.model.Network;
import org.spikestudio.model.OneToOne;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.SimulationSettings;

/**
 * Sizes read from the model alone, before anything is built: neurons, steps and the expected number
 * of synapses of each projection. The memory a run needs is the engine's figure, not estimated here
 * (see {@link MemoryEstimator}).
 */
public final class NetworkSize {

    private NetworkSize() {
    }

    public static long neurons(Network network) {
        long total = 0;
        for (Population population : network.getPopulations()) {
            total += Math.max(0, population.getSize());
        }
        return total;
    }

    /** The expected synapse count of a projection (the mean, for random rules). */
    public static double expectedSynapses(Projection projection) {
        double pre = NeuronGroups.size(projection.getSource());
        double post = NeuronGroups.size(projection.getTarget());
        // Autapses excluded: each source neuron that is also a target loses one candidate.
        boolean self = !projection.isAllowAutapses() && NeuronGroups.overlap(projection.getSource(), projection.getTarget());
        return switch (projection.getConnectivity()) {
            case AllToAll all -> pre * post - (self ? pre : 0);
            case OneToOne one -> Math.min(pre, post);
            case FixedProbability p -> p.getProbability() * (pre * post - (self ? pre : 0));
            case FixedOutDegree k -> pre * k.getDegree();
            case FixedInDegree k -> post * k.getDegree();
            case ExplicitConnections list -> list.getConnections().size();
            case null, default -> 0;
        };
    }

    public static double expectedSynapses(Network network) {
        double total = 0;
        for (Projection projection : network.getProjections()) {
            total += expectedSynapses(projection);
        }
        return total;
    }

    /**
     * What is wrong with a duration of {@code durationMs} at {@code dtMs} (both &gt; 0): not a whole
     * number of steps, or more steps than a run can have; null when it is fine. Shared by the
     * validator (the model's duration) and the run (a duration override).
     */
    public static String durationProblem(double durationMs, double dtMs) {
        double steps = durationMs / dtMs;
        if (Math.abs(steps - Math.rint(steps)) > 1e-9 * Math.max(1, steps)) {
            return String.format(java.util.Locale.ROOT, "must be a whole number of time steps: %s ms / %s ms = %.6g steps",
                    durationMs, dtMs, steps);
        }
        if (Math.rint(steps) > Limits.MAX_STEPS) {
            return String.format(java.util.Locale.ROOT, "is %.0f steps of %s ms; a run is limited to 2^31 - 1 = %d steps",
                    Math.rint(steps), dtMs, Limits.MAX_STEPS);
        }
        return null;
    }

    public static long steps(SimulationSettings settings) {
        if (settings == null || !(settings.getTimeStep() > 0)) {
            return 0;
        }
        return Math.round(settings.getDuration() / settings.getTimeStep());
    }
}
