// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.spikestudio.charts.Axis;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ChartContent.Band;
import org.spikestudio.charts.ChartContent.Kind;
import org.spikestudio.charts.ChartContent.LegendEntry;
import org.spikestudio.charts.ChartContent.Marker;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ChartContent.Style;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.plots.internal.BandAxis;
import org.spikestudio.plots.internal.ChartStyle;
import org.spikestudio.plots.internal.RasterRenderer;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.SimulationResult;

/**
 * Draws {@link ChartContent} with JFreeChart, for image files ({@link ResultPlots}) of
 * {@value ResultPlots#WIDTH} x {@value ResultPlots#HEIGHT}. What a chart shows is decided by
 * {@link ResultChartContent}; this class only decides how it looks at that size: fonts and strokes
 * ({@link ChartStyle}), the short value axis label of low stacked panels, room under panel titles and
 * above threshold labels, denser ticks in low panels. The builders below are
 * {@link ResultChartContent}'s, drawn.
 */
public final class ResultCharts {

    private static final Color NOT_RECORDED_BAND = new Color(0xf1f1f1);
    private static final Color SEPARATOR = new Color(0xa0a0a0);

    /**
     * About the height of the data area, in pixels, of a trace or rate chart drawn at
     * {@link ResultPlots#HEIGHT} (the rest holds the titles and the time axis): for estimating the
     * height of stacked panels.
     */
    private static final double DATA_AREA_HEIGHT = 550;
    /** The height kept free at the top of a panel for its title, in pixels. */
    private static final double PANEL_TITLE_HEIGHT = 30;
    private static final FontRenderContext FONT_CONTEXT = new FontRenderContext(null, true, true);

    private ResultCharts() {
    }

    /** The spike raster of {@link ResultChartContent#raster}, drawn. */
    public static Optional<JFreeChart> raster(SimulationResult result) {
        return ResultChartContent.raster(result).map(ResultCharts::chart);
    }

    /** Membrane potential traces (mV) with a dashed line at each population's spike threshold. */
    public static Optional<JFreeChart> potential(SimulationResult result) {
        return traces(result, RecordedVariable.MEMBRANE_POTENTIAL);
    }

    /** Input current traces (nA). */
    public static Optional<JFreeChart> inputCurrent(SimulationResult result) {
        return traces(result, RecordedVariable.INPUT_CURRENT);
    }

    /** Synaptic current traces (nA). */
    public static Optional<JFreeChart> synapticCurrent(SimulationResult result) {
        return traces(result, RecordedVariable.SYNAPTIC_CURRENT);
    }

    /** The traces of {@link ResultChartContent#traces}, drawn. */
    public static Optional<JFreeChart> traces(SimulationResult result, RecordedVariable variable) {
        return ResultChartContent.traces(result, variable).map(ResultCharts::chart);
    }

    /** The U-I plot of {@link ResultChartContent#potentialVersusCurrent}, drawn. */
    public static Optional<JFreeChart> potentialVersusCurrent(SimulationResult result) {
        return ResultChartContent.potentialVersusCurrent(result).map(ResultCharts::chart);
    }

    /** The population rates of {@link ResultChartContent#rate}, drawn. */
    public static Optional<JFreeChart> rate(SimulationResult result) {
        return ResultChartContent.rate(result).map(ResultCharts::chart);
    }

