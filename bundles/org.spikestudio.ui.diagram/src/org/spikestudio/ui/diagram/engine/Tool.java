// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

/**
 * A palette entry. {@link Kind#CREATE} tools act on a click (on the canvas or on a figure),
 * {@link Kind#CONNECT} tools on a drag from a source node to a target node; the host decides what
 * they do and where they may act ({@link DiagramHost}). Tools of one {@code group} (e.g. the kinds
 * of input) share one palette button with a menu of the variants.
 */
public record Tool(String id, String label, Kind kind, String description, String group) {

    public enum Kind { SELECT, CREATE, CONNECT }

    /** Selects, moves, resizes and draws marquees: the tool the viewer returns to after each use. */
    public static final Tool SELECT = new Tool("select", "Select", Kind.SELECT, "Select, move and resize");

    /** A tool of its own button. */
    public Tool(String id, String label, Kind kind, String description) {
        this(id, label, kind, description, null);
    }
}
