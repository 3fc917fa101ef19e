// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikestudio.charts.ChartContent.Kind;
import org.spikestudio.charts.ChartContent.Panel;
import org.spikestudio.charts.ChartContent.Series;
import org.spikestudio.charts.ChartContent.Style;

/** A chart's data as CSV: the header from the axes, a row per point, exact doubles, quoted keys. */
class ChartCsvTest {

    @Test
    void rowsPerPointWithExactValuesAndWithoutTheClosingPointOfSteps() throws IOException {
        Axis rate = new Axis("population rate", "rate", "Hz", Double.NaN, Double.NaN, true, false);
        // 0.1 + 0.2 is 0.30000000000000004 in doubles: written so that it reads back as the same double.
        double t = 0.1 + 0.2;
        Series steps = new Series("E, early", 0xd62728, Style.STEPS, new double[] { 0, t, 0.5 },
                new double[] { 10, 2.5e-7, 2.5e-7 });
        Series line = new Series("I", 0x1f77b4, Style.LINE, new double[] { 0, 1 }, new double[] { -1.0 / 3, 7 });
        ChartContent chart = new ChartContent(Kind.RATE, "test", "Population rate", Axis.time(1),
                List.of(new Panel("E", rate, List.of(steps), List.of()),
                        new Panel("I", rate, List.of(line), List.of())),
                List.of(), List.of(), null);
        StringWriter out = new StringWriter();
        ChartCsv.write(chart, out);

        assertEquals("""
                series,time (ms),population rate (Hz)
                "E, early",0.0,10.0
                "E, early",0.30000000000000004,2.5E-7
                I,0.0,-0.3333333333333333
                I,1.0,7.0
                """, out.toString());
        // Read back, the values are the same doubles: x of the second row, y of the third.
        String[] lines = out.toString().split("\n");
        assertEquals(t, Double.parseDouble(lines[2].substring(lines[2].indexOf("\",") + 2, lines[2].lastIndexOf(','))),
                0.0);
        assertEquals(-1.0 / 3, Double.parseDouble(lines[3].substring(lines[3].lastIndexOf(',') + 1)), 0.0);
    }
}
