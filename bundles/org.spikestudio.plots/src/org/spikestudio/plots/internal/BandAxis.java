// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A vertical axis whose only tick labels are names at the centres of bands, e.g. the populations of
 * a stacked raster. Labels that would overlap the previous one are left out (their band is then
 * still visible by its separators).
 */
public final class BandAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    /** A labelled band [from, to) of the axis. */
    public record Band(double from, double to, String label) implements java.io.Serializable {
    }

    @SuppressWarnings("serial") // an immutable list of serializable records
    private final List<Band> bands;

    public BandAxis(String label, List<Band> bands) {
        super(label);
        this.bands = List.copyOf(bands);
        setTickMarksVisible(false);
        setMinorTickMarksVisible(false);
        setAxisLineVisible(false);
        setAutoRange(false);
    }

    public List<Band> bands() {
        return bands;
    }

    @Override
    @SuppressWarnings("rawtypes") // the overridden method's signature
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        boolean left = edge == RectangleEdge.LEFT;
        TextAnchor anchor = left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        double minGap = getTickLabelFont().getSize2D() * 1.15;
        double lastY = Double.NaN;
        for (Band band : bands) {
            double centre = (band.from() + band.to()) / 2;
            if (!getRange().contains(centre)) {
                continue;
            }
            double y = valueToJava2D(centre, dataArea, edge);
            if (!Double.isNaN(lastY) && Math.abs(y - lastY) < minGap) {
                continue;
            }
            lastY = y;
            ticks.add(new NumberTick(TickType.MAJOR, centre, band.label(), anchor, anchor, 0.0));
        }
        return ticks;
    }
}
