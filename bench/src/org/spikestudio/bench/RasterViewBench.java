// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultReader;
import org.spikestudio.ui.charts.internal.ChartCanvas;
import org.spikestudio.ui.charts.internal.RasterPlot;
import org.spikestudio.ui.charts.internal.RowLayout;
import org.spikestudio.ui.charts.internal.SpikeStore;
import org.spikestudio.ui.charts.internal.TimeRange;

/**
 * Opens the raster of a results folder the way the Raster view draws it (ChartCanvas and
 * RasterPlot in a 1200 x 700 shell) and prints the wall time of the first paint, a zoom and a pan,
 * each from the request to the end of the paint; then the same spikes as one SWTChart series
 * (marks only), the approach the view does not take.
 *   java ... RasterViewBench RESULTS_FOLDER
 */
public final class RasterViewBench {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long t0 = System.nanoTime();
        SimulationResult result = ResultReader.read(folder).result();
        long read = System.nanoTime() - t0;
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        shell.open();
        settle(display);

        long start = System.nanoTime();
        SpikeStore store = SpikeStore.of(result);
        RasterPlot plot = new RasterPlot(store, new RowLayout(store, b -> true));
        TimeRange time = new TimeRange();
        ChartCanvas canvas = new ChartCanvas(shell, time);
        canvas.setContent(ResultChartContent.raster(result).orElseThrow(), true, plot, "bench");
        shell.layout(true, true);
        double first = paint(display, plot, start);
        String mode = plot.lastDrawing().exact() ? "exact" : "density";
        double duration = result.info().simulatedMs();

        // Zoom to a tenth and pan by half of it, five times: the first, and the last when warm.
        double[] zoom = new double[5];
        double[] pan = new double[5];
        double[] paintZoom = new double[5];
        double[] paintPan = new double[5];
        for (int i = 0; i < 5; i++) {
            if (time.isSet()) {
                time.reset();
                paint(display, plot, System.nanoTime());
            }
            start = System.nanoTime();
            time.set(0.4 * duration, 0.5 * duration);
            zoom[i] = paint(display, plot, start);
            paintZoom[i] = plot.lastPaintNanos() / 1e6;
            start = System.nanoTime();
            time.set(0.45 * duration, 0.55 * duration);
            pan[i] = paint(display, plot, start);
            paintPan[i] = plot.lastPaintNanos() / 1e6;
        }
        String zoomMode = plot.lastDrawing().exact() ? "exact" : "density";
        time.reset();
        start = System.nanoTime();
        canvas.charts().get(0).redraw();
        double whole = paint(display, plot, start);
        double wholePaint = plot.lastPaintNanos() / 1e6;

        start = System.nanoTime();
        Chart rows = canvas.charts().get(0);
        rows.getAxisSet().getYAxis(0).setRange(new Range(3000, 3400));
        rows.redraw();
        double zoomRows = paint(display, plot, start);
        String rowsMode = plot.lastDrawing().exact() ? "exact" : "density";

        System.out.printf(Locale.ROOT, "RESULT spikes=%d neurons=%d read_s=%.2f%n", store.snapshot().count(),
                store.rowCount(), read / 1e9);
        System.out.printf(Locale.ROOT, "RESULT first_paint_ms=%.0f (%s) paint_only_ms=%.1f%n", first, mode,
                plot.lastPaintNanos() / 1e6);
        System.out.printf(Locale.ROOT, "RESULT repaint_whole_warm_ms=%.0f (raster paint %.1f)%n", whole, wholePaint);
        System.out.printf(Locale.ROOT, "RESULT zoom_10pct_time_ms first=%.0f warm=%.0f (raster paint %.1f, %s)%n",
                zoom[0], zoom[4], paintZoom[4], zoomMode);
        System.out.printf(Locale.ROOT, "RESULT pan_ms first=%.0f warm=%.0f (raster paint %.1f)%n", pan[0], pan[4],
                paintPan[4]);
        System.out.printf(Locale.ROOT, "RESULT zoom_rows_ms=%.0f (%s)%n", zoomRows, rowsMode);
        canvas.dispose();

        // The same spikes as one SWTChart series of marks.
        SpikeStore.Snapshot snap = store.snapshot();
        double[] x = new double[snap.count()];
        double[] y = new double[snap.count()];
        for (int k = 0; k < x.length; k++) {
            x[k] = snap.steps()[k] * store.dt();
            y[k] = snap.rows()[k];
        }
        start = System.nanoTime();
        Chart chart = new Chart(shell, SWT.NONE);
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "spikes");
        series.setLineStyle(LineStyle.NONE);
        series.setSymbolType(PlotSymbolType.SQUARE);
        series.setSymbolSize(1);
        series.setXSeries(x);
        series.setYSeries(y);
        chart.getAxisSet().adjustRange();
        shell.layout(true, true);
        boolean[] painted = { false };
        chart.getPlotArea().getControl().addPaintListener(e -> painted[0] = true);
        chart.redraw();
        while (!painted[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        System.out.printf(Locale.ROOT, "RESULT swtchart_series_first_paint_ms=%.0f%n", (System.nanoTime() - start) / 1e6);
        shell.dispose();
        display.dispose();
    }

    /** Waits for the raster's next paint; the ms since {@code start}. */
    private static double paint(Display display, RasterPlot plot, long start) {
        RasterPlotWatch watch = new RasterPlotWatch(plot);
        while (!watch.painted()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void settle(Display display) {
        while (display.readAndDispatch()) {
            // nothing
        }
    }

    /** Whether a new drawing has been made since construction. */
    private record RasterPlotWatch(RasterPlot plot, Object before) {
        RasterPlotWatch(RasterPlot plot) {
            this(plot, plot.lastDrawing());
        }

        boolean painted() {
            return plot.lastDrawing() != null && plot.lastDrawing() != before;
        }
    }
}
