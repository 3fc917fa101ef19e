// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.action.IToolBarManager;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.ui.charts.internal.Rebinning;

/**
 * Population rates as steps over their bins. The toolbar's bin width (ms) recomputes the rates
 * from the spikes; empty shows the rates the run recorded. While a run goes it fills in.
 */
public final class RateView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.rate";

    private final LiveRefresh live = new LiveRefresh(this::refresh);
    private final BinField bin = new BinField("binWidth", "Bin (ms):", "recorded", null, width -> refresh());

    @Override
    protected String baseName() {
        return "rate";
    }

    /** The bin width in ms, or null for the recorded rates. */
    public Double binMs() {
        return bin.value();
    }

    /** Sets the bin width in ms (null: the recorded rates) and redraws. */
    public void setBinMs(Double value) {
        bin.set(value);
    }

    @Override
    protected void contributeControls(IToolBarManager toolbar) {
        toolbar.add(bin);
    }

    @Override
    public void refresh() {
        if (canvas != null && !canvas.isDisposed()) {
            live.poke(session.shown());
        }
        super.refresh();
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        Double width = bin.value();
        return width == null ? ResultChartContent.rate(result) : ResultChartContent.rate(result, width);
    }

    /** The rates as rates.csv has them: recorded, or counted from the spikes in the bins set. */
    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        Double width = bin.value();
        ResultFiles.writeRates(width == null ? result
                : Rebinning.rates(result, RateTrace.binSteps(width, result.dt())), file);
    }
}
