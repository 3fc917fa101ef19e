// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/** Draws on an SWT {@link GC} (the canvas, or an image for PNG export). Owns its colours and fonts. */
final class GcPainter implements Painter, AutoCloseable {

    private final GC gc;
    private final Fonts fonts;
    private final Map<RGB, Color> colors = new HashMap<>();

    GcPainter(GC gc, Fonts fonts) {
        this.gc = gc;
        this.fonts = fonts;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(fonts.get(Font.NORMAL));
    }

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(c));
    }

    @Override
    public void pen(RGB color, int width, boolean dashed) {
        gc.setForeground(color(color));
        gc.setLineWidth(width);
        gc.setLineStyle(dashed ? SWT.LINE_CUSTOM : SWT.LINE_SOLID);
        if (dashed) {
            gc.setLineDash(new int[] { 6, 4 });
        }
    }

    @Override
    public void fillColor(RGB color) {
        gc.setBackground(color(color));
    }

    @Override
    public void font(Font value) {
        font = value;
        gc.setFont(fonts.get(value));
    }

    private Font font = Font.NORMAL;

    @Override
    public Point textExtent(String text) {
        return fonts.extent(gc, font, text);
    }

    @Override
    public void polyline(int[] xy) {
        gc.drawPolyline(xy);
    }

    @Override
    public void polygon(int[] xy, boolean fill, boolean outline) {
        if (fill) {
            gc.fillPolygon(xy);
        }
        if (outline) {
            gc.drawPolygon(xy);
        }
    }

    @Override
    public void rectangle(int x, int y, int w, int h, int arc, boolean fill, boolean outline) {
        if (fill) {
            gc.fillRoundRectangle(x, y, w, h, arc, arc);
        }
        if (outline) {
            gc.drawRoundRectangle(x, y, w, h, arc, arc);
        }
    }

    @Override
    public void oval(int x, int y, int w, int h, boolean fill, boolean outline) {
        if (fill) {
            gc.fillOval(x, y, w, h);
        }
        if (outline) {
            gc.drawOval(x, y, w, h);
        }
    }

    @Override
    public void text(String text, int x, int y) {
        gc.drawText(text, x, y, SWT.DRAW_TRANSPARENT);
    }

    @Override
    public void close() {
        colors.values().forEach(Color::dispose);
    }

    /**
     * The three fonts of a diagram, made once per device, and the sizes of the texts drawn in them
     * (measuring text is the slowest part of a repaint, and the texts rarely change).
     */
    static final class Fonts implements AutoCloseable {
        private final Map<Font, org.eclipse.swt.graphics.Font> fonts = new HashMap<>();
        private final Map<Font, Map<String, Point>> extents = new HashMap<>();

        Fonts(Device device) {
            FontData base = device.getSystemFont().getFontData()[0];
            int height = Math.max(8, base.getHeight());
            fonts.put(Font.NORMAL, new org.eclipse.swt.graphics.Font(device, base.getName(), height, SWT.NORMAL));
            fonts.put(Font.BOLD, new org.eclipse.swt.graphics.Font(device, base.getName(), height, SWT.BOLD));
            fonts.put(Font.SMALL, new org.eclipse.swt.graphics.Font(device, base.getName(), height - 1, SWT.NORMAL));
        }

        org.eclipse.swt.graphics.Font get(Font font) {
            return fonts.get(font);
        }

        /** The size of a text measured before, or null. */
        Point known(Font font, String text) {
            Point size = extents.getOrDefault(font, Map.of()).get(text);
            return size == null ? null : new Point(size.x, size.y);
        }

        /** The size of a text in a font, measured with {@code gc} (whose font is {@code font}) once. */
        Point extent(GC gc, Font font, String text) {
            Map<String, Point> sizes = extents.computeIfAbsent(font, f -> new HashMap<>());
            if (sizes.size() > 10_000) {
                sizes.clear(); // texts of figures long gone
            }
            Point size = sizes.computeIfAbsent(text, t -> gc.textExtent(t, SWT.DRAW_TRANSPARENT));
            return new Point(size.x, size.y);
        }

        @Override
        public void close() {
            fonts.values().forEach(org.eclipse.swt.graphics.Font::dispose);
        }
    }
}
