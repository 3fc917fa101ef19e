// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.description;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.spikestudio.charts.Palette;
import org.spikestudio.model.Assembly;
import org.spikestudio.model.Network;
import org.spikestudio.model.Population;
import org.spikestudio.model.Recorder;
import org.spikestudio.model.edit.diagram.ColorRole;
import org.spikestudio.model.edit.diagram.DiagramElements;
import org.spikestudio.model.edit.diagram.DiagramLabels;
import org.spikestudio.model.edit.diagram.EdgeEnd;
import org.spikestudio.model.edit.diagram.ElementKind;
import org.spikestudio.model.edit.diagram.PaletteTool;
import org.spikestudio.model.resource.SidecarKeys;
import org.spikestudio.notation.Diagram;
import org.spikestudio.notation.Edge;
import org.spikestudio.notation.Node;
import org.spikestudio.notation.layout.LayoutGraph;
import org.spikestudio.ui.diagram.engine.EdgeFigure;
import org.spikestudio.ui.diagram.engine.Figure;
import org.spikestudio.ui.diagram.engine.NodeFigure;
import org.spikestudio.ui.diagram.engine.Tool;

/**
 * How a network is drawn: the one place that maps semantic elements to figures, sizes and palette
 * tools, like a Sirius {@code .odesign}. What is drawn as what, and the texts, come from
 * {@link DiagramElements} and {@link DiagramLabels}; this class adds shapes, colours and sizes.
 * <ul>
 * <li>population: rounded box with name and "size x model"; size 1: a circle (a single neuron)</li>
 * <li>assembly: dashed outline around its members</li>
 * <li>projection: edge with an arrowhead (excitatory source) or a bar (inhibitory), a loop onto itself</li>
 * <li>spike-count coupling: dashed edge</li>
 * <li>input: small box attached to its population, showing its current</li>
 * <li>recorder: badge on its population</li>
 * </ul>
 * Excitatory is red and inhibitory blue, the charts' colours ({@link Palette}).
 */
public final class NetworkDescription {

    public static final int BOX_WIDTH = 130, BOX_HEIGHT = 50, NEURON = 44, INPUT_HEIGHT = 24;
    /** Padding of a text inside its box. */
    private static final int TEXT_PADDING = 16;
    private static final RGB TEXT = new RGB(25, 25, 25);
    private static final RGB INPUT_FILL = new RGB(255, 250, 225), INPUT_STROKE = new RGB(150, 130, 60);

    /** Measures a text in the diagram's fonts: (text, bold) -> size. */
    public interface TextMeasure extends BiFunction<String, Boolean, Point> {
    }

    private NetworkDescription() {
    }

    // ---- palette ----

    /**
     * The palette's tools, in the semantic palette's order; an input or recorder tool gives one tool
     * per kind it can create (a group), the default first.
     */
    public static List<Tool> tools() {
        List<Tool> tools = new ArrayList<>();
        for (PaletteTool t : PaletteTool.values()) {
            Tool.Kind kind = t.use() == PaletteTool.Use.CONNECT ? Tool.Kind.CONNECT : Tool.Kind.CREATE;
            String how = switch (t.use()) {
                case CANVAS -> "Click on the canvas to create";
                case CONNECT -> "Drag from the source to the target";
                case ON_POPULATION -> "Click on a population to add";
            };
            if (t.variants().isEmpty()) {
                tools.add(new Tool(t.name(), t.label(), kind, how + ": " + t.label().toLowerCase(Locale.ROOT)));
            }
            for (EClass variant : t.variants()) {
                String label = variantLabel(variant);
                tools.add(new Tool(t.name() + ":" + variant.getName(), label, kind, how + ": " + label.toLowerCase(Locale.ROOT)
                        + " " + t.label().toLowerCase(Locale.ROOT), t.label()));
            }
        }
        return tools;
    }

