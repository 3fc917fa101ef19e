// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.PopulationType;
import org.spikestudio.model.edit.diagram.ColorRole;
import org.spikestudio.model.edit.diagram.DiagramElements;
import org.spikestudio.model.edit.diagram.EdgeEnd;
import org.spikestudio.model.edit.diagram.ElementKind;
import org.spikestudio.testing.Examples;

/** What the diagram draws of the seed examples, and as what; expectations read off the files by hand. */
class DiagramElementsTest {

    @Test
    void population100DrawsNodesAGroupEdgesAttachedInputsAndBadges() throws Exception {
        Network network = Examples.load("seed/population-100.snn");
        List<EObject> drawn = DiagramElements.of(network);
        // 2 populations, 1 assembly, 2 projections, 2 inputs, 7 recorders; not the LIF model or the settings.
        assertEquals(14, drawn.size());
        assertFalse(drawn.contains(network.getNeuronModels().get(0)));
        assertNull(DiagramElements.kindOf(network.getNeuronModels().get(0)));
        assertNull(DiagramElements.kindOf(network.getSimulation()));
        assertNull(DiagramElements.kindOf(network.getProjections().get(0).getWeight()));

        Population exc = network.getPopulations().get(0);
        Population inh = network.getPopulations().get(1);
        assertEquals(ElementKind.NODE, DiagramElements.kindOf(exc));
        assertEquals(ColorRole.EXCITATORY, DiagramElements.role(exc));
        assertEquals(ColorRole.INHIBITORY, DiagramElements.role(inh));
        var all = network.getAssemblies().get(0);
        assertEquals(ElementKind.GROUP, DiagramElements.kindOf(all));
        assertEquals(List.of(exc, inh), DiagramElements.members(all));
        assertEquals(ColorRole.NEUTRAL, DiagramElements.role(all), "exc + inh: mixed");

        var excToAll = network.getProjections().get(0);
        assertEquals(ElementKind.EDGE, DiagramElements.kindOf(excToAll));
        assertSame(exc, DiagramElements.source(excToAll));
        assertSame(all, DiagramElements.target(excToAll));
        assertEquals(EdgeEnd.ARROW, DiagramElements.end(excToAll));
        assertEquals(ColorRole.EXCITATORY, DiagramElements.role(excToAll));
        var inhToAll = network.getProjections().get(1);
        assertEquals(EdgeEnd.BAR, DiagramElements.end(inhToAll));
        assertEquals(ColorRole.INHIBITORY, DiagramElements.role(inhToAll));
        assertFalse(DiagramElements.isLoop(inhToAll));

        assertEquals(ElementKind.ATTACHED_NODE, DiagramElements.kindOf(network.getInputs().get(0)));
        assertSame(exc, DiagramElements.host(network.getInputs().get(0)));
        assertEquals(ElementKind.BADGE, DiagramElements.kindOf(network.getRecorders().get(1)));
        assertSame(inh, DiagramElements.host(network.getRecorders().get(1)));
        assertEquals("exc", DiagramElements.id(exc));
    }

    @Test
    void aPopulationOfOneIsANeuronAndFollowsItsSize() throws Exception {
        Network network = Examples.load("seed/excitatory-inhibitory.snn");
        Population a = network.getPopulations().get(0);
        assertEquals(ElementKind.NEURON, DiagramElements.kindOf(a));
        a.setSize(5);
        assertEquals(ElementKind.NODE, DiagramElements.kindOf(a));
    }

    @Test
    void couplingsAreDashedEdgesSignedByTheirSource() throws Exception {
        Network network = Examples.load("seed/three-populations.snn");
        var firstDrivesSecond = network.getCouplings().get(0);
        var thirdInhibitsFirst = network.getCouplings().get(2);
        assertEquals(ElementKind.DASHED_EDGE, DiagramElements.kindOf(firstDrivesSecond));
        assertTrue(DiagramElements.isEdge(ElementKind.DASHED_EDGE));
        assertEquals(EdgeEnd.ARROW, DiagramElements.end(firstDrivesSecond));
        assertEquals(EdgeEnd.BAR, DiagramElements.end(thirdInhibitsFirst));
        assertEquals(ColorRole.INHIBITORY, DiagramElements.role(thirdInhibitsFirst));
        // The sign follows the type: making the source inhibitory turns the arrow into a bar.
        network.getPopulations().get(0).setType(PopulationType.INHIBITORY);
        assertEquals(EdgeEnd.BAR, DiagramElements.end(firstDrivesSecond));
    }

    @Test
    void selfProjectionsAreLoops() throws Exception {
        Network cuba = Examples.load("benchmarks/cuba.snn");
        assertTrue(DiagramElements.isLoop(cuba.getProjections().get(0)), "exc_to_exc");
        assertFalse(DiagramElements.isLoop(cuba.getProjections().get(1)), "exc_to_inh");
        assertEquals(ColorRole.NEUTRAL, DiagramElements.role(cuba.getRecorders().get(0)));
    }
}
