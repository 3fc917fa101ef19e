// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.Edge;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.NotationFactory;
import org.spikestudio.notation.layout.Bounds;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.notation.reconcile.DiagramReconciler;
import org.spikestudio.notation.reconcile.DiagramReconciler.Changes;

class DiagramReconcilerTest {

    private static Map<String, Bounds> boxes(Diagram diagram) {
        Map<String, Bounds> boxes = new LinkedHashMap<>();
        for (Node n : diagram.getNodes()) {
            boxes.put(n.getElementId(), new Bounds(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        return boxes;
    }

    private static Node node(Diagram diagram, String id) {
        return diagram.getNodes().stream().filter(n -> id.equals(n.getElementId())).findFirst().orElseThrow();
    }

    @Test
    void emptyDiagramIsLaidOutEntirely() {
        LayoutGraph graph = Graphs.random(20, 40, 1);
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        Changes changes = DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        assertEquals(60, changes.added().size());
        assertEquals("60 elements added", changes.summary());
        assertEquals(20, diagram.getNodes().size());
        assertEquals(40, diagram.getEdges().size());
        assertEquals(List.of(), Graphs.overlaps(graph, boxes(diagram)));
        // the model's order, so a save without changes is stable
        assertEquals("pop0", diagram.getNodes().get(0).getElementId());
        assertEquals("proj39", diagram.getEdges().get(39).getElementId());
    }

    @Test
    void staleEntriesAreDroppedWithoutError() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50).edge("ab", "a", "b");
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        Node a = node(diagram, "a");
        double ax = a.getX();

        LayoutGraph smaller = new LayoutGraph().node("a", 100, 50);
        Changes changes = DiagramReconciler.reconcile(diagram, smaller, Map.of(), true);
        assertEquals(List.of("ab", "b"), changes.removed());
        assertEquals(List.of(), changes.added());
        assertEquals("2 elements removed", changes.summary());
        assertEquals(1, diagram.getNodes().size());
        assertEquals(0, diagram.getEdges().size());
        assertEquals(ax, node(diagram, "a").getX(), 0.0, "a kept node never moves");
    }

    @Test
    void anEntryWhoseFingerprintChangedIsStaleOnlyWhenOpening() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50);
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of("a", "Population:exc"), true);
        assertEquals("Population:exc", diagram.getNodes().get(0).getFingerprint());
        // renamed while open: kept, fingerprint refreshed
        Changes live = DiagramReconciler.reconcile(diagram, graph, Map.of("a", "Population:exc2"), false);
        assertTrue(live.isEmpty(), live.toString());
        assertEquals("Population:exc2", diagram.getNodes().get(0).getFingerprint());
        // another element under that id when the file is opened: replaced
        Changes opened = DiagramReconciler.reconcile(diagram, graph, Map.of("a", "Assembly:x"), true);
        assertEquals(List.of("a"), opened.removed());
        assertEquals(List.of("a"), opened.added());
        assertEquals("1 element added, 1 removed", opened.summary());
    }

    @Test
    void missingNodesGoNearTheirNeighboursWithoutOverlapping() {
        LayoutGraph full = Graphs.random(30, 60, 3);
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, full, Map.of(), true);
        Map<String, Bounds> before = boxes(diagram);
        // five populations were added to the model since the diagram was saved
        for (String id : List.of("pop3", "pop10", "pop11", "pop20", "pop29")) {
            diagram.getNodes().remove(node(diagram, id));
        }
        diagram.getEdges().removeIf(e -> e.getElementId().equals("proj5"));

        Changes changes = DiagramReconciler.reconcile(diagram, full, Map.of(), true);
        assertEquals(List.of("pop3", "pop10", "pop11", "pop20", "pop29", "proj5"), changes.added());
        Map<String, Bounds> after = boxes(diagram);
        assertEquals(List.of(), Graphs.overlaps(full, after));
        for (String id : before.keySet()) {
            if (!changes.added().contains(id)) {
                assertEquals(before.get(id), after.get(id), id + " was drawn already and must not move");
            }
        }
        // 'near': each added node connected to a drawn one is closer to one of its neighbours than
        // the drawing is wide (a node put into free space far away would fail this)
        Bounds drawing = Bounds.union(before.values());
        for (String id : changes.added()) {
            if (!id.startsWith("pop")) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (LayoutGraph.EdgeSpec e : full.edges()) {
                String other = e.sourceId().equals(id) ? e.targetId() : e.targetId().equals(id) ? e.sourceId() : null;
                if (other != null && !other.equals(id) && !changes.added().contains(other)) {
                    nearest = Math.min(nearest, distance(after.get(id), after.get(other)));
                }
            }
            if (nearest < Double.POSITIVE_INFINITY) {
                assertTrue(nearest < drawing.width() / 3, id + " is " + nearest + " px from its nearest neighbour");
            }
        }
    }

    @Test
    void anUnconnectedNewNodeGoesIntoFreeSpace() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50).edge("ab", "a", "b");
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        graph.node("lonely", 100, 50);
        Changes changes = DiagramReconciler.reconcile(diagram, graph, Map.of(), false);
        assertEquals(List.of("lonely"), changes.added());
        assertEquals(List.of(), Graphs.overlaps(graph, boxes(diagram)));
    }

    @Test
    void aMemberAddedToAContainerGoesInsideAndTheContainerGrows() {
        LayoutGraph graph = new LayoutGraph().node("asm", 50, 50).node("x", 100, 50, "asm").node("other", 100, 50)
                .edge("xo", "x", "other");
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        graph.node("y", 100, 50, "asm");
        DiagramReconciler.reconcile(diagram, graph, Map.of(), false);
        Map<String, Bounds> after = boxes(diagram);
        Bounds asm = after.get("asm");
        Bounds y = after.get("y");
        assertTrue(asm.x() <= y.x() && y.right() <= asm.right() && asm.y() <= y.y() && y.bottom() <= asm.bottom(),
                y + " inside " + asm);
        assertTrue(!after.get("x").overlaps(y), "members do not overlap each other");
    }

    @Test
    void edgesOfAReplacedNodeLoseTheirOldBendpoints() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50).edge("ab", "a", "b");
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        Edge ab = diagram.getEdges().get(0);
        ab.getBendpoints().add(DiagramFilesTest.point(1, 2));
        diagram.getNodes().remove(node(diagram, "b"));
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        assertTrue(ab.getBendpoints().isEmpty());
    }

    @Test
    void antiparallelEdgesAreNotDrawnOnOneLine() {
        LayoutGraph graph = new LayoutGraph().node("e", 100, 50).node("i", 100, 50).edge("ei", "e", "i", 80, 16)
                .edge("ie", "i", "e", 80, 16);
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        Edge ei = diagram.getEdges().get(0);
        Edge ie = diagram.getEdges().get(1);
        // drawn center to center through their bend points: at least one needs a bend point, and
        // then the two polylines differ
        assertTrue(!ei.getBendpoints().isEmpty() || !ie.getBendpoints().isEmpty());
        assertTrue(ei.getBendpoints().isEmpty() != ie.getBendpoints().isEmpty()
                || ei.getBendpoints().get(0).getY() != ie.getBendpoints().get(0).getY()
                || ei.getBendpoints().get(0).getX() != ie.getBendpoints().get(0).getX());
    }

    @Test
    void applyLayoutMovesOnlyWhatTheResultHolds() {
        LayoutGraph graph = new LayoutGraph().node("a", 100, 50).node("b", 100, 50).node("c", 100, 50)
                .edge("ab", "a", "b").edge("aa", "a", "a");
        Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        DiagramReconciler.reconcile(diagram, graph, Map.of(), true);
        Node c = node(diagram, "c");
        Bounds cBefore = boxes(diagram).get("c");
        Map<String, Bounds> current = boxes(diagram);
        var result = org.spikestudio.notation.layout.DiagramLayout.layoutSelection(graph, current,
                java.util.Set.of("a", "b"));
        node(diagram, "a").setX(9999);
        DiagramReconciler.applyLayout(diagram, graph, result);
        assertEquals(result.nodes().get("a").x(), node(diagram, "a").getX());
        assertEquals(cBefore, boxes(diagram).get("c"));
        assertEquals(c, node(diagram, "c"));
        assertEquals(result.edges().get("aa").bendpoints().size(), diagram.getEdges().get(1).getBendpoints().size());
    }

    private static double distance(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }
}
