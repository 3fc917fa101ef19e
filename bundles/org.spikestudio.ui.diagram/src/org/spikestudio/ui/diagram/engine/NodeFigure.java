// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * A box, a circle or a container in diagram coordinates. A node may be attached to a host node
 * (a small source beside it): it moves with its host and is drawn with a connector to it.
 * Badges are short texts drawn as pills on the node's top edge.
 */
public final class NodeFigure extends Figure {

    public enum Shape { RECTANGLE, ROUNDED, CIRCLE, CONTAINER }

    private final Shape shape;
    private Rectangle bounds;
    private NodeFigure attachedTo;
    private final List<String> badges = new ArrayList<>();
    private final List<NodeFigure> contents = new ArrayList<>();
    private boolean resizable = true;

    public NodeFigure(Object key, Shape shape, Rectangle bounds) {
        super(key);
        this.shape = shape;
        this.bounds = copy(bounds);
    }

    public Shape shape() {
        return shape;
    }

    /** A copy of the bounds in diagram coordinates. */
    public Rectangle bounds() {
        return copy(bounds);
    }

    public NodeFigure bounds(Rectangle value) {
        bounds = copy(value);
        return this;
    }

    public NodeFigure attachedTo() {
        return attachedTo;
    }

    /** Attaches this node to {@code host}: it is drawn with a connector to it and moves along with it. */
    public NodeFigure attach(NodeFigure host) {
        attachedTo = host;
        return this;
    }

    public List<String> badges() {
        return badges;
    }

    public NodeFigure badge(String text) {
        badges.add(text);
        return this;
    }

    /** The nodes a container holds: moving the container moves them. A live list. */
    public List<NodeFigure> contents() {
        return contents;
    }

    public boolean resizable() {
        return resizable;
    }

    public NodeFigure resizable(boolean value) {
        resizable = value;
        return this;
    }

    /** Whether the diagram point lies on the node (inside the circle for a circle). */
    public boolean contains(double x, double y) {
        if (shape == Shape.CIRCLE) {
            double rx = bounds.width / 2.0, ry = bounds.height / 2.0;
            double dx = (x - bounds.x - rx) / rx, dy = (y - bounds.y - ry) / ry;
            return dx * dx + dy * dy <= 1;
        }
        return x >= bounds.x && y >= bounds.y && x <= bounds.x + bounds.width && y <= bounds.y + bounds.height;
    }

    static Rectangle copy(Rectangle r) {
        return new Rectangle(r.x, r.y, r.width, r.height);
    }
}
