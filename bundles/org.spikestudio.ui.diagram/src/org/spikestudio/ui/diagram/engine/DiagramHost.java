// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * What the viewer asks of its host: the rules (may this tool act here?) and the changes (the user
 * created, connected, moved, deleted or renamed something). The host makes each change in its model
 * and then gives the viewer new figures; the viewer never changes the model itself.
 */
public interface DiagramHost {

    /** Whether {@code tool} may create something on {@code on} (null: the empty canvas). */
    boolean canCreate(Tool tool, Figure on);

    /** Creates what {@code tool} makes, at a diagram point, on {@code on} (null: the canvas). */
    void create(Tool tool, Point at, Figure on);

    /** Whether a connection of {@code tool} may go from {@code source} to {@code target}. */
    boolean canConnect(Tool tool, NodeFigure source, NodeFigure target);

    void connect(Tool tool, NodeFigure source, NodeFigure target);

    /** The user moved or resized nodes: their new bounds in diagram coordinates. */
    void moved(Map<NodeFigure, Rectangle> bounds);

    void delete(List<Figure> figures);

    /** The text direct edit (F2) starts from, or null when the figure cannot be renamed. */
    String editableText(Figure figure);

    void rename(Figure figure, String text);
}
