// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spikestudio.notation.layout.Bounds;
import org.spikestudio.notation.layout.DiagramLayout;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.notation.layout.LayoutResult;
import org.spikestudio.notation.layout.Route;

class DiagramLayoutTest {

    @Test
    void hundredPopulationsThreeHundredProjectionsDoNotOverlap() {
        LayoutGraph graph = Graphs.random(100, 300, 42);
        LayoutResult result = DiagramLayout.layout(graph);
        assertEquals(100, result.nodes().size());
        assertEquals(300, result.edges().size());
        assertEquals(List.of(), Graphs.overlaps(graph, result.nodes()));
        // sizes are kept: ELK moves boxes, it does not resize leaves
        assertEquals(120, result.nodes().get("pop0").width());
        assertEquals(40, result.nodes().get("pop3").height());
        // every edge got a path with both ends
        for (Route route : result.edges().values()) {
            assertNotNull(route.start());
            assertNotNull(route.end());
        }
    }

    @Test
    void sameGraphGivesSameLayout() {
        LayoutResult first = DiagramLayout.layout(Graphs.random(100, 300, 7));
        LayoutResult second = DiagramLayout.layout(Graphs.random(100, 300, 7));
        assertEquals(first, second);
        // guard: another graph really gives another layout, so equality above is not vacuous
        assertNotEquals(first, DiagramLayout.layout(Graphs.random(100, 300, 8)));
    }

    @Test
    void flowGoesLeftToRightAndEndsTouchTheirNodes() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50).node("c", 100, 50)
                .edge("ab", "a", "b").edge("bc", "b", "c");
        LayoutResult result = DiagramLayout.layout(graph);
        Bounds a = result.nodes().get("a");
        Bounds b = result.nodes().get("b");
        Bounds c = result.nodes().get("c");
        assertTrue(a.right() < b.x() && b.right() < c.x(), result.toString());
        Route ab = result.edges().get("ab");
        // 0.5 px: ELK puts edge ends on the node border in double arithmetic
        assertEquals(a.right(), ab.start().x(), 0.5);
        assertEquals(b.x(), ab.end().x(), 0.5);
        assertTrue(a.x() >= DiagramLayout.PADDING - 1e-9 && a.y() >= DiagramLayout.PADDING - 1e-9, a.toString());
    }

    @Test
    void selfLoopsAndLabelsAreLaidOut() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50)
                .edge("aa", "a", "a", 80, 16).edge("ab", "a", "b", 80, 16);
        LayoutResult result = DiagramLayout.layout(graph);
        Route loop = result.edges().get("aa");
        assertFalse(loop.bendpoints().isEmpty(), "a self loop needs bend points to be visible");
        for (Route route : result.edges().values()) {
            assertNotNull(route.label());
            for (Bounds node : result.nodes().values()) {
                assertFalse(route.label().overlaps(node), route.label() + " over " + node);
            }
        }
    }

    @Test
    void containerHoldsItsMembers() {
        LayoutGraph graph = new LayoutGraph().node("asm", 50, 50).node("x", 100, 50, "asm").node("y", 100, 50, "asm")
                .node("out", 100, 50).edge("xy", "x", "y").edge("yo", "y", "out").edge("ox", "out", "x");
        LayoutResult result = DiagramLayout.layout(graph);
        Bounds asm = result.nodes().get("asm");
        for (String member : List.of("x", "y")) {
            Bounds m = result.nodes().get(member);
            assertTrue(asm.x() <= m.x() && m.right() <= asm.right() && asm.y() + DiagramLayout.CONTAINER_TITLE <= m.y()
                    && m.bottom() <= asm.bottom(), member + " " + m + " inside " + asm);
        }
        assertFalse(asm.overlaps(result.nodes().get("out")));
    }

    @Test
    void selectionIsLaidOutWhereItWasAndOthersStay() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50).node("c", 100, 50)
                .node("far", 100, 50).edge("ab", "a", "b").edge("bc", "b", "c").edge("cf", "c", "far");
        Map<String, Bounds> current = new LinkedHashMap<>();
        current.put("a", new Bounds(500, 300, 100, 50));
        current.put("b", new Bounds(520, 310, 100, 50)); // piled on a
        current.put("c", new Bounds(530, 320, 100, 50));
        current.put("far", new Bounds(0, 0, 100, 50));
        LayoutResult result = DiagramLayout.layoutSelection(graph, current, Set.of("a", "b", "c"));
        assertEquals(Set.of("a", "b", "c"), result.nodes().keySet());
        Bounds box = Bounds.union(result.nodes().values());
        assertEquals(500, box.x(), 1e-9);
        assertEquals(300, box.y(), 1e-9);
        assertEquals(List.of(), Graphs.overlaps(graph, result.nodes()));
        // the edge to the unselected node is straight between the new and the old place
        Route cf = result.edges().get("cf");
        assertTrue(cf.bendpoints().isEmpty());
        assertEquals(current.get("far").center(), cf.end());
    }

    @Test
    void badGraphsAreRefusedByName() {
        LayoutGraph graph = new LayoutGraph().node("a", 10, 10);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> graph.edge("e", "a", "zz")).getMessage()
                .contains("zz"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> graph.node("a", 1, 1)).getMessage()
                .contains("'a'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> graph.node("m", 1, 1, "nope")).getMessage()
                .contains("nope"));
    }
}
