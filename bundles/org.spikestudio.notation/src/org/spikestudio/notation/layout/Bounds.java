// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.layout;

import java.util.Collection;

/** A rectangle in absolute diagram coordinates (pixels at zoom 1, y down). */
public record Bounds(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Position center() {
        return new Position(x + width / 2, y + height / 2);
    }

    /** Whether the two rectangles share interior area (touching edges do not count). */
    public boolean overlaps(Bounds other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** This rectangle grown by {@code margin} on every side. */
    public Bounds grow(double margin) {
        return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /** The smallest rectangle holding all of {@code parts}; null for none. */
    public static Bounds union(Collection<Bounds> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Bounds b : parts) {
            left = Math.min(left, b.x);
            top = Math.min(top, b.y);
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
        }
        return new Bounds(left, top, right - left, bottom - top);
    }
}
