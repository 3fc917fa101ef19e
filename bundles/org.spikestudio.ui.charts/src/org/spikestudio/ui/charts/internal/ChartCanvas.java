// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.spikestudio.charts.Axis;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ChartContent.LegendEntry;
import org.spikestudio.charts.ChartContent.Marker;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ChartContent.Style;

/**
 * The SWTChart renderer of {@link ChartContent}: a title line, one SWTChart {@link Chart} per
 * panel stacked over the shared horizontal axis (only the lowest shows its ticks and title), the
 * series in their styles and colours, dashed threshold markers, and the legend at the right. A time axis follows the shared {@link TimeRange}; the mouse zooms and pans it
 * ({@link ChartMouse}). A raster's spikes are not series: {@link RasterPlot} paints them.
 */
public final class ChartCanvas extends Composite {

    private static final Color WHITE = new Color(255, 255, 255);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color MARKER = new Color(0x55, 0x55, 0x55);

    private final TimeRange time;
    private final Label header;
    private final Composite plots;
    private final Canvas legend;
    private final List<Chart> charts = new ArrayList<>();
    private final List<double[]> fittedY = new ArrayList<>();
    private ChartContent content;
    private boolean timeAxis;
    private double wholeFrom;
    private double wholeTo;
    private RasterPlot raster;
    private final Runnable timeListener = this::applyTimeRange;

    public ChartCanvas(Composite parent, TimeRange time) {
        super(parent, SWT.NONE);
        this.time = time;
        setBackground(WHITE);
        setLayout(new GridLayout(2, false));
        header = new Label(this, SWT.WRAP);
        header.setBackground(WHITE);
        header.setForeground(TEXT);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        plots = new Composite(this, SWT.NONE);
        plots.setBackground(WHITE);
        GridLayout stack = new GridLayout(1, false);
        stack.marginWidth = 0;
        stack.marginHeight = 0;
        stack.verticalSpacing = 0;
        plots.setLayout(stack);
        plots.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        legend = new Canvas(this, SWT.NONE);
        legend.setBackground(WHITE);
        legend.addPaintListener(e -> paintLegend(e.gc));
        time.addListener(timeListener);
        addDisposeListener(e -> time.removeListener(timeListener));
    }

    /** The content shown, or null. */
    public ChartContent content() {
        return content;
    }

    /** The SWTChart charts, one per panel, top to bottom. */
    public List<Chart> charts() {
        return List.copyOf(charts);
    }

    /** The time range shown now, {from, to} in ms; the whole axis when not a time axis. */
    public double[] visibleTime() {
        return new double[] { time.from(wholeFrom), time.to(wholeTo) };
    }

    /** Whether the horizontal axis is time (and follows the shared range). */
    public boolean timeAxis() {
        return timeAxis;
    }

    /**
     * Shows the content; {@code timeAxis} links the horizontal axis to the shared time range,
     * {@code raster} (or null) paints a raster's spikes. Keeps the charts when only the data changed
     * (a live refresh), so zoom and widgets survive.
     */
    public void setContent(ChartContent newContent, boolean isTimeAxis, RasterPlot rasterPlot) {
        setContent(newContent, isTimeAxis, rasterPlot, newContent == null ? "" : newContent.title());
    }

    /** {@link #setContent(ChartContent, boolean, RasterPlot)} with the run named by {@code label}. */
    public void setContent(ChartContent newContent, boolean isTimeAxis, RasterPlot rasterPlot, String label) {
        boolean sameShape = content != null && newContent != null && charts.size() == newContent.panels().size()
                && content.kind() == newContent.kind() && sameKeys(content, newContent) && raster == rasterPlot;
        content = newContent;
        timeAxis = isTimeAxis;
        raster = rasterPlot;
        if (newContent == null) {
            header.setText("");
            rebuild();
            return;
        }
        header.setText(label + ": " + newContent.subtitle());
        Axis x = newContent.xAxis();
        wholeFrom = x.fixed() ? x.from() : Double.NaN;
        wholeTo = x.fixed() ? x.to() : Double.NaN;
        if (sameShape) {
            for (int p = 0; p < charts.size(); p++) {
                fill(charts.get(p), newContent.panels().get(p), p);
            }
            applyTimeRange();
        } else {
            rebuild();
        }
        GridData legendData = new GridData(SWT.FILL, SWT.FILL, false, true);
        legendData.widthHint = legendWidth();
        legend.setLayoutData(legendData);
        layout(true, true);
        legend.redraw();
    }

