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
import org.spikestudio.ui.charts.internal.ResultFilter;
import org.spikestudio.ui.charts.internal.ResultSession;

/**
 * Two runs of one model overlaid: their population rates in the toolbar's bins, each run named by
 * its results folder. CSV: each run's rates in those bins, as rates.csv.
 */
public final class CompareView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.compare";
    private static final double DEFAULT_BIN_MS = 1;

    private final BinField bin = new BinField("compareBin", "Bin (ms):", "1", null, width -> refresh());
    private String problem;

    @Override
    protected String baseName() {
        return "compare-rate";
    }

    @Override
    protected void contributeControls(IToolBarManager toolbar) {
        toolbar.add(bin);
    }

    private double binMs() {
        return bin.value() == null ? DEFAULT_BIN_MS : bin.value();
    }

    @Override
    public void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        ResultSession.Comparison c = session.comparison();
        ChartContent content = c == null ? null : overlay(c).orElse(null);
        canvas.setContent(content, true, null,
                c == null ? "Nothing to compare: choose two runs of one model"
                        : problem != null ? problem : label(c.firstFolder()) + " and " + label(c.secondFolder()));
    }

    private static String label(Path folder) {
        return folder.getFileName().toString();
    }

    private Optional<ChartContent> overlay(ResultSession.Comparison c) {
        problem = null;
        try {
            return ResultChartContent.compareRates(only(c.first()), label(c.firstFolder()), only(c.second()),
                    label(c.secondFolder()), binMs());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage(); // runs of different models: said in the view, nothing drawn
            return Optional.empty();
        }
    }

    private SimulationResult only(SimulationResult result) {
        return ResultFilter.populations(result, session.selectedIn(result));
    }

    /** The comparison is not of the shown run: exports take both compared runs. */
    @Override
    public SimulationResult exportedResult() {
        ResultSession.Comparison c = session.comparison();
        return c == null ? null : c.first();
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        ResultSession.Comparison c = session.comparison();
        return c == null ? Optional.empty() : overlay(c);
    }

    /** Each run's rates in the view's bins, as rates.csv: {@code <name>-<folder>.csv} per run. */
    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        ResultSession.Comparison c = session.comparison();
        if (c == null) {
            throw new IOException("no runs are compared");
        }
        String stem = file.getFileName().toString().replaceFirst("\\.csv$", "");
        writeRates(c.first(), file.resolveSibling(stem + "-" + label(c.firstFolder()) + ".csv"));
        writeRates(c.second(), file.resolveSibling(stem + "-" + label(c.secondFolder()) + ".csv"));
    }

    private void writeRates(SimulationResult run, Path file) throws IOException {
        SimulationResult r = only(run);
        ResultFiles.writeRates(Rebinning.rates(r, RateTrace.binSteps(binMs(), r.dt())), file);
    }
}
