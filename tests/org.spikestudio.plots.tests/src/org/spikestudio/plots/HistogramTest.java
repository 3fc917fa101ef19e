// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.spikestudio.charts.ChartContent;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.spikestudio.testing.Results;

/** The ISI histogram drawn as bars over their bins, for the views' PNG and SVG export. */
class HistogramTest {

    @Test
    void isiHistogramIsDrawnAsBarsOverTheirBins() throws IOException {
        // One neuron spiking in steps 0, 10, 30, 35, 37 (dt 0.1 ms): intervals 1, 2, 0.5, 0.2 ms. In 1 ms
        // bins: [0, 1) holds 0.5 and 0.2, [1, 2) holds 1, [2, 3) holds 2.
        SpikeTrains spikes = new SpikeTrains(new int[] { 0, 10, 30, 35, 37 }, new int[] { 0, 0, 0, 0, 0 });
        SimulationResult result = Results.result(Results.info("isi", 4),
                List.of(Results.population("E", PopulationType.EXCITATORY, 1, spikes)), List.of(), List.of());
        ChartContent content = ResultChartContent.isiHistogram(result, 1).orElseThrow();
        JFreeChart chart = ResultCharts.chart(content);

        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(XYBarRenderer.class, plot.getRenderer());
        IntervalXYDataset bars = assertInstanceOf(IntervalXYDataset.class, plot.getDataset());
        assertEquals(1, bars.getSeriesCount());
        assertEquals(3, bars.getItemCount(0), "three bars; the closing point is not a bar");
        double[][] expected = { { 0, 1, 2 }, { 1, 2, 1 }, { 2, 3, 1 } }; // start, end, count; 1e-12: k * 10 * 0.1
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k][0], bars.getStartXValue(0, k), 1e-12);
            assertEquals(expected[k][1], bars.getEndXValue(0, k), 1e-12);
            assertEquals(expected[k][2], bars.getYValue(0, k));
            assertEquals(0, bars.getStartYValue(0, k));
        }
        assertEquals("inter-spike interval (ms)", plot.getDomainAxis().getLabel());
        assertEquals("intervals", plot.getRangeAxis().getLabel());
        assertEquals(0, plot.getRangeAxis().getLowerBound(), "counts start at 0");

        // Drawn: red inside the first bar (height 2) at half its height, background above the second (height 1).
        BufferedImage image = new BufferedImage(ResultPlots.WIDTH, ResultPlots.HEIGHT, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new Rectangle(0, 0, ResultPlots.WIDTH, ResultPlots.HEIGHT), info);
        } finally {
            g2.dispose();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int insideFirst = image.getRGB(px(plot, 0.5, area), py(plot, 1, area)) & 0xffffff;
        int aboveSecond = image.getRGB(px(plot, 1.5, area), py(plot, 1.5, area)) & 0xffffff;
        assertEquals(0xd62728, insideFirst, Integer.toHexString(insideFirst));
        assertTrue(aboveSecond != 0xd62728, Integer.toHexString(aboveSecond));
        assertTrue(ResultPlots.svg(chart).contains("<svg"));
    }

    private static int px(XYPlot plot, double x, Rectangle2D area) {
        return (int) Math.round(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()));
    }

    private static int py(XYPlot plot, double y, Rectangle2D area) {
        return (int) Math.round(plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
    }
}