    private static boolean sameKeys(ChartContent a, ChartContent b) {
        for (int p = 0; p < a.panels().size(); p++) {
            List<String> ka = a.panels().get(p).series().stream().map(Series::key).toList();
            List<String> kb = b.panels().get(p).series().stream().map(Series::key).toList();
            if (!ka.equals(kb)) {
                return false;
            }
        }
        return a.legend().equals(b.legend());
    }

    private void rebuild() {
        charts.forEach(Control::dispose);
        charts.clear();
        fittedY.clear();
        if (content == null) {
            plots.layout(true);
            return;
        }
        int panels = content.panels().size();
        for (int p = 0; p < panels; p++) {
            Panel panel = content.panels().get(p);
            Chart chart = new Chart(plots, SWT.NONE);
            chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            chart.setBackground(WHITE);
            chart.setBackgroundInPlotArea(WHITE);
            chart.getLegend().setVisible(false);
            chart.getTitle().setVisible(panel.title() != null);
            chart.getTitle().setFont(getFont());
            if (panel.title() != null) {
                chart.getTitle().setText(panel.title());
                chart.getTitle().setForeground(TEXT);
            }
            IAxis x = chart.getAxisSet().getXAxis(0);
            boolean lowest = p == panels - 1;
            x.getTitle().setText(content.xAxis().label());
            x.getTitle().setVisible(lowest);
            x.getTick().setVisible(lowest);
            x.getTick().setForeground(TEXT);
            x.getTitle().setForeground(TEXT);
            x.getTitle().setFont(getFont());
            IAxis y = chart.getAxisSet().getYAxis(0);
            // Stacked panels are low: the short label fits along them.
            y.getTitle().setText(panels > 1 ? panel.yAxis().shortLabel() : panel.yAxis().label());
            y.getTitle().setFont(getFont());
            y.getTitle().setForeground(TEXT);
            y.getTick().setForeground(TEXT);
            if (panel.yAxis().integers()) {
                y.getTick().setFormat(new java.text.DecimalFormat("0"));
            }
            x.getGrid().setStyle(LineStyle.NONE);
            y.getGrid().setStyle(raster == null ? LineStyle.DOT : LineStyle.NONE);
            if (raster != null) {
                raster.install(chart);
            }
            int index = p;
            chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
                @Override
                public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                    paintMarkers(e.gc, chart, content.panels().get(Math.min(index, content.panels().size() - 1)));
                }
            });
            new ChartMouse(this, chart);
            charts.add(chart);
            fittedY.add(null);
            fill(chart, panel, p);
        }
        applyTimeRange();
        plots.layout(true, true);
    }

    /** The panel's series into the chart, and its value range. */
    private void fill(Chart chart, Panel panel, int p) {
        List<String> keys = new ArrayList<>();
        for (Series s : panel.series()) {
            if (s.style() == Style.SPIKES) {
                continue; // a raster: painted by RasterPlot
            }
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().getSeries(s.key());
            if (line == null) {
                line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.key());
            }
            keys.add(s.key());
            line.setXSeries(s.x());
            line.setYSeries(s.y());
            line.setLineColor(color(s.rgb()));
            line.setLineWidth(s.style() == Style.STEPS ? 2 : 1);
            line.enableStep(s.style() == Style.STEPS || s.style() == Style.BARS);
            line.enableArea(s.style() == Style.BARS);
            line.setSymbolType(s.style() == Style.LINE_AND_POINTS ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
            line.setSymbolColor(color(s.rgb()));
            line.setSymbolSize(2);
            line.setAntialias(SWT.ON);
        }
        for (var old : chart.getSeriesSet().getSeries()) {
            if (!keys.contains(old.getId())) {
                chart.getSeriesSet().deleteSeries(old.getId());
            }
        }
        double[] range = valueRange(panel, raster != null);
        fittedY.set(p, range);
        chart.getAxisSet().getYAxis(0).setRange(new Range(range[0], range[1]));
        if (!timeAxis) {
            double[] xr = horizontalRange();
            chart.getAxisSet().getXAxis(0).setRange(new Range(xr[0], xr[1]));
        }
    }

    /** The whole value range of a panel: fixed, or the data's with its markers, a little margin. */
    static double[] valueRange(Panel panel, boolean fixedOnly) {
        Axis axis = panel.yAxis();
        if (axis.fixed() || fixedOnly) {
            return new double[] { axis.from(), axis.to() };
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series s : panel.series()) {
            for (double v : s.y()) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        for (Marker m : panel.markers()) {
            low = Math.min(low, m.value());
            high = Math.max(high, m.value());
        }
        if (axis.fromZero()) {
            low = Math.min(0, low);
        }
        if (!(high >= low)) {
            return new double[] { 0, 1 };
        }
        double span = high - low;
        double pad = span > 0 ? 0.05 * span : Math.max(1, Math.abs(high) * 0.05);
        return new double[] { axis.fromZero() && low == 0 ? 0 : low - pad, high + pad };
    }

    /** The whole horizontal range: fixed, or the data's. */
    private double[] horizontalRange() {
        if (!Double.isNaN(wholeFrom)) {
            return new double[] { wholeFrom, wholeTo };
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Panel panel : content.panels()) {
            for (Series s : panel.series()) {
                for (double v : s.x()) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
        }
        if (!(high > low)) {
            return new double[] { Double.isFinite(low) ? low - 1 : 0, Double.isFinite(high) ? high + 1 : 1 };
        }
        double pad = 0.03 * (high - low);
        return new double[] { low - pad, high + pad };
    }

    /** Sets every chart's time axis to the shared range. */
    private void applyTimeRange() {
        if (isDisposed() || content == null) {
            return;
        }
        if (timeAxis) {
            double from = time.from(wholeFrom);
            double to = time.to(wholeTo);
            for (Chart chart : charts) {
                chart.getAxisSet().getXAxis(0).setRange(new Range(from, to));
            }
        }
        charts.forEach(Chart::redraw);
    }

    /** Zooms or pans the horizontal axis of every chart: the shared time range, or this view's. */
    void setHorizontal(double from, double to) {
        if (timeAxis) {
            time.set(from, to);
        } else if (to > from) {
            for (Chart chart : charts) {
                chart.getAxisSet().getXAxis(0).setRange(new Range(from, to));
                chart.redraw();
            }
        }
    }

    /** Zooms or pans one chart's value axis. */
    void setVertical(Chart chart, double from, double to) {
        if (to > from) {
            chart.getAxisSet().getYAxis(0).setRange(new Range(from, to));
            chart.redraw();
        }
    }

    /** Back to the whole range on both axes. */
    public void resetZoom() {
        if (content == null) {
            return;
        }
        for (int p = 0; p < charts.size(); p++) {
            double[] y = fittedY.get(p);
            charts.get(p).getAxisSet().getYAxis(0).setRange(new Range(y[0], y[1]));
            if (!timeAxis) {
                double[] x = horizontalRange();
                charts.get(p).getAxisSet().getXAxis(0).setRange(new Range(x[0], x[1]));
            }
        }
        if (timeAxis) {
            time.reset();
        }
        charts.forEach(Chart::redraw);
    }

    /** Whether a raster is painted (the mouse zooms its rows too). */
    boolean isRaster() {
        return raster != null;
    }

    private void paintMarkers(GC gc, Chart chart, Panel panel) {
        if (panel.markers().isEmpty()) {
            return;
        }
        IAxis y = chart.getAxisSet().getYAxis(0);
        Point size = chart.getPlotArea().getSize();
        gc.setForeground(MARKER);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(1);
        for (Marker marker : panel.markers()) {
            int py = y.getPixelCoordinate(marker.value());
            if (py < 0 || py > size.y) {
                continue;
            }
            gc.drawLine(0, py, size.x, py);
            Point text = gc.textExtent(marker.label());
            // On a white ground, as the image files have it: legible over dense traces.
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(marker.label(), Math.max(2, size.x - text.x - 4), Math.max(0, py - text.y - 1), false);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private int legendWidth() {
        if (content == null || content.legend().isEmpty()) {
            return 0;
        }
        GC gc = new GC(legend);
        try {
            int width = 0;
            for (LegendEntry entry : content.legend()) {
                width = Math.max(width, gc.textExtent(entry.label()).x);
            }
            return width + 34;
        } finally {
            gc.dispose();
        }
    }

    private void paintLegend(GC gc) {
        if (content == null) {
            return;
        }
        int y = 30;
        gc.setAntialias(SWT.ON);
        for (LegendEntry entry : content.legend()) {
            Point text = gc.textExtent(entry.label());
            int mid = y + text.y / 2;
            gc.setBackground(color(entry.rgb()));
            gc.setForeground(color(entry.rgb()));
            switch (entry.symbol()) {
            case LINE -> {
                gc.setLineWidth(2);
                gc.drawLine(4, mid, 22, mid);
            }
            case BOX -> gc.fillRectangle(8, mid - 5, 10, 10);
            }
            gc.setForeground(TEXT);
            gc.drawText(entry.label(), 28, y, true);
            y += text.y + 4;
        }
    }

    static Color color(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
