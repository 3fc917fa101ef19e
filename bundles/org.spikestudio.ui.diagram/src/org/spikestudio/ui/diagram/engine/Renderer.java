// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws a list of figures and answers which figure lies under a point. Edge routes are derived
 * here, once per paint, from the nodes' bounds: so the screen, the exports and the hit test agree.
 * Drawing order: containers, edges, nodes, edge labels, selection handles.
 */
final class Renderer {

    static final RGB SELECTION = new RGB(30, 110, 230);
    static final RGB VALID = new RGB(20, 150, 60);
    static final RGB REFUSED = new RGB(220, 30, 30);
    static final RGB LABEL_BACKGROUND = new RGB(255, 255, 255);
    static final int HANDLE = 7;
    /** How far a loop reaches out of its node. */
    static final int LOOP = 26;
    /** The distance between two edges that join the same two nodes. */
    static final int PARALLEL = 10;

    private final List<Figure> figures;
    private final Map<EdgeFigure, int[]> routes = new HashMap<>();
    private final Map<EdgeFigure, Point> labelAnchors = new HashMap<>();
    private final Map<Figure, Rectangle> labelBoxes = new HashMap<>();
    /** Where the edge labels go: worked out on the first paint, kept while the figures stay. */
    private Map<EdgeFigure, Rectangle> labels;
    /** Edges whose label starts at its anchor instead of being centred on it. */
    private final Set<EdgeFigure> leftAligned = new HashSet<>();

    Renderer(List<Figure> figures) {
        this.figures = figures;
        Map<Set<NodeFigure>, List<EdgeFigure>> pairs = new HashMap<>();
        for (Figure f : figures) {
            if (f instanceof EdgeFigure e && !e.isLoop() && e.bendPoints().isEmpty()) {
                pairs.computeIfAbsent(Set.of(e.source(), e.target()), k -> new ArrayList<>()).add(e);
            }
        }
        Map<NodeFigure, Integer> nested = new HashMap<>();
        for (Figure f : figures) {
            if (f instanceof EdgeFigure e && isNested(e)) {
                NodeFigure container = e.source().contents().contains(e.target()) ? e.source() : e.target();
                int index = nested.merge(container, 1, Integer::sum) - 1;
                routeNested(e, container, index);
                continue;
            }
            if (f instanceof EdgeFigure e) {
                List<EdgeFigure> siblings = e.isLoop() || !e.bendPoints().isEmpty() ? List.of(e)
                        : pairs.get(Set.of(e.source(), e.target()));
                route(e, siblings);
            }
        }
    }

    int[] route(EdgeFigure edge) {
        return routes.get(edge);
    }

    // ---- geometry ----

    private void route(EdgeFigure e, List<EdgeFigure> siblings) {
        Rectangle s = e.source().bounds();
        if (e.isLoop()) {
            int x0 = s.x + s.width * 3 / 4, y1 = s.y + Math.min(s.height / 3, 20);
            int[] xy = { x0, s.y, x0, s.y - LOOP, s.x + s.width + LOOP, s.y - LOOP, s.x + s.width + LOOP, y1, s.x + s.width, y1 };
            routes.put(e, xy);
            labelAnchors.put(e, new Point(s.x + s.width + LOOP, s.y - LOOP));
            return;
        }
        Rectangle t = e.target().bounds();
        List<double[]> pts = new ArrayList<>();
        double[] a = { s.x + s.width / 2.0, s.y + s.height / 2.0 };
        double[] b = { t.x + t.width / 2.0, t.y + t.height / 2.0 };
        if (siblings.size() > 1) {
            // Edges between the same two nodes are drawn side by side, each shifted to the right of
            // a direction that does not depend on the edge's own direction, so they never coincide.
            NodeFigure first = e.source().hashCode() <= e.target().hashCode() ? e.source() : e.target();
            double[] from = first == e.source() ? a : b, to = first == e.source() ? b : a;
            double dx = to[0] - from[0], dy = to[1] - from[1], len = Math.max(1e-9, Math.hypot(dx, dy));
            double shift = (siblings.indexOf(e) - (siblings.size() - 1) / 2.0) * PARALLEL;
            a = new double[] { a[0] - dy / len * shift, a[1] + dx / len * shift };
            b = new double[] { b[0] - dy / len * shift, b[1] + dx / len * shift };
        }
        pts.add(a);
        for (Point p : e.bendPoints()) {
            pts.add(new double[] { p.x, p.y });
        }
        pts.add(b);
        pts.set(0, clip(e.source(), pts.get(0), pts.get(1)));
        pts.set(pts.size() - 1, clip(e.target(), pts.get(pts.size() - 1), pts.get(pts.size() - 2)));
        int[] xy = new int[pts.size() * 2];
        for (int i = 0; i < pts.size(); i++) {
            xy[2 * i] = (int) Math.round(pts.get(i)[0]);
            xy[2 * i + 1] = (int) Math.round(pts.get(i)[1]);
        }
        routes.put(e, xy);
        // Two edges between the same nodes carry their labels near their own sources, so the labels
        // do not cover each other in the middle.
        Point anchor = along(xy, siblings.size() > 1 ? 0.3 : 0.5);
        if (e.labelOffset() != null && siblings.size() == 1) {
            anchor = new Point(anchor.x + e.labelOffset().x, anchor.y + e.labelOffset().y);
        }
        labelAnchors.put(e, anchor);
    }

