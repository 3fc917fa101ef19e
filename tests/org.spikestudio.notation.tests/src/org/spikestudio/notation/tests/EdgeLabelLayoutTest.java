// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikestudio.notation.layout.Bounds;
import org.spikestudio.notation.layout.DiagramLayout;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.notation.layout.LayoutResult;

/**
 * An edge label of a given size gets room between its nodes and a place there. (Regression: with
 * the placement option only on the graph, ELK left every label at (0, 0) and kept the layers
 * LAYER_SPACING apart, so a 150 px label covered both nodes.)
 */
class EdgeLabelLayoutTest {

    @Test
    void aLabelIsPlacedBetweenItsNodesWithRoomForIt() {
        LayoutGraph graph = new LayoutGraph().node("a", 130, 50).node("b", 130, 50).edge("ab", "a", "b", 150, 16);
        LayoutResult result = DiagramLayout.layout(graph);
        Bounds a = result.nodes().get("a"), b = result.nodes().get("b");
        Bounds label = result.edges().get("ab").label();
        assertNotNull(label);
        assertTrue(b.x() - a.right() >= 150, "no room for the 150 px label between the layers: " + a + " " + b);
        assertFalse(label.overlaps(a) || label.overlaps(b), "the label covers a node: " + label);
        assertTrue(label.x() >= a.right() && label.right() <= b.x(), "the label is not between its nodes: " + label);
    }
}
