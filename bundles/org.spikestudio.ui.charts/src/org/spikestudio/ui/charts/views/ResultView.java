// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.spikestudio.charts.Axis;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.plots.ImageFormat;
import org.spikestudio.plots.ResultCharts;
import org.spikestudio.plots.ResultPlots;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.ui.charts.internal.ChartCanvas;
import org.spikestudio.ui.charts.internal.RasterPlot;
import org.spikestudio.ui.charts.internal.ResultFilter;
import org.spikestudio.ui.charts.internal.ResultSession;
import org.spikestudio.ui.charts.internal.SelectionFilter;

/**
 * A result view: one chart of the shown run, drawn by {@link ChartCanvas} from the same
 * {@link ChartContent} the image files are drawn from, filtered to the populations selected in the
 * model. Export PNG and SVG write what the view shows (its populations and its time range) through
 * {@code org.spikestudio.plots}, as the command line does; Export CSV writes the data in the run's
 * file format.
 */
public abstract class ResultView extends ViewPart {

    protected final ResultSession session = ResultSession.get();
    private final Runnable listener = this::refresh;
    protected ChartCanvas canvas;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        canvas = createCanvas(parent);
        SelectionFilter.install(getSite().getWorkbenchWindow());
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        contributeControls(toolbar);
        for (Action action : new Action[] { action("Export PNG...", () -> exportAs(ImageFormat.PNG)),
                action("Export SVG...", () -> exportAs(ImageFormat.SVG)), action("Export CSV...", this::exportCsvAs),
                action("Show All", () -> canvas.resetZoom()) }) {
            menu.add(action);
        }
        session.addListener(listener);
        refresh();
    }

    /** The canvas of the view (the Statistics view adds a table). */
    protected ChartCanvas createCanvas(Composite parent) {
        return new ChartCanvas(parent, session.time());
    }

    /** Controls in the view's toolbar before the export actions (the rate's bin width). */
    protected void contributeControls(IToolBarManager toolbar) {
    }

    @Override
    public void dispose() {
        session.removeListener(listener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    public ChartCanvas canvas() {
        return canvas;
    }

    /** The file names the view suggests, e.g. {@code raster}: the command line's names. */
    protected abstract String baseName();

    /** What the view shows of a result (already filtered), or empty when the result has nothing for it. */
    protected abstract Optional<ChartContent> content(SimulationResult result);

    /** Writes the view's data in the run's file format. */
    protected abstract void writeCsv(SimulationResult result, Path file) throws IOException;

    /** Whether the horizontal axis is time, linked to the other views. */
    protected boolean timeAxis() {
        return true;
    }

    /** The raster painter, for the Raster view; null for charts of series. */
    protected RasterPlot rasterPlot() {
        return null;
    }

    /** The result the view draws: the run's, or the spikes so far of a run going on. */
    protected SimulationResult source(ResultSession.Shown shown) {
        return shown.live()
                ? shown.spikes().toResult(shown.label(), RateTrace.binSteps(RateTrace.DEFAULT_BIN_MS, shown.spikes().dt()))
                : shown.result();
    }

    /** Draws the shown run again (a new run, another selection, new data). */
    public void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        ResultSession.Shown shown = session.shown();
        SimulationResult result = shown == null ? null : filtered(source(shown));
        ChartContent content = shown == null ? null : drawnContent(shown, result);
        canvas.setContent(content, timeAxis(), rasterPlot(),
                shown == null ? "No result: run a model, or double-click a results folder's summary.json"
                        : content == null ? shown.label() + ": nothing recorded for this view" : shown.label());
    }

    /** What the canvas draws of the shown run ({@code result} is {@link #source} filtered). */
    protected ChartContent drawnContent(ResultSession.Shown shown, SimulationResult result) {
        return result == null ? null : content(result).orElse(null);
    }

    /** The result with only the selected populations. */
    protected SimulationResult filtered(SimulationResult result) {
        return ResultFilter.populations(result, session.selectedIn(result));
    }

    /** The shown result as exported: the selected populations, the visible time range. */
    public SimulationResult exportedResult() {
        ResultSession.Shown shown = session.shown();
        if (shown == null) {
            return null;
        }
        SimulationResult result = filtered(source(shown));
        if (timeAxis() && session.time().isSet()) {
            double[] t = canvas.visibleTime();
            result = ResultFilter.window(result, t[0], t[1]);
        }
        return result;
    }

    /** Writes the view's chart as an image file of the command line's size and style. */
    public void export(ImageFormat format, Path file) throws IOException {
        SimulationResult result = exportedResult();
        Optional<ChartContent> content = result == null ? Optional.empty() : content(result);
        if (content.isEmpty()) {
            throw new IOException("the view shows nothing to export");
        }
        ChartContent c = content.get();
        if (timeAxis() && session.time().isSet()) {
            double[] t = canvas.visibleTime();
            Axis x = c.xAxis();
            c = new ChartContent(c.kind(), c.title(), c.subtitle(),
                    new Axis(x.quantity(), x.symbol(), x.unit(), t[0], t[1], x.fromZero(), x.integers()), c.panels(),
                    c.legend(), c.bands(), c.emptyMessage());
        }
        ResultPlots.write(ResultCharts.chart(c), file, format);
    }

    /** Writes the view's data as CSV (see {@link #writeCsv}). */
    public void exportCsv(Path file) throws IOException {
        SimulationResult result = exportedResult();
        if (result == null) {
            throw new IOException("the view shows nothing to export");
        }
        writeCsv(result, file);
    }

    private void exportAs(ImageFormat format) {
        Path file = ask(baseName() + "." + format.extension(), "*." + format.extension());
        if (file != null) {
            run(() -> export(format, file), file);
        }
    }

    private void exportCsvAs() {
        Path file = ask(baseName() + ".csv", "*.csv");
        if (file != null) {
            run(() -> exportCsv(file), file);
        }
    }

    private Path ask(String name, String filter) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFileName(name);
        dialog.setFilterExtensions(new String[] { filter });
        dialog.setOverwrite(true);
        ResultSession.Shown shown = session.shown();
        if (shown != null && shown.folder() != null && shown.folder().getParent() != null) {
            // Beside the run's folder, named after it: a results folder holds what the run wrote, nothing else.
            dialog.setFilterPath(shown.folder().getParent().toString());
            dialog.setFileName(shown.folder().getFileName() + "-" + name);
        }
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private interface Export {
        void run() throws IOException;
    }

    private void run(Export export, Path file) {
        try {
            export.run();
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Export failed",
                    "Could not write " + file + ": " + e.getMessage());
        }
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** The populations selected in the model, as applied to this result. */
    protected Set<String> selectedIn(SimulationResult result) {
        return session.selectedIn(result);
    }
}