    /** An edge between a node and the container around it. */
    private static boolean isNested(EdgeFigure e) {
        return e.source().contents().contains(e.target()) || e.target().contents().contains(e.source());
    }

    /**
     * An edge between a member and its container leaves the member to the right, runs past the
     * container's right border and turns back onto it; its label sits right of the turn. Several
     * such edges of one container turn at different distances.
     */
    private void routeNested(EdgeFigure e, NodeFigure container, int index) {
        NodeFigure member = container == e.source() ? e.target() : e.source();
        Rectangle m = member.bounds(), c = container.bounds();
        int cy = m.y + m.height / 2, out = c.x + c.width + 24 + 14 * index;
        int[] xy = { m.x + m.width, cy - 4, out, cy - 4, out, cy + 6, c.x + c.width, cy + 6 };
        if (container == e.source()) {
            xy = new int[] { c.x + c.width, cy + 6, out, cy + 6, out, cy - 4, m.x + m.width, cy - 4 };
        }
        routes.put(e, xy);
        labelAnchors.put(e, new Point(out + 6, cy + 1));
        leftAligned.add(e);
    }

    /** The point where the segment from {@code inside} towards {@code outside} leaves the node. */
    private static double[] clip(NodeFigure node, double[] inside, double[] outside) {
        if (!node.contains(inside[0], inside[1])) {
            return inside;
        }
        double lo = 0, hi = 1;
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            if (node.contains(inside[0] + (outside[0] - inside[0]) * mid, inside[1] + (outside[1] - inside[1]) * mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new double[] { inside[0] + (outside[0] - inside[0]) * hi, inside[1] + (outside[1] - inside[1]) * hi };
    }

    /** The point at the given fraction of a polyline's length. */
    static Point along(int[] xy, double fraction) {
        double total = 0;
        for (int i = 2; i < xy.length; i += 2) {
            total += Math.hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
        }
        double left = total * fraction;
        for (int i = 2; i < xy.length; i += 2) {
            double len = Math.hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
            if (left <= len && len > 0) {
                return new Point((int) Math.round(xy[i - 2] + (xy[i] - xy[i - 2]) * left / len),
                        (int) Math.round(xy[i - 1] + (xy[i + 1] - xy[i - 1]) * left / len));
            }
            left -= len;
        }
        return new Point(xy[xy.length - 2], xy[xy.length - 1]);
    }

    // ---- hit testing ----

    /** The topmost figure at a diagram point: a node, else an edge or its label, else a container. */
    Figure hit(double x, double y, double tolerance) {
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i) instanceof NodeFigure n && n.shape() != NodeFigure.Shape.CONTAINER) {
                Rectangle label = labelBoxes.get(n);
                if (n.contains(x, y) || label != null && label.contains((int) x, (int) y)) {
                    return n;
                }
            }
        }
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i) instanceof EdgeFigure e) {
                Rectangle box = labelBoxes.get(e);
                if (box != null && box.contains((int) x, (int) y) || distance(routes.get(e), x, y) <= tolerance) {
                    return e;
                }
            }
        }
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i) instanceof NodeFigure n && n.shape() == NodeFigure.Shape.CONTAINER) {
                Rectangle box = labelBoxes.get(n);
                Rectangle b = n.bounds();
                boolean onBorder = n.contains(x, y) && !new Rectangle(b.x + (int) tolerance, b.y + (int) tolerance,
                        b.width - 2 * (int) tolerance, b.height - 2 * (int) tolerance).contains((int) x, (int) y);
                if (onBorder || box != null && box.contains((int) x, (int) y)) {
                    return n;
                }
            }
        }
        return null;
    }

    static double distance(int[] xy, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 2; i < xy.length; i += 2) {
            double x1 = xy[i - 2], y1 = xy[i - 1], dx = xy[i] - x1, dy = xy[i + 1] - y1;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
            best = Math.min(best, Math.hypot(x - x1 - t * dx, y - y1 - t * dy));
        }
        return best;
    }

    /** The corner handles of a node, top-left, top-right, bottom-right, bottom-left. */
    static Rectangle[] handles(Rectangle b) {
        int h = HANDLE, o = HANDLE / 2;
        return new Rectangle[] { new Rectangle(b.x - o, b.y - o, h, h), new Rectangle(b.x + b.width - o, b.y - o, h, h),
                new Rectangle(b.x + b.width - o, b.y + b.height - o, h, h), new Rectangle(b.x - o, b.y + b.height - o, h, h) };
    }

    /** The bounding box of every figure, labels included (after a paint). */
    Rectangle extent() {
        Rectangle all = null;
        for (Figure f : figures) {
            Rectangle r = f instanceof NodeFigure n ? n.bounds() : box(routes.get((EdgeFigure) f));
            all = all == null ? r : all.union(r);
        }
        for (Rectangle r : labelBoxes.values()) {
            all = all == null ? r : all.union(r);
        }
        return all == null ? new Rectangle(0, 0, 0, 0) : all;
    }

    /** Where a figure is drawn: a node's bounds, an edge's label or else its route. */
    Rectangle extentOf(Figure f) {
        if (f instanceof NodeFigure n) {
            return n.bounds();
        }
        Rectangle label = labelBoxes.get(f);
        return label != null ? label : box(routes.get((EdgeFigure) f));
    }

    private static Rectangle box(int[] xy) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            x0 = Math.min(x0, xy[i]);
            x1 = Math.max(x1, xy[i]);
            y0 = Math.min(y0, xy[i + 1]);
            y1 = Math.max(y1, xy[i + 1]);
        }
        return new Rectangle(x0 - LOOP / 2, y0 - LOOP / 2, x1 - x0 + LOOP, y1 - y0 + LOOP);
    }

    // ---- painting ----

    /**
     * Paints the figures. {@code target} is the node a connection would end on, drawn green when
     * {@code targetValid} and red otherwise; null when no connection is being drawn.
     */
    void paint(Painter p, Collection<Figure> selected, NodeFigure target, boolean targetValid) {
        paint(p, selected, target, targetValid, null);
    }

    /** Paints what meets {@code visible} (diagram coordinates; null: everything). */
    void paint(Painter p, Collection<Figure> selected, NodeFigure target, boolean targetValid, Rectangle visible) {
        Set<Figure> sel = new HashSet<>(selected);
        if (labels == null) {
            // The first paint draws everything: edge labels are placed around all node labels.
            visible = null;
        }
        for (Figure f : figures) {
            if (f instanceof NodeFigure n && n.shape() == NodeFigure.Shape.CONTAINER && shows(n, visible)) {
                paintContainer(p, n);
            }
        }
        for (Figure f : figures) {
            if (f instanceof NodeFigure n && n.attachedTo() != null) {
                // The connector runs between the centres; the nodes, drawn next, cover its ends.
                Rectangle a = n.bounds(), h = n.attachedTo().bounds();
                p.pen(n.stroke(), 1, true);
                p.polyline(new int[] { a.x + a.width / 2, a.y + a.height / 2, h.x + h.width / 2, h.y + h.height / 2 });
            }
        }
        for (Figure f : figures) {
            if (f instanceof EdgeFigure e && (visible == null || box(routes.get(e)).intersects(visible))) {
                paintEdge(p, e, sel.contains(e));
            }
        }
        for (Figure f : figures) {
            if (f instanceof NodeFigure n && n.shape() != NodeFigure.Shape.CONTAINER && shows(n, visible)) {
                paintNode(p, n);
            }
        }
        if (labels == null) {
            labels = placeLabels(p);
        }
        for (Figure f : figures) {
            if (f instanceof EdgeFigure e && (visible == null || labels.get(e) == null || labels.get(e).intersects(visible))) {
                paintEdgeLabel(p, e, labels.get(e));
            }
        }
        for (Figure f : figures) {
            if (f instanceof NodeFigure n && sel.contains(n)) {
                paintSelection(p, n);
            }
        }
        if (target != null) {
            Rectangle b = target.bounds();
            p.pen(targetValid ? VALID : REFUSED, 3, false);
            if (target.shape() == NodeFigure.Shape.CIRCLE) {
                p.oval(b.x - 3, b.y - 3, b.width + 6, b.height + 6, false, true);
            } else {
                p.rectangle(b.x - 3, b.y - 3, b.width + 6, b.height + 6, 8, false, true);
            }
        }
    }

    /** Whether a node, with its label and badges around it, meets the visible area. */
    private static boolean shows(NodeFigure n, Rectangle visible) {
        if (visible == null) {
            return true;
        }
        Rectangle b = n.bounds();
        return new Rectangle(b.x - 40, b.y - 20, b.width + 80, b.height + 60).intersects(visible);
    }

    private void paintContainer(Painter p, NodeFigure n) {
        Rectangle b = n.bounds();
        p.fillColor(n.fill());
        p.pen(n.stroke(), 1, true);
        p.rectangle(b.x, b.y, b.width, b.height, 16, true, true);
        // The title and the detail on one line, so the members can start right below it.
        p.font(Painter.Font.BOLD);
        int x = b.x + 8;
        Rectangle box = null;
        for (String line : n.label()) {
            Point size = p.textExtent(line);
            p.pen(n.textColor(), 1, false);
            p.text(line, x, b.y + 4);
            Rectangle r = new Rectangle(x, b.y + 4, size.x, size.y);
            box = box == null ? r : box.union(r);
            x += size.x + 8;
            p.font(Painter.Font.SMALL);
        }
        if (box != null) {
            labelBoxes.put(n, box);
        }
        paintDecoration(p, n.severity(), b.x - 6, b.y - 6);
    }

    private void paintNode(Painter p, NodeFigure n) {
        Rectangle b = n.bounds();
        p.fillColor(n.fill());
        p.pen(n.stroke(), 2, n.dashed());
        switch (n.shape()) {
            case CIRCLE -> p.oval(b.x, b.y, b.width, b.height, true, true);
            case ROUNDED -> p.rectangle(b.x, b.y, b.width, b.height, 14, true, true);
            default -> p.rectangle(b.x, b.y, b.width, b.height, 0, true, true);
        }
        // A circle has its label below it; any other node has it inside, centred.
        List<String> lines = n.label();
        List<Point> sizes = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < lines.size(); i++) {
            p.font(i == 0 && n.attachedTo() == null ? Painter.Font.BOLD : Painter.Font.SMALL);
            Point s = p.textExtent(lines.get(i));
            sizes.add(s);
            height += s.y;
        }
        boolean inside = n.shape() != NodeFigure.Shape.CIRCLE;
        // Badges cover the top edge: the text moves down a little to stay clear of them.
        int y = inside ? b.y + (b.height - height) / 2 + (n.badges().isEmpty() ? 0 : 4) : b.y + b.height + 3;
        Rectangle box = null;
        for (int i = 0; i < lines.size(); i++) {
            p.font(i == 0 && n.attachedTo() == null ? Painter.Font.BOLD : Painter.Font.SMALL);
            Point s = sizes.get(i);
            int x = b.x + (b.width - s.x) / 2;
            if (!inside) {
                p.fillColor(LABEL_BACKGROUND);
                p.pen(LABEL_BACKGROUND, 1, false);
                p.rectangle(x - 1, y, s.x + 2, s.y, 0, true, false);
            }
            p.pen(n.textColor(), 1, false);
            p.text(lines.get(i), x, y);
            Rectangle r = new Rectangle(x, y, s.x, s.y);
            box = box == null ? r : box.union(r);
            y += s.y;
        }
        if (box != null) {
            labelBoxes.put(n, box);
        }
        // Badges sit on the top edge, in order, from the left (a loop leaves the node top right).
        p.font(Painter.Font.SMALL);
        int total = 0;
        for (String badge : n.badges()) {
            total += p.textExtent(badge).x + 8;
        }
        int x = n.shape() == NodeFigure.Shape.CIRCLE ? b.x + (b.width - total) / 2 : b.x + 6;
        for (String badge : n.badges()) {
            Point s = p.textExtent(badge);
            p.fillColor(new RGB(250, 246, 225));
            p.pen(new RGB(120, 110, 60), 1, false);
            p.rectangle(x, b.y - s.y / 2 - 1, s.x + 6, s.y + 2, s.y, true, true);
            p.pen(new RGB(60, 55, 30), 1, false);
            p.text(badge, x + 3, b.y - s.y / 2);
            x += s.x + 8;
        }
        paintDecoration(p, n.severity(), b.x - 6, b.y - 6);
    }

    private void paintEdge(Painter p, EdgeFigure e, boolean selected) {
        int[] xy = routes.get(e);
        p.pen(selected ? SELECTION : e.stroke(), selected ? 3 : 2, e.dashed());
        p.polyline(xy);
        int n = xy.length;
        double ex = xy[n - 2], ey = xy[n - 1];
        double dx = ex - xy[n - 4], dy = ey - xy[n - 3], len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len, uy = dy / len;
        p.pen(selected ? SELECTION : e.stroke(), 2, false);
        switch (e.end()) {
            case ARROW -> {
                p.fillColor(selected ? SELECTION : e.stroke());
                p.polygon(new int[] { (int) ex, (int) ey, (int) Math.round(ex - 11 * ux - 5 * uy), (int) Math.round(ey - 11 * uy + 5 * ux),
                        (int) Math.round(ex - 11 * ux + 5 * uy), (int) Math.round(ey - 11 * uy - 5 * ux) }, true, true);
            }
            case BAR -> {
                p.pen(selected ? SELECTION : e.stroke(), 3, false);
                p.polyline(new int[] { (int) Math.round(ex - 2 * ux - 8 * uy), (int) Math.round(ey - 2 * uy + 8 * ux),
                        (int) Math.round(ex - 2 * ux + 8 * uy), (int) Math.round(ey - 2 * uy - 8 * ux) });
            }
            default -> {
            }
        }
    }

    /**
     * Where each edge label goes: the first of a few places along its edge (its own place first:
     * the middle, or where its offset puts it) whose box covers no node and no label placed before.
     * When none is free, the first place.
     */
    private Map<EdgeFigure, Rectangle> placeLabels(Painter p) {
        Map<EdgeFigure, Rectangle> placed = new HashMap<>();
        List<Rectangle> taken = new ArrayList<>();
        for (Figure f : figures) {
            if (f instanceof NodeFigure n && n.shape() != NodeFigure.Shape.CONTAINER) {
                taken.add(n.bounds());
                Rectangle label = labelBoxes.get(n);
                if (label != null) {
                    taken.add(label);
                }
            }
        }
        p.font(Painter.Font.SMALL);
        for (Figure f : figures) {
            if (!(f instanceof EdgeFigure e) || e.label().isEmpty() || labelAnchors.get(e) == null) {
                continue;
            }
            int width = 0, height = 0;
            for (String line : e.label()) {
                Point size = p.textExtent(line);
                width = Math.max(width, size.x);
                height += size.y;
            }
            List<Point> anchors = new ArrayList<>();
            anchors.add(labelAnchors.get(e));
            if (!e.isLoop() && !leftAligned.contains(e)) {
                for (double fraction : new double[] { 0.5, 0.35, 0.65, 0.2, 0.8 }) {
                    Point a = along(routes.get(e), fraction);
                    anchors.add(a);
                    anchors.add(new Point(a.x, a.y - height / 2 - 6));
                    anchors.add(new Point(a.x, a.y + height / 2 + 6));
                }
            }
            Rectangle chosen = null;
            for (Point anchor : anchors) {
                Rectangle box = labelBox(e, anchor, width, height);
                if (chosen == null) {
                    chosen = box;
                }
                if (taken.stream().noneMatch(box::intersects)) {
                    chosen = box;
                    break;
                }
            }
            taken.add(chosen);
            placed.put(e, chosen);
        }
        return placed;
    }

    private Rectangle labelBox(EdgeFigure e, Point anchor, int width, int height) {
        int x = leftAligned.contains(e) ? anchor.x : anchor.x - width / 2;
        int y = e.isLoop() ? anchor.y - height - 2 : anchor.y - height / 2;
        return new Rectangle(x - 3, y - 1, width + 6, height + 2);
    }

    private void paintEdgeLabel(Painter p, EdgeFigure e, Rectangle box) {
        if (box == null) {
            Point anchor = labelAnchors.get(e);
            if (anchor != null) {
                paintDecoration(p, e.severity(), anchor.x - 6, anchor.y - 6);
            }
            return;
        }
        labelBoxes.put(e, box);
        p.font(Painter.Font.SMALL);
        p.fillColor(LABEL_BACKGROUND);
        p.pen(e.stroke(), 1, false);
        p.rectangle(box.x, box.y, box.width, box.height, 6, true, false);
        p.pen(e.textColor(), 1, false);
        int y = box.y + 1;
        boolean left = leftAligned.contains(e);
        for (String line : e.label()) {
            Point size = p.textExtent(line);
            p.text(line, left ? box.x + 3 : box.x + (box.width - size.x) / 2, y);
            y += size.y;
        }
        paintDecoration(p, e.severity(), box.x - 12, box.y);
    }

    private static void paintSelection(Painter p, NodeFigure n) {
        Rectangle b = n.bounds();
        p.pen(SELECTION, 1, true);
        p.rectangle(b.x - 3, b.y - 3, b.width + 6, b.height + 6, 0, false, true);
        if (n.resizable()) {
            p.fillColor(SELECTION);
            p.pen(SELECTION, 1, false);
            for (Rectangle h : handles(b)) {
                p.rectangle(h.x, h.y, h.width, h.height, 0, true, false);
            }
        }
    }

    /** The problem icon: a red disc with a cross, or a yellow triangle with an exclamation mark. */
    private static void paintDecoration(Painter p, Figure.Severity severity, int x, int y) {
        if (severity == Figure.Severity.ERROR) {
            p.fillColor(new RGB(210, 30, 30));
            p.pen(new RGB(255, 255, 255), 1, false);
            p.oval(x, y, 13, 13, true, true);
            p.pen(new RGB(255, 255, 255), 2, false);
            p.polyline(new int[] { x + 4, y + 4, x + 9, y + 9 });
            p.polyline(new int[] { x + 9, y + 4, x + 4, y + 9 });
        } else if (severity == Figure.Severity.WARNING) {
            p.fillColor(new RGB(250, 200, 30));
            p.pen(new RGB(120, 90, 0), 1, false);
            p.polygon(new int[] { x + 7, y, x + 14, y + 13, x, y + 13 }, true, true);
            p.pen(new RGB(0, 0, 0), 2, false);
            p.polyline(new int[] { x + 7, y + 4, x + 7, y + 8 });
            p.polyline(new int[] { x + 7, y + 10, x + 7, y + 11 });
        }
    }
}
