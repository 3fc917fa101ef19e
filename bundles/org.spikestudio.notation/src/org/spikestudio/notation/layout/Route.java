// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.layout;

import java.util.List;

/**
 * The path ELK gave an edge, in absolute coordinates: where it leaves its source, the bend points,
 * where it reaches its target, and the bounds of its label (null when the edge was given no label
 * size).
 */
public record Route(Position start, List<Position> bendpoints, Position end, Bounds label) {

    public Route {
        bendpoints = List.copyOf(bendpoints);
    }

    /** This route moved by (dx, dy). */
    public Route translate(double dx, double dy) {
        return new Route(start == null ? null : start.translate(dx, dy),
                bendpoints.stream().map(p -> p.translate(dx, dy)).toList(), end == null ? null : end.translate(dx, dy),
                label == null ? null : label.translate(dx, dy));
    }
}
