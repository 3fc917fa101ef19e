// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ChartContent.LegendEntry;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.ResultFiles;
import org.spikestudio.ui.charts.internal.ResultFilter;
import org.spikestudio.ui.charts.internal.ResultSession;

/** Two runs of one model overlaid: their population rates. CSV: both runs' rates. */
public final class CompareView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.compare";

    @Override
    protected String baseName() {
        return "compare-rate";
    }

    @Override
    protected SimulationResult source(ResultSession.Shown shown) {
        ResultSession.Comparison c = session.comparison();
        return c == null ? null : c.first();
    }

    @Override
    protected SimulationResult filtered(SimulationResult result) {
        return result;
    }

    @Override
    protected ChartContent drawnContent(ResultSession.Shown shown, SimulationResult result) {
        ResultSession.Comparison c = session.comparison();
        return c == null ? null : overlay(c).orElse(null);
    }

    @Override
    public void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        ResultSession.Comparison c = session.comparison();
        canvas.setContent(c == null ? null : overlay(c).orElse(null), true, null,
                c == null ? "Nothing to compare: choose two runs in the Runs view"
                        : "A " + c.firstFolder().getFileName() + ", B " + c.secondFolder().getFileName());
    }

    private Optional<ChartContent> overlay(ResultSession.Comparison c) {
        SimulationResult a = ResultFilter.populations(c.first(), session.selectedIn(c.first()));
        SimulationResult b = ResultFilter.populations(c.second(), session.selectedIn(c.second()));
        Optional<ChartContent> ra = ResultChartContent.rate(a);
        Optional<ChartContent> rb = ResultChartContent.rate(b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        add(ra.get(), "A ", series, legend);
        add(rb.get(), "B ", series, legend);
        ChartContent first = ra.get();
        return Optional.of(new ChartContent(first.kind(), first.title(), "Population rate of two runs",
                first.xAxis().to() >= rb.get().xAxis().to() ? first.xAxis() : rb.get().xAxis(),
                List.of(new Panel(null, first.panels().get(0).yAxis(), series, List.of())), legend, List.of(), null));
    }

    private static void add(ChartContent content, String prefix, List<Series> series, List<LegendEntry> legend) {
        for (Panel panel : content.panels()) {
            for (Series s : panel.series()) {
                series.add(new Series(prefix + s.key(), prefix.startsWith("A") ? s.rgb() : darker(s.rgb()), s.style(),
                        s.x(), s.y()));
                legend.add(new LegendEntry(prefix + s.key(), prefix.startsWith("A") ? s.rgb() : darker(s.rgb()),
                        ChartContent.Symbol.LINE));
            }
        }
    }

    private static int darker(int rgb) {
        return ((rgb >> 17) & 0x7f) << 16 | ((rgb >> 9) & 0x7f) << 8 | ((rgb >> 1) & 0x7f);
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        ResultSession.Comparison c = session.comparison();
        return c == null ? Optional.empty() : overlay(c);
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        ResultSession.Comparison c = session.comparison();
        if (c == null) {
            throw new IOException("no runs are compared");
        }
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        for (var run : List.of(c.first(), c.second())) {
            List<RateTrace> rates = run.rates();
            ResultFiles.writeRates(new SimulationResult(run.info(), run.populations(), run.projections(),
                    run.states(), rates), file.resolveSibling(name + (run == c.first() ? "-a" : "-b") + ".csv"));
        }
    }
}
