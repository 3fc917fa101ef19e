// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import java.io.IOException;
import java.io.Writer;

import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ChartContent.Style;
import org.spikestudio.results.io.Csv;

/**
 * The data of a chart as CSV, one row per point: {@code series,<x axis label>,<y axis label>}, e.g.
 * {@code series,time (ms),population rate (Hz)}, then the points of each series in panel and series
 * order, named by the series' key (unique in its chart). Values are exact doubles, quoted as the
 * result files are ({@link Csv}). A step line's or bar chart's point that only closes the last step
 * or bar is left out, so each row of a rate or histogram is one bin: its start and its value. Series
 * are written as the chart holds them: long traces thinned by {@link Decimation} stay thinned (the
 * run's own files hold every sample); spikes and bars are never thinned.
 */
public final class ChartCsv {

    private ChartCsv() {
    }

    /** Writes the header and the rows; the caller closes {@code out}. */
    public static void write(ChartContent chart, Writer out) throws IOException {
        out.write("series,");
        out.write(Csv.quote(chart.xAxis().label()));
        out.write(',');
        out.write(Csv.quote(chart.panels().get(0).yAxis().label()));
        out.write('\n');
        for (Panel panel : chart.panels()) {
            for (Series series : panel.series()) {
                String key = Csv.quote(series.key());
                boolean closed = series.style() == Style.STEPS || series.style() == Style.BARS;
                int points = closed ? Math.max(0, series.x().length - 1) : series.x().length;
                for (int k = 0; k < points; k++) {
                    out.write(key);
                    out.write(',');
                    out.write(Csv.number(series.x()[k]));
                    out.write(',');
                    out.write(Csv.number(series.y()[k]));
                    out.write('\n');
                }
            }
        }
    }
}
