// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * Writes SVG elements. Text is measured with an SWT {@link GC} in the same fonts as the screen, so
 * the layout of an SVG export is the layout of the canvas.
 */
final class SvgPainter implements Painter {

    private final StringBuilder svg = new StringBuilder();
    private final GC measure;
    private final GcPainter.Fonts fonts;
    private RGB pen = new RGB(0, 0, 0);
    private RGB fill = new RGB(255, 255, 255);
    private int width = 1;
    private boolean dashed;
    private Font font = Font.NORMAL;

    SvgPainter(GC measure, GcPainter.Fonts fonts) {
        this.measure = measure;
        this.fonts = fonts;
        measure.setFont(fonts.get(Font.NORMAL));
    }

    String body() {
        return svg.toString();
    }

    private static String hex(RGB c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.red, c.green, c.blue);
    }

    private String style(boolean filled, boolean outline) {
        StringBuilder s = new StringBuilder(" fill=\"").append(filled ? hex(fill) : "none").append('"');
        if (outline) {
            s.append(" stroke=\"").append(hex(pen)).append("\" stroke-width=\"").append(width).append('"');
            if (dashed) {
                s.append(" stroke-dasharray=\"6 4\"");
            }
        }
        return s.toString();
    }

    @Override
    public void pen(RGB color, int w, boolean dash) {
        pen = color;
        width = w;
        dashed = dash;
    }

    @Override
    public void fillColor(RGB color) {
        fill = color;
    }

    @Override
    public void font(Font value) {
        font = value;
        measure.setFont(fonts.get(value));
    }

    @Override
    public Point textExtent(String text) {
        return fonts.extent(measure, font, text);
    }

    private static String points(int[] xy) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            s.append(i == 0 ? "" : " ").append(xy[i]).append(',').append(xy[i + 1]);
        }
        return s.toString();
    }

    @Override
    public void polyline(int[] xy) {
        svg.append("<polyline points=\"").append(points(xy)).append('"').append(style(false, true)).append("/>\n");
    }

    @Override
    public void polygon(int[] xy, boolean filled, boolean outline) {
        svg.append("<polygon points=\"").append(points(xy)).append('"').append(style(filled, outline)).append("/>\n");
    }

    @Override
    public void rectangle(int x, int y, int w, int h, int arc, boolean filled, boolean outline) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\"", x, y, w, h, arc / 2))
                .append(style(filled, outline)).append("/>\n");
    }

    @Override
    public void oval(int x, int y, int w, int h, boolean filled, boolean outline) {
        svg.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"", x + w / 2.0, y + h / 2.0,
                w / 2.0, h / 2.0)).append(style(filled, outline)).append("/>\n");
    }

    @Override
    public void text(String text, int x, int y) {
        int ascent = measure.getFontMetrics().getAscent();
        String fontData = fonts.get(font).getFontData()[0].getName();
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"%s, sans-serif\" font-size=\"%dpt\"%s fill=\"%s\">",
                x, y + ascent, escape(fontData), fonts.get(font).getFontData()[0].getHeight(),
                font == Font.BOLD ? " font-weight=\"bold\"" : "", hex(pen)))
                .append(escape(text)).append("</text>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
