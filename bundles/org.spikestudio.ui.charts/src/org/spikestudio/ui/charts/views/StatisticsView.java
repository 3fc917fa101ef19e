// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.views;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.charts.StatisticsRow;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.io.Csv;
import org.spikestudio.ui.charts.internal.ChartCanvas;

/**
 * A table per population of the shown run (size, spikes, mean rate and CV of the inter-spike
 * intervals, as the command line's summary table has them) above the histogram of inter-spike
 * intervals, whose bin width the toolbar sets. CSV: the table's numbers at full precision, as
 * summary.json has them.
 */
public final class StatisticsView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.statistics";
    /** The CSV's header: summary.json's names of the numbers. */
    public static final List<String> COLUMNS = List.of("population", "type", "size", "spikes", "mean_rate_hz",
            "cv_isi", "neurons_in_cv");

    /** The histogram's bins when none is set: a step of dt is too fine to read, 1 ms shows the shape. */
    private static final double DEFAULT_ISI_BIN_MS = 1;

    private Table table;
    private final BinField bin = new BinField("isiBin", "ISI bin (ms):", "1", null, width -> refresh());

    @Override
    protected ChartCanvas createCanvas(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : StatisticsRow.COLUMNS) {
            TableColumn column = new TableColumn(table, name.equals("population") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setWidth(110);
        }
        ChartCanvas chart = new ChartCanvas(sash, session.time());
        sash.setWeights(1, 2);
        return chart;
    }

    /** The table, one row per population shown. */
    public Table table() {
        return table;
    }

    @Override
    protected String baseName() {
        return "statistics";
    }

    @Override
    protected boolean timeAxis() {
        return false;
    }

    @Override
    public void refresh() {
        super.refresh();
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        var shown = session.shown();
        if (shown != null) {
            for (StatisticsRow row : ResultChartContent.statistics(filtered(source(shown)))) {
                new TableItem(table, SWT.NONE).setText(row.cells().toArray(String[]::new));
            }
        }
    }

    @Override
    protected void contributeControls(IToolBarManager toolbar) {
        toolbar.add(bin);
    }

    /** A population's CSV row: numbers as the run's files write them, an unknown CV empty. */
    private static List<String> row(PopulationResult p) {
        PopulationStatistics s = p.statistics();
        return List.of(p.name(), p.type().key(), Integer.toString(p.size()), Long.toString(s.spikeCount()),
                Csv.number(s.meanRateHz()), Double.isNaN(s.cvIsi()) ? "" : Csv.number(s.cvIsi()),
                Integer.toString(s.neuronsInCv()));
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        Double width = bin.value();
        return ResultChartContent.isiHistogram(result, width == null ? DEFAULT_ISI_BIN_MS : width);
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (PopulationResult p : result.populations()) {
                out.write(String.join(",", row(p).stream().map(Csv::quote).toList()));
                out.write('\n');
            }
        }
    }

}
