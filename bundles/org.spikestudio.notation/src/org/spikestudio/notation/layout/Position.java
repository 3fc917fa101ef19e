// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.notation.layout;

/** A point in absolute diagram coordinates. */
public record Position(double x, double y) {

    public Position translate(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
