// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.Range;

/**
 * Paints a raster's spikes on a chart's plot area from a {@link SpikeStore} with
 * {@link RasterImage}, for the axis ranges the chart shows, and the bands' names at the right.
 * Replaceable data (a live store that grows, another row layout) without rebuilding the chart.
 */
public final class RasterPlot implements ICustomPaintListener {

    private static final Color LABEL = new Color(0x33, 0x33, 0x33);
    private static final Color LABEL_BACKGROUND = new Color(0xff, 0xff, 0xff);

    private volatile SpikeStore store;
    private volatile RowLayout layout;
    private Chart chart;
    private RasterImage.Drawing last;
    private long lastPaintNanos;

    public RasterPlot(SpikeStore store, RowLayout layout) {
        this.store = store;
        this.layout = layout;
    }

    public void setData(SpikeStore newStore, RowLayout newLayout) {
        store = newStore;
        layout = newLayout;
    }

    public SpikeStore store() {
        return store;
    }

    public RowLayout layout() {
        return layout;
    }

    /** The last drawing (for tests and the benchmark), or null. */
    public RasterImage.Drawing lastDrawing() {
        return last;
    }

    /** How long the last paint took, in ns. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    void install(Chart target) {
        chart = target;
        chart.getPlotArea().addCustomPaintListener(this);
    }

    @Override
    public boolean drawBehindSeries() {
        return true;
    }

    @Override
    public void paintControl(PaintEvent e) {
        long start = System.nanoTime();
        Point size = chart.getPlotArea().getSize();
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        Range xr = x.getRange();
        Range yr = y.getRange();
        SpikeStore s = store;
        RowLayout l = layout;
        RasterImage.Drawing drawing = RasterImage.draw(s, s.snapshot(), l, xr.lower, xr.upper, yr.lower, yr.upper,
                size.x, size.y);
        if (drawing.width() > 0 && drawing.height() > 0) {
            ImageData data = new ImageData(drawing.width(), drawing.height(), 24,
                    new PaletteData(0xff0000, 0xff00, 0xff));
            for (int row = 0; row < drawing.height(); row++) {
                data.setPixels(0, row, drawing.width(), drawing.rgb(), row * drawing.width());
            }
            Image image = new Image(e.display, data);
            try {
                e.gc.drawImage(image, 0, 0);
            } finally {
                image.dispose();
            }
        }
        labels(e.gc, l, yr, size);
        last = drawing;
        lastPaintNanos = System.nanoTime() - start;
    }

    /** Each band's name at the right, in the middle of its visible part. */
    private void labels(GC gc, RowLayout l, Range yr, Point size) {
        IAxis y = chart.getAxisSet().getYAxis(0);
        gc.setForeground(LABEL);
        gc.setBackground(LABEL_BACKGROUND);
        for (RowLayout.Shown shown : l.shown()) {
            double low = Math.max(yr.lower, shown.firstDisplayRow() - 0.5);
            double high = Math.min(yr.upper, shown.firstDisplayRow() + shown.band().size() - 0.5);
            if (high <= low) {
                continue;
            }
            String text = shown.band().recorded() ? shown.band().name() : shown.band().name() + " (not recorded)";
            Point extent = gc.textExtent(text);
            int top = y.getPixelCoordinate(high);
            int bottom = y.getPixelCoordinate(low);
            if (bottom - top < extent.y) {
                continue;
            }
            int x = size.x - extent.x - 6;
            int yText = (top + bottom - extent.y) / 2;
            // Half-transparent behind the name: the spikes under it stay visible.
            gc.setAlpha(170);
            gc.fillRectangle(x - 2, yText, extent.x + 4, extent.y);
            gc.setAlpha(255);
            gc.drawText(text, x, yText, true);
        }
    }
}
