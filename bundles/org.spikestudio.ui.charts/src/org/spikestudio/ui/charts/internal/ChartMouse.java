// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.Range;

/**
 * Zoom and pan with the mouse on one chart's plot area: the wheel zooms the horizontal axis around
 * the pointer (with Ctrl, a raster's rows); dragging with the left button draws a rectangle and
 * zooms to it; dragging with the right or middle button, or with Shift, pans; a double click shows
 * everything again. The horizontal axis goes through {@link ChartCanvas#setHorizontal}, so a time
 * axis zooms every view.
 */
final class ChartMouse implements MouseListener, MouseMoveListener, ICustomPaintListener {

    private static final double WHEEL_FACTOR = 0.8;
    private static final int MIN_RECTANGLE = 5;
    private static final Color RUBBER_BAND = new Color(0x40, 0x40, 0x40);

    private final ChartCanvas canvas;
    private final Chart chart;
    private final Control area;
    private int startX;
    private int startY;
    private int currentX;
    private int currentY;
    private boolean selecting;
    private boolean panning;
    private Range panX;
    private Range panY;

    ChartMouse(ChartCanvas canvas, Chart chart) {
        this.canvas = canvas;
        this.chart = chart;
        this.area = chart.getPlotArea().getControl();
        area.addMouseListener(this);
        area.addMouseMoveListener(this);
        area.addListener(SWT.MouseVerticalWheel, e -> wheel(e.x, e.y, e.count, (e.stateMask & SWT.MOD1) != 0));
        chart.getPlotArea().addCustomPaintListener(this);
    }

    private IAxis x() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis y() {
        return chart.getAxisSet().getYAxis(0);
    }

    /** Zooms in (count > 0) or out around the pointer. */
    void wheel(int px, int py, int count, boolean rows) {
        double factor = count > 0 ? WHEEL_FACTOR : 1 / WHEEL_FACTOR;
        if (rows && canvas.isRaster()) {
            Range r = y().getRange();
            double at = y().getDataCoordinate(py);
            canvas.setVertical(chart, at - (at - r.lower) * factor, at + (r.upper - at) * factor);
        } else {
            Range r = x().getRange();
            double at = x().getDataCoordinate(px);
            canvas.setHorizontal(at - (at - r.lower) * factor, at + (r.upper - at) * factor);
        }
    }

    @Override
    public void mouseDown(MouseEvent e) {
        startX = currentX = e.x;
        startY = currentY = e.y;
        if (e.button == 2 || e.button == 3 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0)) {
            panning = true;
            panX = new Range(x().getRange());
            panY = new Range(y().getRange());
        } else if (e.button == 1) {
            selecting = true;
        }
    }

    @Override
    public void mouseMove(MouseEvent e) {
        currentX = e.x;
        currentY = e.y;
        if (panning) {
            pan(e.x - startX, e.y - startY);
        } else if (selecting) {
            area.redraw();
        }
    }

    /** Moves the view by the dragged pixels from where the drag started. */
    void pan(int dx, int dy) {
        int width = Math.max(1, area.getSize().x);
        double shiftX = -dx * (panX.upper - panX.lower) / width;
        canvas.setHorizontal(panX.lower + shiftX, panX.upper + shiftX);
        if (canvas.isRaster()) {
            int height = Math.max(1, area.getSize().y);
            double shiftY = dy * (panY.upper - panY.lower) / height;
            canvas.setVertical(chart, panY.lower + shiftY, panY.upper + shiftY);
        }
    }

    @Override
    public void mouseUp(MouseEvent e) {
        if (selecting) {
            selecting = false;
            zoomTo(startX, startY, e.x, e.y);
            area.redraw();
        }
        panning = false;
    }

    /** Zooms to the dragged rectangle: its width always, its height when it is tall enough. */
    void zoomTo(int x0, int y0, int x1, int y1) {
        if (Math.abs(x1 - x0) >= MIN_RECTANGLE) {
            double a = x().getDataCoordinate(Math.min(x0, x1));
            double b = x().getDataCoordinate(Math.max(x0, x1));
            canvas.setHorizontal(a, b);
        }
        if (Math.abs(y1 - y0) >= MIN_RECTANGLE) {
            double a = y().getDataCoordinate(Math.max(y0, y1));
            double b = y().getDataCoordinate(Math.min(y0, y1));
            canvas.setVertical(chart, a, b);
        }
    }

    @Override
    public void mouseDoubleClick(MouseEvent e) {
        selecting = false;
        panning = false;
        canvas.resetZoom();
    }

    @Override
    public void paintControl(PaintEvent e) {
        if (selecting) {
            e.gc.setForeground(RUBBER_BAND);
            e.gc.setLineStyle(SWT.LINE_DOT);
            e.gc.drawRectangle(Math.min(startX, currentX), Math.min(startY, currentY), Math.abs(currentX - startX),
                    Math.abs(currentY - startY));
            e.gc.setLineStyle(SWT.LINE_SOLID);
        }
    }
}