    /** {@code ConstantInput} -> {@code Constant}, {@code SpikeSourceArray} -> {@code Spike source array}. */
    static String variantLabel(EClass variant) {
        String words = variant.getName().replaceAll("(Input|Recorder)$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.isEmpty() ? variant.getName() : words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The kind a grouped tool creates, or null for a tool without variants. */
    public static EClass variant(Tool tool) {
        PaletteTool t = paletteTool(tool);
        int colon = tool.id().indexOf(':');
        if (t == null || colon < 0) {
            return null;
        }
        String name = tool.id().substring(colon + 1);
        return t.variants().stream().filter(v -> v.getName().equals(name)).findFirst().orElse(null);
    }

    /** The semantic tool behind a palette tool, or null for the selection tool. */
    public static PaletteTool paletteTool(Tool tool) {
        String name = tool.id().contains(":") ? tool.id().substring(0, tool.id().indexOf(':')) : tool.id();
        for (PaletteTool t : PaletteTool.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    // ---- colours ----

    public static RGB color(ColorRole role) {
        int rgb = switch (role) {
            case EXCITATORY -> Palette.EXCITATORY;
            case INHIBITORY -> Palette.INHIBITORY;
            default -> Palette.UNKNOWN;
        };
        return new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** The colour mixed with white: a fill that keeps black text readable. */
    static RGB tint(RGB c, double white) {
        return new RGB((int) Math.round(c.red + (255 - c.red) * white), (int) Math.round(c.green + (255 - c.green) * white),
                (int) Math.round(c.blue + (255 - c.blue) * white));
    }

    // ---- the graph and its sizes ----

    /** The id of the link that keeps an input next to its population in a layout. */
    public static String inputLinkId(String inputId) {
        return inputId + "->target";
    }

    /**
     * The layout graph of a network: every drawn node with the size its texts need, members inside
     * their (first) assembly, every edge with its label's size, and each input linked to its
     * population so that a layout puts it beside it.
     */
    public static LayoutGraph graph(Network network, TextMeasure measure) {
        LayoutGraph graph = new LayoutGraph();
        Map<Population, String> parents = new HashMap<>();
        for (Assembly assembly : network.getAssemblies()) {
            for (Population member : assembly.getPopulations()) {
                parents.putIfAbsent(member, assembly.getId());
            }
        }
        List<EObject> elements = DiagramElements.of(network);
        for (EObject e : elements) {
            if (DiagramElements.kindOf(e) == ElementKind.GROUP) {
                Point size = nodeSize(e, measure);
                graph.node(DiagramElements.id(e), size.x, size.y);
            }
        }
        for (EObject e : elements) {
            ElementKind kind = DiagramElements.kindOf(e);
            if (kind == ElementKind.NODE || kind == ElementKind.NEURON || kind == ElementKind.ATTACHED_NODE) {
                Point size = nodeSize(e, measure);
                graph.node(DiagramElements.id(e), size.x, size.y, e instanceof Population p ? parents.get(p) : null);
            }
        }
        for (EObject e : elements) {
            ElementKind kind = DiagramElements.kindOf(e);
            if (DiagramElements.isEdge(kind) && DiagramElements.source(e) != null && DiagramElements.target(e) != null) {
                Point label = measure.apply(DiagramLabels.detail(e), false);
                graph.edge(DiagramElements.id(e), DiagramElements.id(DiagramElements.source(e)),
                        DiagramElements.id(DiagramElements.target(e)), label.x + 8, label.y + 2);
            } else if (kind == ElementKind.ATTACHED_NODE && DiagramElements.host(e) != null) {
                graph.edge(inputLinkId(DiagramElements.id(e)), DiagramElements.id(e), DiagramElements.id(DiagramElements.host(e)));
            }
        }
        return graph;
    }

    /** The size a node needs for its texts. */
    public static Point nodeSize(EObject element, TextMeasure measure) {
        ElementKind kind = DiagramElements.kindOf(element);
        if (kind == ElementKind.NEURON) {
            return new Point(NEURON, NEURON);
        }
        Point title = measure.apply(DiagramLabels.title(element), true);
        Point detail = measure.apply(DiagramLabels.detail(element), false);
        return switch (kind) {
            case ATTACHED_NODE -> new Point(Math.max(40, detail.x + TEXT_PADDING), Math.max(INPUT_HEIGHT, detail.y + 8));
            case GROUP -> new Point(Math.max(BOX_WIDTH, Math.max(title.x, detail.x) + TEXT_PADDING), BOX_HEIGHT);
            default -> new Point(Math.max(BOX_WIDTH, Math.max(title.x, detail.x) + TEXT_PADDING),
                    Math.max(BOX_HEIGHT, title.y + detail.y + 12));
        };
    }

    /** The sidecar's fingerprint of every drawn element (and input link), by id. */
    public static Map<String, String> fingerprints(Network network) {
        Map<String, String> prints = new LinkedHashMap<>();
        for (EObject e : DiagramElements.of(network)) {
            String id = DiagramElements.id(e);
            if (id != null && DiagramElements.kindOf(e) != ElementKind.BADGE) {
                prints.put(id, SidecarKeys.fingerprint(e));
                if (DiagramElements.kindOf(e) == ElementKind.ATTACHED_NODE) {
                    prints.put(inputLinkId(id), SidecarKeys.fingerprint(e));
                }
            }
        }
        return prints;
    }

    // ---- figures ----

    /**
     * The figures of a network at the places its diagram gives; an element the diagram does not
     * place yet is left out (the caller reconciles first). Keys are the semantic elements.
     *
     * @param severity the worst problem of an element: 2 error, 1 warning, else none
     */
    public static List<Figure> figures(Network network, Diagram diagram, Function<EObject, Integer> severity) {
        Map<String, Node> nodes = new HashMap<>();
        diagram.getNodes().forEach(n -> nodes.put(n.getElementId(), n));
        Map<String, Edge> edges = new HashMap<>();
        diagram.getEdges().forEach(e -> edges.put(e.getElementId(), e));

        List<Figure> containers = new ArrayList<>();
        List<Figure> others = new ArrayList<>();
        Map<EObject, NodeFigure> byElement = new HashMap<>();
        List<EObject> elements = DiagramElements.of(network);
        for (EObject e : elements) {
            ElementKind kind = DiagramElements.kindOf(e);
            Node node = nodes.get(DiagramElements.id(e));
            if (node == null || kind == null || DiagramElements.isEdge(kind) || kind == ElementKind.BADGE) {
                continue;
            }
            Rectangle bounds = new Rectangle((int) Math.round(node.getX()), (int) Math.round(node.getY()),
                    (int) Math.round(node.getWidth()), (int) Math.round(node.getHeight()));
            RGB role = color(DiagramElements.role(e));
            NodeFigure figure = switch (kind) {
                case NEURON -> new NodeFigure(e, NodeFigure.Shape.CIRCLE, bounds);
                case GROUP -> new NodeFigure(e, NodeFigure.Shape.CONTAINER, bounds);
                case ATTACHED_NODE -> new NodeFigure(e, NodeFigure.Shape.ROUNDED, bounds);
                default -> new NodeFigure(e, NodeFigure.Shape.ROUNDED, bounds);
            };
            switch (kind) {
                case GROUP -> figure.colors(role, tint(role, 0.94), TEXT).label(List.of(DiagramLabels.title(e), DiagramLabels.detail(e)));
                case ATTACHED_NODE -> figure.colors(INPUT_STROKE, INPUT_FILL, TEXT).label(List.of(DiagramLabels.detail(e)));
                case NEURON -> figure.colors(role, tint(role, 0.8), TEXT).label(List.of(DiagramLabels.title(e), DiagramLabels.detail(e)));
                default -> figure.colors(role, tint(role, 0.85), TEXT).label(List.of(DiagramLabels.title(e), DiagramLabels.detail(e)));
            }
            decorate(figure, e, severity);
            byElement.put(e, figure);
            (kind == ElementKind.GROUP ? containers : others).add(figure);
        }
        for (EObject e : elements) {
            ElementKind kind = DiagramElements.kindOf(e);
            if (kind == ElementKind.ATTACHED_NODE && byElement.get(DiagramElements.host(e)) != null && byElement.get(e) != null) {
                byElement.get(e).attach(byElement.get(DiagramElements.host(e))).resizable(false);
            } else if (kind == ElementKind.BADGE && byElement.get(DiagramElements.host(e)) != null) {
                byElement.get(DiagramElements.host(e)).badge(DiagramLabels.badge((Recorder) e));
            } else if (kind == ElementKind.GROUP) {
                NodeFigure group = byElement.get(e);
                for (Population member : DiagramElements.members(e)) {
                    if (byElement.get(member) != null) {
                        group.contents().add(byElement.get(member));
                    }
                }
                // The outline always holds its members, wherever they were moved.
                Rectangle b = group.bounds();
                for (NodeFigure member : group.contents()) {
                    Rectangle m = member.bounds();
                    b = b.union(new Rectangle(m.x - 20, m.y - 34, m.width + 40, m.height + 54));
                }
                group.bounds(b).resizable(false);
            }
        }
        for (EObject e : elements) {
            ElementKind kind = DiagramElements.kindOf(e);
            if (!DiagramElements.isEdge(kind)) {
                continue;
            }
            NodeFigure source = byElement.get(DiagramElements.source(e)), target = byElement.get(DiagramElements.target(e));
            if (source == null || target == null) {
                continue;
            }
            RGB role = color(DiagramElements.role(e));
            EdgeFigure edge = new EdgeFigure(e, source, target);
            edge.end(DiagramElements.end(e) == EdgeEnd.BAR ? EdgeFigure.End.BAR : EdgeFigure.End.ARROW);
            edge.colors(role, role, TEXT).dashed(kind == ElementKind.DASHED_EDGE).label(List.of(DiagramLabels.detail(e)));
            Edge notation = edges.get(DiagramElements.id(e));
            if (notation != null) {
                notation.getBendpoints().forEach(p -> edge.bendPoints().add(new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()))));
                if (notation.getLabelOffset() != null) {
                    edge.labelOffset(new Point((int) Math.round(notation.getLabelOffset().getX()),
                            (int) Math.round(notation.getLabelOffset().getY())));
                }
            }
            decorate(edge, e, severity);
            others.add(edge);
        }
        List<Figure> all = new ArrayList<>(containers);
        all.addAll(others);
        return all;
    }

    /** Puts the problem icon of the element's worst problem on its figure. */
    public static void decorate(Figure figure, EObject element, Function<EObject, Integer> severity) {
        int s = severity.apply(element);
        figure.decorate(s >= 2 ? Figure.Severity.ERROR : s == 1 ? Figure.Severity.WARNING : Figure.Severity.NONE, null);
    }

    /** The figure key that stands for an element in the diagram: a recorder is shown by its population. */
    public static EObject shownBy(EObject element) {
        return DiagramElements.kindOf(element) == ElementKind.BADGE ? DiagramElements.host(element) : element;
    }
}
