// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots.internal;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.BitSet;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws spikes (x = time, y = neuron index) as marks whose size follows the pixels per neuron row
 * at drawing time, so a raster is readable at any size and zoom:
 * <ul>
 * <li>4 px or more per row: a vertical tick of 3/4 of the row (3 to 18 px high, 1 or 2 px wide);</li>
 * <li>1.5 to 4 px per row: a 2 x 2 px dot;</li>
 * <li>less: a 1 px dot.</li>
 * </ul>
 * Marks are snapped to whole pixels, so they stay crisp and keep their exact colour with
 * anti-aliasing on. A mark that would cover exactly the pixels of a mark already drawn for the same
 * series is skipped: at the drawing resolution nothing is lost, and half a million spikes draw in a
 * fraction of a second. In an SVG the marks of a series become a few paths, or, above
 * {@link #SVG_VECTOR_MARKS} marks, one embedded image of the data area (as matplotlib's
 * {@code rasterized=True}), so the file stays small; axes and text stay vector. No item entities
 * (tooltips) are made.
 */
public final class RasterRenderer extends AbstractXYItemRenderer {

    private static final long serialVersionUID = 1L;

    /** The geometry of the marks and the pixels already covered, for one drawing. */
    public static final class State extends XYItemRendererState {
        final int markWidth;
        final int markHeight;
        final int gridX;
        final int gridY;
        final int gridWidth;
        final int gridHeight;
        final BitSet drawn;
        long marksDrawn;

        State(PlotRenderingInfo info, int markWidth, int markHeight, Rectangle2D dataArea) {
            super(info);
            this.markWidth = markWidth;
            this.markHeight = markHeight;
            this.gridX = (int) Math.floor(dataArea.getMinX()) - markWidth;
            this.gridY = (int) Math.floor(dataArea.getMinY()) - markHeight;
            this.gridWidth = (int) Math.ceil(dataArea.getWidth()) + 2 * markWidth + 2;
            this.gridHeight = (int) Math.ceil(dataArea.getHeight()) + 2 * markHeight + 2;
            this.drawn = new BitSet(Math.max(1, gridWidth * gridHeight));
        }

        /** Marks actually drawn (after skipping the ones that cover drawn pixels). */
        public long marksDrawn() {
            return marksDrawn;
        }

        public int markWidth() {
            return markWidth;
        }

        public int markHeight() {
            return markHeight;
        }
    }

    /** Above this many marks in one series, an SVG gets the series' marks as an embedded image. */
    public static final int SVG_VECTOR_MARKS = 25_000;
    private static final int SVG_PATH_MARKS = 5_000;

    private transient State lastState;

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
            PlotRenderingInfo info) {
        double rows = plot.getRangeAxis().getRange().getLength();
        double rowPx = rows > 0 ? dataArea.getHeight() / rows : dataArea.getHeight();
        int width;
        int height;
        if (rowPx >= 4) {
            width = rowPx >= 8 ? 2 : 1;
            height = (int) Math.max(3, Math.min(18, Math.round(rowPx * 0.75)));
        } else if (rowPx >= 1.5) {
            width = 2;
            height = 2;
        } else if (sparse(dataset, dataArea)) {
            width = 2;
            height = 2;
        } else {
            width = 1;
            height = 1;
        }
        State state = new State(info, width, height, dataArea);
        lastState = state;
        return state;
    }

    /** Whether 2 x 2 px dots would cover less than a tenth of the data area. */
    private static boolean sparse(XYDataset dataset, Rectangle2D dataArea) {
        long items = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            items += dataset.getItemCount(s);
        }
        return items * 4 < 0.1 * dataArea.getWidth() * dataArea.getHeight();
    }

    /** The state of the latest drawing, for tests and diagnostics; null before the first. */
    public State lastState() {
        return lastState;
    }

    /**
     * Draws the whole series when called for its first item, and nothing for the others: the marks
     * are collected first (skipping repeats) so that an SVG gets one path per batch of marks instead
     * of an element per mark.
     */
    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState rendererState, Rectangle2D dataArea,
            PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset,
            int series, int item, CrosshairState crosshairState, int pass) {
        if (item != 0) {
            return;
        }
        State state = (State) rendererState;
        state.drawn.clear();
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        Range xRange = domainAxis.getRange();
        Range yRange = rangeAxis.getRange();
        int items = dataset.getItemCount(series);
        int[] lefts = new int[Math.min(items, 1024)];
        int[] tops = new int[lefts.length];
        int marks = 0;
        for (int i = 0; i < items; i++) {
            double x = dataset.getXValue(series, i);
            double y = dataset.getYValue(series, i);
            if (!xRange.contains(x) || !yRange.contains(y)) {
                continue;
            }
            double px = domainAxis.valueToJava2D(x, dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(y, dataArea, yEdge);
            int left = (int) Math.floor(px - (state.markWidth - 1) / 2.0);
            int top = (int) Math.floor(py - state.markHeight / 2.0 + 0.5);
            int gx = left - state.gridX;
            int gy = top - state.gridY;
            if (gx >= 0 && gy >= 0 && gx < state.gridWidth && gy < state.gridHeight) {
                int key = gy * state.gridWidth + gx;
                if (state.drawn.get(key)) {
                    continue;
                }
                state.drawn.set(key);
            }
            if (marks == lefts.length) {
                lefts = Arrays.copyOf(lefts, Math.min(items, marks * 2));
                tops = Arrays.copyOf(tops, lefts.length);
            }
            lefts[marks] = left;
            tops[marks] = top;
            marks++;
        }
        state.marksDrawn += marks;
        Paint paint = lookupSeriesPaint(series);
        int w = state.markWidth;
        int h = state.markHeight;
        if (!(g2 instanceof SVGGraphics2D)) {
            g2.setPaint(paint);
            for (int k = 0; k < marks; k++) {
                g2.fillRect(lefts[k], tops[k], w, h);
            }
        } else if (marks > SVG_VECTOR_MARKS) {
            // An image of the marks: the SVG stays small and quick to open; text and axes stay vector.
            int x0 = state.gridX;
            int y0 = state.gridY;
            BufferedImage image = new BufferedImage(state.gridWidth, state.gridHeight, BufferedImage.TYPE_INT_ARGB);
            Graphics2D ig = image.createGraphics();
            ig.setPaint(paint);
            for (int k = 0; k < marks; k++) {
                ig.fillRect(lefts[k] - x0, tops[k] - y0, w, h);
            }
            ig.dispose();
            g2.drawImage(image, x0, y0, null);
        } else {
            g2.setPaint(paint);
            Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, Math.min(marks, SVG_PATH_MARKS) * 5);
            for (int k = 0; k < marks; k++) {
                float l = lefts[k];
                float t = tops[k];
                path.moveTo(l, t);
                path.lineTo(l + w, t);
                path.lineTo(l + w, t + h);
                path.lineTo(l, t + h);
                path.closePath();
                if ((k + 1) % SVG_PATH_MARKS == 0 || k == marks - 1) {
                    g2.fill(path);
                    path.reset();
                }
            }
        }
    }
}
