// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spikestudio.engine.Simulation;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.NeuronGroup;
import org.spikestudio.model.Population;
import org.spikestudio.model.Projection;
import org.spikestudio.model.resource.ModelFiles;
import org.spikestudio.testing.Examples;

/**
 * What the simulation tests add to the shared fixtures (org.spikestudio.testing): preparing an
 * example for a run and reading the built engine network back as model-level pairs.
 */
public final class TestModels {

    private TestModels() {
    }

    static ModelRun prepare(String relative, RunOptions options) throws Exception {
        Path file = Examples.path(relative);
        return ModelRun.prepare(ModelFiles.load(file), file.toString(), options);
    }

    // ---- reading the built engine network --------------------------------------------------------

    /**
     * All synapses of a model projection as (global source index, global target index) pairs, where
     * the global index of a neuron is its position in the projection's source or target group
     * (an assembly's members one after another, as the model documents). Reads the engine's parts
     * through {@link Simulation#targetsOf}; repeated pairs are kept.
     */
    static List<long[]> pairs(ModelRun run, Projection projection) {
        Simulation sim = run.build();
        List<Population> sources = groupMembers(projection.getSource());
        List<Population> targets = groupMembers(projection.getTarget());
        List<long[]> pairs = new ArrayList<>();
        for (org.spikestudio.engine.Projection part : run.compiled().projections().get(projection)) {
            int sourceOffset = offset(sources, part.source().name());
            int targetOffset = offset(targets, part.target().name());
            for (int s = 0; s < part.source().size(); s++) {
                for (int t : sim.targetsOf(part, s)) {
                    pairs.add(new long[] { sourceOffset + s, targetOffset + t });
                }
            }
        }
        return pairs;
    }

    private static List<Population> groupMembers(NeuronGroup group) {
        return group instanceof Assembly a ? List.copyOf(a.getPopulations()) : List.of((Population) group);
    }

    private static int offset(List<Population> members, String name) {
        int offset = 0;
        for (Population p : members) {
            if (p.getName().equals(name)) {
                return offset;
            }
            offset += p.getSize();
        }
        throw new AssertionError("engine part refers to '" + name + "', not a member of " + members);
    }
}
