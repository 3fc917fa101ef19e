// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.DiagramElement;
import org.spikestudio.notation.Edge;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.NotationFactory;
import org.spikestudio.notation.Point;
import org.spikestudio.notation.layout.Bounds;
import org.spikestudio.notation.layout.DiagramLayout;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.notation.layout.LayoutResult;
import org.spikestudio.notation.layout.Position;
import org.spikestudio.notation.layout.Route;

/**
 * Brings a diagram in line with its model: entries of elements that no longer exist are dropped
 * (no error), elements without an entry get one. A new node goes next to the nodes it is
 * connected to (or into its container), on free space; new nodes connected to nothing already drawn
 * are laid out together with ELK and put to the right of the drawing. An empty diagram is thus
 * laid out entirely by ELK. Existing entries are never moved, except that a container grows to
 * hold a member added into it.
 * <p>
 * The diagram is changed in place; inside an editing domain, wrap the call in a recording command
 * (e.g. EMF's {@code ChangeCommand}) to make it undoable.
 */
public final class DiagramReconciler {

    /** Space kept free around a placed node, and the grid its position is searched on. */
    static final double GAP = 20;
    /** How far (in grid steps) the search for free space around the neighbours goes before giving up. */
    private static final int MAX_RINGS = 200;

    /** What a reconciliation changed, by element id in the model's order. */
    public record Changes(List<String> removed, List<String> added) {

        public Changes {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }

        public boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }

        /** E.g. {@code "2 elements added, 1 removed"}; empty when nothing changed. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add(added.size() + (added.size() == 1 ? " element" : " elements") + " added");
            }
            if (!removed.isEmpty()) {
                parts.add((parts.isEmpty() ? removed.size() + (removed.size() == 1 ? " element" : " elements") : removed.size())
                        + " removed");
            }
            return String.join(", ", parts);
        }
    }

    private DiagramReconciler() {
    }

    /**
     * Reconciles {@code diagram} with the model's {@code graph} (its nodes and edges with sizes and
     * ends, in the model's order).
     *
     * @param fingerprints      per element id, the fingerprint to check and to write (e.g.
     *                          {@code SidecarKeys.fingerprint}); ids without one are matched by id only
     * @param checkFingerprints true when opening a diagram file: an entry whose stored fingerprint
     *                          differs from the element's is stale (another element took the id while
     *                          the diagram was closed). False while the diagram is open, where a rename
     *                          must keep the node; the entry's fingerprint is refreshed either way.
     */
    public static Changes reconcile(Diagram diagram, LayoutGraph graph, Map<String, String> fingerprints,
            boolean checkFingerprints) {
        Map<String, LayoutGraph.NodeSpec> semanticNodes = new LinkedHashMap<>();
        graph.nodes().forEach(n -> semanticNodes.put(n.id(), n));
        Map<String, LayoutGraph.EdgeSpec> semanticEdges = new LinkedHashMap<>();
        graph.edges().forEach(e -> semanticEdges.put(e.id(), e));

        Set<String> removed = new HashSet<>();
        Map<String, Node> nodes = keep(diagram.getNodes(), semanticNodes.keySet(), fingerprints, checkFingerprints, removed);
        Map<String, Edge> edges = keep(diagram.getEdges(), semanticEdges.keySet(), fingerprints, checkFingerprints, removed);

        Map<String, Bounds> placed = new LinkedHashMap<>();
        nodes.forEach((id, node) -> placed.put(id, boundsOf(node)));
        Set<String> newNodes = new HashSet<>();
        placeNearNeighbours(graph, placed, newNodes);
        LayoutResult block = layoutUnconnected(graph, placed, newNodes);

        List<String> added = new ArrayList<>();
        for (LayoutGraph.NodeSpec spec : graph.nodes()) {
            Node node = nodes.get(spec.id());
            Bounds bounds = placed.get(spec.id());
            if (node == null) {
                node = NotationFactory.eINSTANCE.createNode();
                node.setElementId(spec.id());
                diagram.getNodes().add(node);
                added.add(spec.id());
            }
            node.setFingerprint(fingerprints.get(spec.id()));
            setBounds(node, bounds);
        }
        Map<String, Integer> parallel = parallelCounts(graph);
        for (LayoutGraph.EdgeSpec spec : graph.edges()) {
            Edge edge = edges.get(spec.id());
            if (edge == null) {
                edge = NotationFactory.eINSTANCE.createEdge();
                edge.setElementId(spec.id());
                diagram.getEdges().add(edge);
                added.add(spec.id());
                Route route = block == null ? null : block.edges().get(spec.id());
                if (route != null) {
                    setRoute(edge, route, parallel.get(pairOf(spec)) > 1);
                }
            } else if (newNodes.contains(spec.sourceId()) || newNodes.contains(spec.targetId())) {
                // Its bend points were drawn for a node that has now been placed afresh.
                edge.getBendpoints().clear();
            }
            edge.setFingerprint(fingerprints.get(spec.id()));
        }
        List<String> removedInOrder = new ArrayList<>(removed);
        removedInOrder.sort(Comparator.naturalOrder());
        return new Changes(removedInOrder, added);
    }