    /**
     * The chart drawing the content: stacked panels over a shared horizontal axis when there are
     * several, the legend below a raster and right of the others.
     */
    public static JFreeChart chart(ChartContent content) {
        XYPlot plot;
        if (content.kind() == Kind.RASTER) {
            plot = rasterPlot(content);
        } else if (content.stacked()) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(axis(content.xAxis(), true));
            int panels = content.panels().size();
            Axis value = content.panels().get(0).yAxis();
            String label = panelAxisLabel(value.label(), value.shortLabel(), panels);
            for (Panel panel : content.panels()) {
                XYPlot subplot = plot(panel, null, null, label, true);
                makePanel(subplot, (NumberAxis) subplot.getRangeAxis(), panel.title(), highest(panel), panels);
                combined.add(subplot, 1);
            }
            plot = combined;
        } else {
            Panel panel = content.panels().get(0);
            plot = plot(panel, axis(content.xAxis(), true), content.xAxis(), panel.yAxis().label(), false);
        }
        plot.setFixedLegendItems(legend(content.legend()));
        return ChartStyle.chart(content.title(), content.subtitle(), plot,
                content.kind() == Kind.RASTER ? RectangleEdge.BOTTOM : RectangleEdge.RIGHT);
    }

    /**
     * The raster: spikes as marks over the population bands, separators between bands, bands whose
     * spikes were not recorded shaded, the bands' names on a second axis at the right.
     */
    private static XYPlot rasterPlot(ChartContent content) {
        Panel panel = content.panels().get(0);
        DefaultXYDataset dataset = new DefaultXYDataset();
        RasterRenderer renderer = new RasterRenderer();
        for (Series series : panel.series()) {
            renderer.setSeriesPaint(dataset.getSeriesCount(), new Color(series.rgb()));
            dataset.addSeries(series.key(), new double[][] { series.x(), series.y() });
        }
        NumberAxis index = axis(panel.yAxis(), false);
        XYPlot plot = new XYPlot(dataset, axis(content.xAxis(), true), index, renderer);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(content.emptyMessage());
        plot.setNoDataMessageFont(ChartStyle.AXIS_LABEL_FONT);

        List<BandAxis.Band> bands = new ArrayList<>();
        for (Band band : content.bands()) {
            double from = band.first() - 0.5;
            double to = band.first() + band.size() - 0.5;
            bands.add(new BandAxis.Band(from, to, band.label()));
            if (!band.recorded()) {
                plot.addRangeMarker(new IntervalMarker(from, to, NOT_RECORDED_BAND), Layer.BACKGROUND);
            }
            if (band.first() > 0) {
                plot.addRangeMarker(new ValueMarker(from, SEPARATOR, new BasicStroke(1f)), Layer.BACKGROUND);
            }
        }
        BandAxis names = new BandAxis(null, bands);
        ChartStyle.style(names);
        names.setAxisLineVisible(false);
        names.setTickMarksVisible(false);
        names.setRange(index.getRange());
        plot.setRangeAxis(1, names);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        return plot;
    }

    /** A horizontal or vertical axis with its fixed range, if any. */
    private static NumberAxis axis(Axis axis, boolean horizontal) {
        return axis(axis, axis.label(), horizontal);
    }

    private static NumberAxis axis(Axis axis, String label, boolean horizontal) {
        NumberAxis numbers = horizontal ? ChartStyle.xAxis(label) : ChartStyle.yAxis(label);
        if (axis.integers()) {
            numbers.setStandardTickUnits(ChartStyle.tickUnits(true));
        }
        if (axis.fromZero()) {
            // Rates start at 0 Hz, the bottom of the plot.
            numbers.setAutoRangeIncludesZero(true);
            numbers.setAutoRangeStickyZero(true);
        }
        if (axis.fixed()) {
            numbers.setRange(axis.from(), axis.to());
        }
        return numbers;
    }

    /**
     * A panel's series on its value axis labelled {@code label}, with its markers (the axis range
     * widened to show them); {@code x} is null for a stacked panel.
     */
    private static XYPlot plot(Panel panel, NumberAxis x, Axis xContent, String label, boolean markerLabelRight) {
        AbstractXYItemRenderer renderer = renderer(panel.series());
        XYDataset dataset = dataset(panel.series());
        boolean overlappingBars = renderer instanceof XYBarRenderer && panel.series().size() > 1;
        for (int s = 0; s < panel.series().size(); s++) {
            int rgb = panel.series().get(s).rgb();
            // Translucent where the bars of several populations overlap in one panel.
            renderer.setSeriesPaint(s, overlappingBars ? new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 150)
                    : new Color(rgb));
        }
        NumberAxis value = axis(panel.yAxis(), label, false);
        XYPlot plot = new XYPlot(dataset, x, value, renderer);
        if (x != null && !xContent.fixed()) {
            ChartStyle.widenIfFlat(x, false);
        }
        if (!panel.yAxis().fixed()) {
            ChartStyle.widenIfFlat(value, panel.yAxis().fromZero());
        }
        addMarkers(plot, value, panel.markers(), markerLabelRight);
        return plot;
    }

    /** The series as x/y pairs, or as intervals [x[k], x[k + 1]) for bars. */
    private static XYDataset dataset(List<Series> series) {
        if (!series.isEmpty() && series.get(0).style() == Style.BARS) {
            DefaultIntervalXYDataset bars = new DefaultIntervalXYDataset();
            for (Series s : series) {
                int n = Math.max(0, s.x().length - 1);
                double[] start = Arrays.copyOf(s.x(), n);
                double[] end = Arrays.copyOfRange(s.x(), Math.min(1, s.x().length), s.x().length);
                double[] y = Arrays.copyOf(s.y(), n);
                bars.addSeries(s.key(), new double[][] { start, start, end, y, new double[n], y });
            }
            return bars;
        }
        DefaultXYDataset lines = new DefaultXYDataset();
        for (Series s : series) {
            lines.addSeries(s.key(), new double[][] { s.x(), s.y() });
        }
        return lines;
    }

    /** Bars, steps, or lines with their points marked when any series asks for it. */
    private static AbstractXYItemRenderer renderer(List<Series> series) {
        if (!series.isEmpty() && series.get(0).style() == Style.BARS) {
            XYBarRenderer renderer = new XYBarRenderer();
            renderer.setBarPainter(new StandardXYBarPainter());
            renderer.setShadowVisible(false);
            renderer.setUseYInterval(true);
            renderer.setDrawBarOutline(false);
            return renderer;
        }
        if (!series.isEmpty() && series.get(0).style() == Style.STEPS) {
            XYStepRenderer renderer = new XYStepRenderer();
            renderer.setAutoPopulateSeriesStroke(false);
            renderer.setDefaultStroke(ChartStyle.LINE_STROKE);
            renderer.setDrawSeriesLineAsPath(true);
            return renderer;
        }
        boolean shapes = series.stream().anyMatch(s -> s.style() == Style.LINE_AND_POINTS);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(ChartStyle.LINE_STROKE);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private static LegendItemCollection legend(List<LegendEntry> entries) {
        LegendItemCollection legend = new LegendItemCollection();
        for (LegendEntry entry : entries) {
            Paint paint = new Color(entry.rgb());
            legend.add(switch (entry.symbol()) {
            case LINE -> ChartStyle.lineItem(entry.label(), paint);
            case BOX -> ChartStyle.boxItem(entry.label(), paint);
            });
        }
        return legend;
    }

    /**
     * A dashed line at each marker, labelled at its left or right end, the axis range widened to
     * show it with room above the highest for its label, which sits above the line.
     */
    private static void addMarkers(XYPlot plot, NumberAxis axis, List<Marker> markers, boolean labelRight) {
        if (markers.isEmpty()) {
            return;
        }
        Range range = axis.getRange();
        double low = range.getLowerBound();
        double high = range.getUpperBound();
        double highestMarker = Double.NEGATIVE_INFINITY;
        for (Marker marker : markers) {
            plot.addRangeMarker(ChartStyle.thresholdMarker(marker.value(), marker.label(), labelRight),
                    Layer.FOREGROUND);
            low = Math.min(low, marker.value());
            high = Math.max(high, marker.value());
            highestMarker = Math.max(highestMarker, marker.value());
        }
        double span = Math.max(high - low, 1e-9);
        double top = Math.max(range.getUpperBound(), highestMarker + 0.08 * span);
        double bottom = low < range.getLowerBound() ? low - 0.05 * span : range.getLowerBound();
        if (top != range.getUpperBound() || bottom != range.getLowerBound()) {
            axis.setRange(bottom, top);
        }
    }

    /** About the height in pixels of each of {@code panels} stacked panels at the image size. */
    private static double panelHeight(int panels) {
        return (DATA_AREA_HEIGHT - (panels - 1) * ChartStyle.PANEL_GAP) / panels;
    }

    /**
     * The full value axis label when it fits along a panel of the stacked panels at the image
     * size, else the short one.
     */
    private static String panelAxisLabel(String full, String brief, int panels) {
        double width = ChartStyle.AXIS_LABEL_FONT.getStringBounds(full, FONT_CONTEXT).getWidth();
        return width <= 0.9 * panelHeight(panels) ? full : brief;
    }

    /**
     * Makes a plot one of {@code panels} stacked panels: puts its title in its top left corner,
     * raises the top of its value axis so that nothing drawn up to {@code highest} (data, marker
     * line) lies under the title, and packs the value ticks closer when the panel is low.
     */
    private static void makePanel(XYPlot panel, NumberAxis axis, String title, double highest, int panels) {
        panel.addAnnotation(new XYTitleAnnotation(0, 1, ChartStyle.panelTitle(title), RectangleAnchor.TOP_LEFT));
        if (panelHeight(panels) < 150) {
            ChartStyle.denseTicks(axis);
        }
        if (!Double.isFinite(highest)) {
            return;
        }
        Range range = axis.getRange();
        double free = Math.min(0.4, PANEL_TITLE_HEIGHT / panelHeight(panels));
        double top = (highest - free * range.getLowerBound()) / (1 - free);
        if (top > range.getUpperBound()) {
            axis.setRange(range.getLowerBound(), top);
        }
    }

    /** The largest finite value of the panel's series and markers, or -infinity when none. */
    private static double highest(Panel panel) {
        double highest = Double.NEGATIVE_INFINITY;
        for (Series series : panel.series()) {
            for (double y : series.y()) {
                if (y > highest && Double.isFinite(y)) {
                    highest = y;
                }
            }
        }
        for (Marker marker : panel.markers()) {
            highest = Math.max(highest, marker.value());
        }
        return highest;
    }
}
