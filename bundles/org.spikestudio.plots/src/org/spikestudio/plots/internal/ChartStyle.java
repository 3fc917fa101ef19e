// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The look shared by all result charts: white background, light grid, no borders, sans-serif fonts
 * sized for a 1200 x 700 image. Colours of data come with the chart content.
 */
public final class ChartStyle {

    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    public static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    public static final Font TICK_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    public static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    /** Vertical space between stacked panels, in pixels. */
    public static final double PANEL_GAP = 12;
    /**
     * The empty space kept between anything drawn (a right-hand legend, the raster's population
     * names) and the right edge of the chart, in pixels: with less, a legend at the image border
     * looks cut off, and a browser drawing an SVG's text with a wider font than Java measured may
     * really cut it.
     */
    public static final int RIGHT_SPACE = 30;

    private static final Color GRID = new Color(0xe4e4e4);
    private static final Color AXIS = new Color(0x333333);
    private static final Color TEXT = new Color(0x222222);
    private static final Color THRESHOLD = new Color(0x444444);
    private static final Stroke THRESHOLD_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] { 7f, 5f }, 0f);
    public static final Stroke LINE_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ChartStyle() {
    }

    /**
     * A horizontal number axis with the shared fonts and locale-independent tick labels; wide tick
     * label insets make JFreeChart choose about 8 to 12 ticks, as matplotlib does, not 20.
     */
    public static NumberAxis xAxis(String label) {
        NumberAxis axis = numberAxis(label);
        axis.setTickLabelInsets(new RectangleInsets(4, 18, 2, 18));
        return axis;
    }

    /** A vertical number axis, as {@link #xAxis}. */
    public static NumberAxis yAxis(String label) {
        NumberAxis axis = numberAxis(label);
        axis.setTickLabelInsets(new RectangleInsets(14, 4, 14, 6));
        return axis;
    }

    /**
     * Closer value ticks for a vertical axis of a low panel: about four ticks in 120 px instead of
     * two.
     */
    public static void denseTicks(NumberAxis axis) {
        axis.setTickLabelInsets(new RectangleInsets(4, 4, 4, 6));
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(tickUnits(false));
        axis.setAutoRangeIncludesZero(false);
        // JFreeChart would end the range exactly at 0 when the data stop there, so a membrane
        // potential resting at 0 mV would lie on the plot's edge, half clipped, under the axis line.
        axis.setAutoRangeStickyZero(false);
        style(axis);
        return axis;
    }

    /**
     * Tick sizes 1, 2, 2.5 (not for integers) and 5 times powers of ten, labelled without digit
     * grouping and with a decimal point whatever the default locale ({@code 1000}, {@code 0.25}).
     */
    public static TickUnitSource tickUnits(boolean integers) {
        TickUnits units = new TickUnits();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        for (int exponent = integers ? 0 : -9; exponent <= 12; exponent++) {
            for (double mantissa : integers ? new double[] { 1, 2, 5 } : new double[] { 1, 2, 2.5, 5 }) {
                double size = mantissa * Math.pow(10, exponent);
                int decimals = Math.max(0, -exponent + (mantissa == 2.5 ? 1 : 0));
                DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                        symbols);
                format.setGroupingUsed(false);
                units.add(new NumberTickUnit(size, format, 0));
            }
        }
        return units;
    }

    /**
     * Gives an axis whose data are all one value (a constant current, a silent population's rate)
     * a readable range around it instead of JFreeChart's tiny one: +-10 % of the value, at least
     * +-1, never below 0 when {@code fromZero}.
     */
    public static void widenIfFlat(NumberAxis axis, boolean fromZero) {
        Range range = axis.getRange();
        double centre = range.getCentralValue();
        if (range.getLength() > 1e-6 * Math.max(1, Math.abs(centre))) {
            return;
        }
        double half = Math.max(1, Math.abs(centre) * 0.1);
        double lower = centre - half;
        if (fromZero && centre >= 0 && lower < 0) {
            lower = 0;
        }
        axis.setRange(lower, centre + half);
    }

    public static void style(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_LABEL_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        axis.setTickMarkOutsideLength(5f);
        axis.setTickMarkInsideLength(0f);
        axis.setMinorTickMarksVisible(false);
    }

    /** White plot, light solid grid, no outline; for stacked panels, each panel too. */
    public static void style(XYPlot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.setGap(PANEL_GAP);
            for (XYPlot panel : combined.getSubplots()) {
                style(panel);
            }
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
    }

    /**
     * A chart around the plot: title (the model name), subtitle, and a legend at {@code legendEdge}
     * (none when null). Anti-aliased, white, no border.
     */
    public static JFreeChart chart(String title, String subtitle, XYPlot plot, RectangleEdge legendEdge) {
        style(plot);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setMargin(new RectangleInsets(0, 0, 2, 0));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setPadding(new RectangleInsets(12, 14, 10, RIGHT_SPACE));
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(new Color(0x555555));
            sub.setMargin(new RectangleInsets(0, 0, 8, 0));
            chart.addSubtitle(sub);
        }
        if (legendEdge != null) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(legendEdge);
            if (legendEdge == RectangleEdge.RIGHT || legendEdge == RectangleEdge.LEFT) {
                legend.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.TOP);
                legend.setMargin(new RectangleInsets(20, 12, 0, 0));
                legend.setItemLabelPadding(new RectangleInsets(3, 4, 3, 4));
            } else {
                legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
                legend.setMargin(new RectangleInsets(6, 0, 0, 0));
                legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
            }
            chart.addLegend(legend);
        }
        return chart;
    }

    /** A legend entry drawn as a short line in the given colour. */
    public static LegendItem lineItem(String label, Paint paint) {
        Shape line = new Line2D.Double(-9, 0, 9, 0);
        LegendItem item = new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-5, -5, 10, 10),
                false, paint, false, paint, new BasicStroke(1f), true, line, new BasicStroke(3f), paint);
        item.setLabelFont(LEGEND_FONT);
        return item;
    }

    /** A legend entry drawn as a filled square in the given colour. */
    public static LegendItem boxItem(String label, Paint paint) {
        LegendItem item = new LegendItem(label, paint);
        item.setShape(new Rectangle2D.Double(-6, -6, 12, 12));
        item.setLabelFont(LEGEND_FONT);
        return item;
    }

    /**
     * A dashed horizontal reference line labelled above the line, on white, at its left end, or at
     * its right end when {@code labelRight} (in a panel whose top left corner holds its title).
     */
    public static ValueMarker thresholdMarker(double valueMv, String label, boolean labelRight) {
        ValueMarker marker = new ValueMarker(valueMv, THRESHOLD, THRESHOLD_STROKE);
        marker.setLabel(label);
        marker.setLabelFont(MARKER_FONT);
        marker.setLabelPaint(THRESHOLD);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        marker.setLabelAnchor(labelRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(labelRight ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(labelRight ? new RectangleInsets(2, 6, 2, 4) : new RectangleInsets(2, 4, 2, 6));
        return marker;
    }

    /** The name of a stacked panel, drawn in its top left corner, on white. */
    public static TextTitle panelTitle(String text) {
        TextTitle title = new TextTitle(text, PANEL_TITLE_FONT);
        title.setPaint(TEXT);
        title.setBackgroundPaint(new Color(255, 255, 255, 220));
        title.setPadding(new RectangleInsets(2, 5, 2, 5));
        title.setMargin(RectangleInsets.ZERO_INSETS);
        return title;
    }
}
