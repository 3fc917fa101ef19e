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

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationStatistics;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.ui.charts.internal.ChartCanvas;

/**
 * A table per population of the shown run: size, spikes, mean rate and CV of the inter-spike
 * intervals, as summary.json has them. CSV: that table.
 */
public final class StatisticsView extends ResultView {

    public static final String ID = "org.spikestudio.ui.charts.statistics";
    /** The table's columns, also the CSV's header. */
    public static final List<String> COLUMNS = List.of("population", "type", "size", "spikes", "mean_rate_hz",
            "cv_isi", "neurons_in_cv");

    private Table table;

    @Override
    protected ChartCanvas createCanvas(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : COLUMNS) {
            TableColumn column = new TableColumn(table, name.equals("population") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name.replace('_', ' '));
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
        ShownRows rows = rows();
        for (List<String> row : rows.rows()) {
            new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
        }
    }

    private record ShownRows(List<List<String>> rows) {
    }

    private ShownRows rows() {
        var shown = session.shown();
        if (shown == null) {
            return new ShownRows(List.of());
        }
        SimulationResult result = filtered(source(shown));
        return new ShownRows(result.populations().stream().map(StatisticsView::row).toList());
    }

    /** A population's row: numbers as the run's files write them, an unknown CV empty. */
    private static List<String> row(PopulationResult p) {
        PopulationStatistics s = p.statistics();
        return List.of(p.name(), p.type().key(), Integer.toString(p.size()), Long.toString(s.spikeCount()),
                Double.toString(s.meanRateHz()), Double.isNaN(s.cvIsi()) ? "" : Double.toString(s.cvIsi()),
                Integer.toString(s.neuronsInCv()));
    }

    @Override
    protected Optional<ChartContent> content(SimulationResult result) {
        return Optional.empty();
    }

    @Override
    protected void writeCsv(SimulationResult result, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (PopulationResult p : result.populations()) {
                out.write(String.join(",", row(p).stream().map(StatisticsView::quote).toList()));
                out.write('\n');
            }
        }
    }

    private static String quote(String field) {
        return field.indexOf(',') < 0 && field.indexOf('"') < 0 ? field
                : '"' + field.replace("\"", "\"\"") + '"';
    }

}
