// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;

/**
 * A line from a source node to a target node, through optional bend points, with a decoration at
 * the target end. An edge whose source is its target is drawn as a loop.
 */
public final class EdgeFigure extends Figure {

    public enum End { NONE, ARROW, BAR }

    private final NodeFigure source;
    private final NodeFigure target;
    private End end = End.ARROW;
    private final List<Point> bendPoints = new ArrayList<>();
    private Point labelOffset;

    public EdgeFigure(Object key, NodeFigure source, NodeFigure target) {
        super(key);
        this.source = source;
        this.target = target;
    }

    public NodeFigure source() {
        return source;
    }

    public NodeFigure target() {
        return target;
    }

    public End end() {
        return end;
    }

    public EdgeFigure end(End value) {
        end = value;
        return this;
    }

    /** The bend points in diagram coordinates (a live list). */
    public List<Point> bendPoints() {
        return bendPoints;
    }

    /** Where the label sits relative to the middle of the edge; null: on the middle. */
    public Point labelOffset() {
        return labelOffset;
    }

    public EdgeFigure labelOffset(Point value) {
        labelOffset = value;
        return this;
    }

    public boolean isLoop() {
        return source == target;
    }
}