    /** Drops stale and repeated entries from {@code entries}; returns the kept ones by id. */
    private static <T extends DiagramElement> Map<String, T> keep(List<T> entries, Set<String> existing,
            Map<String, String> fingerprints, boolean checkFingerprints, Set<String> removed) {
        Map<String, T> kept = new HashMap<>();
        for (Iterator<T> all = entries.iterator(); all.hasNext();) {
            T entry = all.next();
            String id = entry.getElementId();
            String expected = id == null ? null : fingerprints.get(id);
            boolean stale = id == null || !existing.contains(id) || kept.containsKey(id)
                    || checkFingerprints && expected != null && entry.getFingerprint() != null
                            && !expected.equals(entry.getFingerprint());
            if (stale) {
                all.remove();
                if (id != null && !kept.containsKey(id)) {
                    removed.add(id);
                }
            } else {
                kept.put(id, entry);
            }
        }
        return kept;
    }

    /**
     * Places, pass by pass, every new node that has a drawn neighbour (an edge to it, a container
     * around it, or a member inside it) next to them on free space.
     */
    private static void placeNearNeighbours(LayoutGraph graph, Map<String, Bounds> placed, Set<String> newNodes) {
        if (placed.isEmpty()) {
            return;
        }
        Map<String, List<String>> neighbours = new HashMap<>();
        for (LayoutGraph.EdgeSpec edge : graph.edges()) {
            if (!edge.sourceId().equals(edge.targetId())) {
                neighbours.computeIfAbsent(edge.sourceId(), k -> new ArrayList<>()).add(edge.targetId());
                neighbours.computeIfAbsent(edge.targetId(), k -> new ArrayList<>()).add(edge.sourceId());
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        for (LayoutGraph.NodeSpec node : graph.nodes()) {
            if (node.parentId() != null) {
                members.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.id());
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (LayoutGraph.NodeSpec node : graph.nodes()) {
                if (placed.containsKey(node.id())) {
                    continue;
                }
                List<Bounds> drawnMembers = new ArrayList<>();
                for (String member : members.getOrDefault(node.id(), List.of())) {
                    if (placed.containsKey(member)) {
                        drawnMembers.add(placed.get(member));
                    }
                }
                Bounds bounds;
                if (!drawnMembers.isEmpty()) {
                    bounds = enclose(Bounds.union(drawnMembers), node);
                } else if (node.parentId() != null && placed.containsKey(node.parentId())) {
                    bounds = free(node, placed.get(node.parentId()).center(), placed, ancestors(graph, node));
                } else {
                    List<Position> centers = new ArrayList<>();
                    for (String other : neighbours.getOrDefault(node.id(), List.of())) {
                        if (placed.containsKey(other)) {
                            centers.add(placed.get(other).center());
                        }
                    }
                    if (centers.isEmpty()) {
                        continue;
                    }
                    double x = centers.stream().mapToDouble(Position::x).average().orElseThrow();
                    double y = centers.stream().mapToDouble(Position::y).average().orElseThrow();
                    bounds = free(node, new Position(x, y), placed, ancestors(graph, node));
                }
                placed.put(node.id(), bounds);
                newNodes.add(node.id());
                growContainers(graph, node, placed);
                progress = true;
            }
        }
    }

    /** The containers around {@code node}, which it may overlap. */
    private static Set<String> ancestors(LayoutGraph graph, LayoutGraph.NodeSpec node) {
        Set<String> result = new HashSet<>();
        for (String parent = node.parentId(); parent != null; parent = graph.node(parent).parentId()) {
            result.add(parent);
        }
        return result;
    }

    /** A container's bounds around its members' bounds, at least its own size. */
    private static Bounds enclose(Bounds content, LayoutGraph.NodeSpec container) {
        double x = content.x() - GAP;
        double y = content.y() - GAP - DiagramLayout.CONTAINER_TITLE;
        return new Bounds(x, y, Math.max(container.width(), content.right() + GAP - x),
                Math.max(container.height(), content.bottom() + GAP - y));
    }

    private static void growContainers(LayoutGraph graph, LayoutGraph.NodeSpec node, Map<String, Bounds> placed) {
        Bounds inner = placed.get(node.id());
        for (String parent = node.parentId(); parent != null; parent = graph.node(parent).parentId()) {
            Bounds outer = placed.get(parent);
            if (outer == null) {
                return;
            }
            Bounds needed = enclose(inner, graph.node(parent));
            Bounds grown = Bounds.union(List.of(outer, needed));
            placed.put(parent, grown);
            inner = grown;
        }
    }

    /**
     * The free place for {@code node} nearest to {@code center}: its box, grown by {@link #GAP},
     * overlaps no placed box except its containers'. Searched on a grid in rings of growing
     * distance, so the result depends only on the input.
     */
    private static Bounds free(LayoutGraph.NodeSpec node, Position center, Map<String, Bounds> placed,
            Set<String> mayOverlap) {
        double x0 = center.x() - node.width() / 2;
        double y0 = center.y() - node.height() / 2;
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            List<int[]> candidates = new ArrayList<>();
            for (int i = -ring; i <= ring; i++) {
                for (int j = -ring; j <= ring; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) == ring) {
                        candidates.add(new int[] { i, j });
                    }
                }
            }
            // Nearest first; among equals, the generation order (stable sort) decides.
            candidates.sort(Comparator.comparingInt(c -> c[0] * c[0] + c[1] * c[1]));
            for (int[] c : candidates) {
                Bounds box = new Bounds(x0 + c[0] * GAP, y0 + c[1] * GAP, node.width(), node.height());
                if (isFree(box, placed, mayOverlap)) {
                    return box;
                }
            }
        }
        Bounds all = Bounds.union(placed.values());
        return new Bounds(all.right() + DiagramLayout.LAYER_SPACING, all.y(), node.width(), node.height());
    }

    private static boolean isFree(Bounds box, Map<String, Bounds> placed, Set<String> mayOverlap) {
        Bounds padded = box.grow(GAP);
        for (var other : placed.entrySet()) {
            if (!mayOverlap.contains(other.getKey()) && padded.overlaps(other.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lays out the new nodes that no pass could place with ELK, alone, and puts the block to the
     * right of the drawing (at the origin when nothing is drawn). Returns ELK's result moved there,
     * or null when there was nothing to lay out.
     */
    private static LayoutResult layoutUnconnected(LayoutGraph graph, Map<String, Bounds> placed, Set<String> newNodes) {
        LayoutGraph rest = new LayoutGraph();
        for (LayoutGraph.NodeSpec node : graph.nodes()) {
            if (!placed.containsKey(node.id())) {
                String parent = node.parentId() != null && rest.node(node.parentId()) != null ? node.parentId() : null;
                rest.node(node.id(), node.width(), node.height(), parent);
            }
        }
        if (rest.nodes().isEmpty()) {
            return null;
        }
        for (LayoutGraph.EdgeSpec edge : graph.edges()) {
            if (rest.node(edge.sourceId()) != null && rest.node(edge.targetId()) != null) {
                rest.edge(edge.id(), edge.sourceId(), edge.targetId(), edge.labelWidth(), edge.labelHeight());
            }
        }
        LayoutResult alone = DiagramLayout.layout(rest);
        Bounds drawing = Bounds.union(placed.values());
        double dx = drawing == null ? 0 : drawing.right() + DiagramLayout.LAYER_SPACING;
        double dy = drawing == null ? 0 : drawing.y();
        Map<String, Bounds> nodes = new LinkedHashMap<>();
        alone.nodes().forEach((id, b) -> nodes.put(id, b.translate(dx, dy)));
        Map<String, Route> edges = new LinkedHashMap<>();
        alone.edges().forEach((id, r) -> edges.put(id, r.translate(dx, dy)));
        placed.putAll(nodes);
        newNodes.addAll(nodes.keySet());
        return new LayoutResult(nodes, edges);
    }

    /**
     * Puts a layout into the diagram: the bounds of every node and the bend points of every edge
     * the result holds (label offsets reset to the default place). Entries not in the diagram are
     * skipped. For the editor's auto-layout (all or the selection); inside an editing domain, wrap
     * it in a recording command (EMF's {@code ChangeCommand}) to make it undoable.
     */
    public static void applyLayout(Diagram diagram, LayoutGraph graph, LayoutResult result) {
        for (Node node : diagram.getNodes()) {
            Bounds bounds = result.nodes().get(node.getElementId());
            if (bounds != null) {
                setBounds(node, bounds);
            }
        }
        Map<String, Integer> parallel = parallelCounts(graph);
        for (Edge edge : diagram.getEdges()) {
            Route route = result.edges().get(edge.getElementId());
            LayoutGraph.EdgeSpec spec = graph.edge(edge.getElementId());
            if (route != null && spec != null) {
                setRoute(edge, route, parallel.get(pairOf(spec)) > 1);
            }
        }
    }

    /**
     * The edge's bend points from its route. An edge drawn through no bend point runs from center
     * to center of its nodes; ELK separates parallel edges (a -> b and b -> a, say) by their end
     * points instead, so such an edge keeps the middle of ELK's segment as a bend point, or the two
     * would be drawn on one line.
     */
    private static void setRoute(Edge edge, Route route, boolean hasParallels) {
        edge.getBendpoints().clear();
        edge.setLabelOffset(null);
        for (Position bend : route.bendpoints()) {
            edge.getBendpoints().add(point(bend.x(), bend.y()));
        }
        if (route.bendpoints().isEmpty() && hasParallels && route.start() != null && route.end() != null) {
            edge.getBendpoints().add(point((route.start().x() + route.end().x()) / 2,
                    (route.start().y() + route.end().y()) / 2));
        }
    }

    /** Per unordered pair of end nodes, how many edges join them. */
    private static Map<String, Integer> parallelCounts(LayoutGraph graph) {
        Map<String, Integer> counts = new HashMap<>();
        for (LayoutGraph.EdgeSpec edge : graph.edges()) {
            counts.merge(pairOf(edge), 1, Integer::sum);
        }
        return counts;
    }

    private static String pairOf(LayoutGraph.EdgeSpec edge) {
        String a = edge.sourceId();
        String b = edge.targetId();
        return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
    }

    private static Bounds boundsOf(Node node) {
        return new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight());
    }

    private static void setBounds(Node node, Bounds bounds) {
        if (node.getX() != bounds.x()) {
            node.setX(bounds.x());
        }
        if (node.getY() != bounds.y()) {
            node.setY(bounds.y());
        }
        if (node.getWidth() != bounds.width()) {
            node.setWidth(bounds.width());
        }
        if (node.getHeight() != bounds.height()) {
            node.setHeight(bounds.height());
        }
    }

    private static Point point(double x, double y) {
        Point point = NotationFactory.eINSTANCE.createPoint();
        point.setX(x);
        point.setY(y);
        return point;
    }
}
