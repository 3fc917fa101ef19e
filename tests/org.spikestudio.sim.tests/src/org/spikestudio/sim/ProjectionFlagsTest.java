// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.Projection;
import org.spikestudio.testing.NetworkFixture;

/** The autapse and multapse flags of a projection between two populations reach the engine's rules. */
class ProjectionFlagsTest {

    /**
     * Out-degree 4 onto 3 neurons is valid with multapses (the validator allows it), so the run must
     * draw it: 4 targets per source, repeats included. The engine used to check the degree with its
     * default flags (no multapses) before the model's flags were applied, and refused the model.
     */
    @Test
    void aDegreeAboveTheTargetSizeIsDrawnWithMultapses() throws Exception {
        Network network = NetworkFixture.network();
        Population a = NetworkFixture.population(network, "a", 5, PopulationType.EXCITATORY);
        Population b = NetworkFixture.population(network, "b", 3, PopulationType.EXCITATORY);
        Projection p = NetworkFixture.connect(network, "a_to_b", a, b, NetworkFixture.outDegree(4));
        p.setAllowMultapses(true);
        ModelRun run = ModelRun.prepare(network, "net.snn", RunOptions.defaults());
        Map<Long, Integer> degree = new TreeMap<>();
        for (long[] pair : TestModels.pairs(run, p)) {
            assertTrue(pair[1] >= 0 && pair[1] < 3, "target " + pair[1]);
            degree.merge(pair[0], 1, Integer::sum);
        }
        assertEquals(Map.of(0L, 4, 1L, 4, 2L, 4, 3L, 4, 4L, 4), degree);
        assertEquals(List.of("a_to_b"), run.compiled().projections().get(p).stream()
                .map(org.spikestudio.engine.Projection::name).toList());
    }
}
