// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Restricting a result to some populations. */
class SimulationResultTest {

    private static final RunInfo INFO = new RunInfo("net", "test", 1, 0.1, 1, 1, 10, false, 1, 0, 0, "test");

    @Test
    void onlyKeepsThePopulationsWithTheirRecordingsAndProjections() {
        PopulationResult e = population("pE", "E");
        PopulationResult i = population("pI", "I");
        PopulationResult old = population(null, "old"); // read from a folder written before ids
        StateTrace vE = trace("pE", "E");
        StateTrace vI = trace("pI", "I");
        StateTrace vOld = trace(null, "old");
        RateTrace rE = new RateTrace(null, null, "pE", "E", 10, new double[] { 1 });
        RateTrace rI = new RateTrace(null, null, "pI", "I", 10, new double[] { 2 });
        ProjectionSummary ei = new ProjectionSummary("x1", "ei", "pE", "E", "pI", "I", 1, 1);
        ProjectionSummary ii = new ProjectionSummary("x2", "ii", "pI", "I", "pI", "I", 1, 1);
        SimulationResult all = new SimulationResult(INFO, List.of(e, i, old), List.of(ei, ii), List.of(vE, vI, vOld),
                List.of(rE, rI));

        SimulationResult onlyE = all.only(Set.of("pE"));
        assertEquals(List.of(e), onlyE.populations());
        assertEquals(List.of(vE), onlyE.states());
        assertEquals(List.of(rE), onlyE.rates());
        assertEquals(List.of(ei), onlyE.projections(), "the projections from or to E");
        assertSame(INFO, onlyE.info());

        // Model order whatever the set's order; a population without id is named by its name.
        SimulationResult two = all.only(Set.of("old", "pE"));
        assertEquals(List.of(e, old), two.populations());
        assertEquals(List.of(vE, vOld), two.states());
        assertEquals(List.of(), all.only(Set.of("E")).populations(), "a population with an id is not matched by name");
    }

    private static PopulationResult population(String id, String name) {
        return new PopulationResult(id, name, PopulationType.EXCITATORY, 2, "LIF", -50, null,
                new PopulationStatistics(0, 0, Double.NaN, 0));
    }

    private static StateTrace trace(String populationId, String population) {
        return new StateTrace(null, "v", populationId, population, RecordedVariable.MEMBRANE_POTENTIAL,
                new int[] { 0 }, new int[] { 0 }, new double[][] { { -65 } });
    }
}
