// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Automatic layout with ELK Layered (left to right, polyline edges), headless. The options are
 * declared here once. Deterministic: ELK's random seed is fixed and the graph is built in the
 * caller's order, so the same graph gives the same coordinates on every run.
 */
public final class DiagramLayout {

    /** Free space around the drawing and inside a container (its top leaves room for the title). */
    public static final double PADDING = 20;
    public static final double CONTAINER_TITLE = 30;
    public static final double NODE_SPACING = 40;
    public static final double LAYER_SPACING = 80;

    private static boolean registered;

    private DiagramLayout() {
    }

    /** Lays out the whole graph; the drawing's top-left corner is at (0, 0). */
    public static LayoutResult layout(LayoutGraph graph) {
        return layout(graph, graph.nodes().stream().map(LayoutGraph.NodeSpec::id).toList(), null);
    }

    /**
     * Lays out {@code selection} (ids of nodes; a selected container brings its members) alone, as
     * if the rest of the graph did not exist, and places it so that its bounding box starts where
     * the selection's bounding box in {@code current} started. The other nodes stay where they are
     * and are not in the result. Edges within the selection get routes; an edge between a selected
     * and an unselected node gets a straight route (no bend points) between the new and old places.
     */
    public static LayoutResult layoutSelection(LayoutGraph graph, Map<String, Bounds> current, Set<String> selection) {
        List<String> chosen = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (LayoutGraph.NodeSpec node : graph.nodes()) {
            if (selection.contains(node.id()) || node.parentId() != null && taken.contains(node.parentId())) {
                chosen.add(node.id());
                taken.add(node.id());
            }
        }
        List<Bounds> before = new ArrayList<>();
        for (String id : chosen) {
            if (current.containsKey(id)) {
                before.add(current.get(id));
            }
        }
        Bounds anchor = Bounds.union(before);
        return layout(graph, chosen, anchor == null ? null : current);
    }

    private static LayoutResult layout(LayoutGraph graph, List<String> chosen, Map<String, Bounds> current) {
        registerLayered();
        Set<String> inside = new HashSet<>(chosen);
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        ElkNode root = ElkGraphUtil.createGraph();
        configureRoot(root);
        Set<String> containers = new HashSet<>();
        for (LayoutGraph.NodeSpec node : graph.nodes()) {
            if (node.parentId() != null && inside.contains(node.id()) && inside.contains(node.parentId())) {
                containers.add(node.parentId());
            }
        }
        for (LayoutGraph.NodeSpec node : graph.nodes()) {
            if (!inside.contains(node.id())) {
                continue;
            }
            ElkNode parent = node.parentId() == null ? root : elkNodes.getOrDefault(node.parentId(), root);
            ElkNode elk = ElkGraphUtil.createNode(parent);
            elk.setIdentifier(node.id());
            elk.setDimensions(node.width(), node.height());
            if (containers.contains(node.id())) {
                elk.setProperty(CoreOptions.PADDING, new ElkPadding(CONTAINER_TITLE, PADDING, PADDING, PADDING));
                elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.width(), node.height()));
            }
            elkNodes.put(node.id(), elk);
        }
        Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (LayoutGraph.EdgeSpec edge : graph.edges()) {
            ElkNode source = elkNodes.get(edge.sourceId());
            ElkNode target = elkNodes.get(edge.targetId());
            if (source == null || target == null) {
                continue;
            }
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(source, target);
            elk.setIdentifier(edge.id());
            if (edge.labelWidth() > 0 && edge.labelHeight() > 0) {
                ElkLabel label = ElkGraphUtil.createLabel(elk);
                label.setDimensions(edge.labelWidth(), edge.labelHeight());
                // ELK places a label, and keeps room for it, only when the label has a text and its
                // own placement option; without them it stays at (0, 0), however large it is.
                label.setText(edge.id());
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            elkEdges.put(edge.id(), elk);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Bounds> nodes = new LinkedHashMap<>();
        for (var entry : elkNodes.entrySet()) {
            ElkNode elk = entry.getValue();
            KVector origin = absolute(elk.getParent());
            nodes.put(entry.getKey(), new Bounds(origin.x + elk.getX(), origin.y + elk.getY(), elk.getWidth(),
                    elk.getHeight()));
        }
        Map<String, Route> edges = new LinkedHashMap<>();
        for (var entry : elkEdges.entrySet()) {
            edges.put(entry.getKey(), route(entry.getValue()));
        }
        LayoutResult result = new LayoutResult(nodes, edges);
        if (current != null) {
            result = placeSelection(result, graph, current);
        }
        return result;
    }

    private static void configureRoot(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
    }

    /** The position of {@code node}'s origin in root coordinates (the root itself is at 0, 0). */
    private static KVector absolute(ElkNode node) {
        KVector origin = new KVector();
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            origin.add(n.getX(), n.getY());
        }
        return origin;
    }

    private static Route route(ElkEdge edge) {
        KVector origin = absolute(edge.getContainingNode());
        Bounds label = null;
        if (!edge.getLabels().isEmpty()) {
            ElkLabel elk = edge.getLabels().get(0);
            label = new Bounds(origin.x + elk.getX(), origin.y + elk.getY(), elk.getWidth(), elk.getHeight());
        }
        if (edge.getSections().isEmpty()) {
            return new Route(null, List.of(), null, label);
        }
        ElkEdgeSection section = edge.getSections().get(0);
        List<Position> bends = new ArrayList<>();
        for (ElkBendPoint bend : section.getBendPoints()) {
            bends.add(new Position(origin.x + bend.getX(), origin.y + bend.getY()));
        }
        return new Route(new Position(origin.x + section.getStartX(), origin.y + section.getStartY()), bends,
                new Position(origin.x + section.getEndX(), origin.y + section.getEndY()), label);
    }

    /** Moves a selection laid out alone to where it was; edges leaving the selection become straight. */
    private static LayoutResult placeSelection(LayoutResult alone, LayoutGraph graph, Map<String, Bounds> current) {
        List<Bounds> was = new ArrayList<>();
        for (String id : alone.nodes().keySet()) {
            if (current.containsKey(id)) {
                was.add(current.get(id));
            }
        }
        Bounds from = Bounds.union(alone.nodes().values());
        Bounds to = Bounds.union(was);
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        Map<String, Bounds> nodes = new LinkedHashMap<>();
        alone.nodes().forEach((id, b) -> nodes.put(id, b.translate(dx, dy)));
        Map<String, Route> edges = new LinkedHashMap<>();
        alone.edges().forEach((id, r) -> edges.put(id, r.translate(dx, dy)));
        for (LayoutGraph.EdgeSpec edge : graph.edges()) {
            boolean source = nodes.containsKey(edge.sourceId());
            boolean target = nodes.containsKey(edge.targetId());
            if (source != target) {
                Bounds s = source ? nodes.get(edge.sourceId()) : current.get(edge.sourceId());
                Bounds t = target ? nodes.get(edge.targetId()) : current.get(edge.targetId());
                if (s != null && t != null) {
                    edges.put(edge.id(), new Route(s.center(), List.of(), t.center(), null));
                }
            }
        }
        return new LayoutResult(nodes, edges);
    }

    /**
     * ELK finds its algorithms through Eclipse extensions or Java's ServiceLoader, neither of which
     * sees alg.layered from this bundle in every runtime (plain JUnit, the product, the IDE).
     * Registering it here works everywhere; once is enough.
     */
    private static synchronized void registerLayered() {
        if (!registered) {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            registered = true;
        }
    }
}
