// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.spikestudio.charts.Axis;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ChartContent.Band;
import org.spikestudio.charts.ChartContent.Kind;
import org.spikestudio.charts.ChartContent.LegendEntry;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Symbol;
import org.spikestudio.charts.Palette;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.ui.charts.internal.RasterPlot;
import org.spikestudio.ui.charts.internal.ResultFilter;
import org.spikestudio.ui.charts.internal.ResultSession;
import org.spikestudio.ui.charts.internal.RowLayout;
import org.spikestudio.ui.charts.internal.SpikeStore;

/**
 * The spike raster: populations in bands, excitatory red, inhibitory blue, painted from the run's
 * spikes by {@link RasterPlot} (exact marks, or a density where there are more spikes than pixels).
 * While a run goes it fills in a few times per second.
 */
public final class RasterView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.raster";

    private RasterPlot plot;
    private final LiveRefresh live = new LiveRefresh(this::refresh);

    @Override
    protected String baseName() {
        return "raster";
    }

    /** The spikes the view holds (the run's, or so far), in its row layout. */
    public RasterPlot plot() {
        return plot;
    }

    @Override
    protected RasterPlot rasterPlot() {
        return plot;
    }

    @Override
    public void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        live.poke(session.shown());
        ResultSession.Shown shown = session.shown();
        if (shown != null && canvas != null) {
            SpikeStore store = shown.spikes();
            Set<String> selected = session.selectedIn(store);
            RowLayout layout = new RowLayout(store, b -> ResultFilter.shows(selected, b.id(), b.name()));
            if (plot == null) {
                plot = new RasterPlot(store, layout);
            } else {
                plot.setData(store, layout);
            }
        }
        super.refresh();
    }

    @Override
    protected SimulationResult source(ResultSession.Shown shown) {
        // A run going on: the view draws from the buffer, no result is built per refresh.
        return shown.live() ? null : shown.result();
    }

    @Override
    public SimulationResult exportedResult() {
        ResultSession.Shown shown = session.shown();
        if (shown != null && shown.live()) {
            return null; // exported once the run's result is shown
        }
        return super.exportedResult();
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        return ResultChartContent.raster(result);
    }

    @Override
    protected SimulationResult filtered(SimulationResult result) {
        return result == null ? null : super.filtered(result);
    }

    /** Chart content without series: the spikes are painted from the store. */
    @Override
    protected ChartContent drawnContent(ResultSession.Shown shown, SimulationResult result) {
        if (!shown.live()) {
            return content(result).orElse(null);
        }
        RowLayout layout = plot.layout();
        List<Band> bands = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        for (RowLayout.Shown band : layout.shown()) {
            bands.add(new Band(band.firstDisplayRow(), band.band().size(), band.band().name(), band.band().recorded()));
        }
        for (PopulationType type : PopulationType.values()) {
            if (layout.shown().stream().anyMatch(b -> b.band().type() == type && b.band().recorded())) {
                legend.add(new LegendEntry(type.key(), Palette.color(type), Symbol.BOX));
            }
        }
        SpikeStore.Snapshot snap = shown.spikes().snapshot();
        SpikeStore store = shown.spikes();
        String subtitle = String.format(Locale.ROOT, "Running: %,d spikes, %.1f of %.1f ms", snap.count(),
                snap.stepsDone() * store.dt(), store.stepsTotal() * store.dt());
        Axis index = new Axis("neuron index", "index", null, -0.5, Math.max(1, layout.displayRows()) - 0.5, false,
                true);
        return new ChartContent(Kind.RASTER, shown.label(), subtitle, Axis.time(store.stepsTotal() * store.dt()),
                List.of(new Panel(null, index, List.of(), List.of())), legend, bands, null);
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        ResultFiles.writeSpikes(result, file);
    }
}
