// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * The few drawing operations the renderer needs, in diagram coordinates, so that the screen, PNG
 * and SVG are drawn by the same code ({@link Renderer}) and look the same.
 */
interface Painter {

    enum Font { NORMAL, BOLD, SMALL }

    /** The colour, width and dash of lines, and the colour of fills and text that follow. */
    void pen(RGB color, int width, boolean dashed);

    void fillColor(RGB color);

    void font(Font font);

    Point textExtent(String text);

    void polyline(int[] xy);

    void polygon(int[] xy, boolean fill, boolean outline);

    void rectangle(int x, int y, int w, int h, int arc, boolean fill, boolean outline);

    void oval(int x, int y, int w, int h, boolean fill, boolean outline);

    /** Text with its top-left corner at (x, y), in the pen's colour. */
    void text(String text, int x, int y);
}
