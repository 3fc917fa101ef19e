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
}
