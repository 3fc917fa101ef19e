// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.spikestudio.charts.Decimation;
import org.spikestudio.charts.ResultChartContent;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.RecordedVariable;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.StateTrace;
import org.spikestudio.testing.Results;

/** State traces, the U-I plot and population rates. */
class TracesTest {

    @Test
    void potentialLegendColoursAndAxes() {
        JFreeChart chart = ResultCharts.potential(Results.assignment()).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        assertEquals("assignment", chart.getTitle().getText());
        assertEquals("time (ms)", plot.getDomainAxis().getLabel());
        // Two populations: a panel each, tall enough for the full label.
        List<XYPlot> panels = panels(chart);
        assertEquals(2, panels.size());
        for (XYPlot panel : panels) {
            assertEquals("membrane potential (mV)", panel.getRangeAxis().getLabel());
        }
        // A one-neuron population is listed by its name alone.
        assertEquals(List.of("exc[0]", "exc[1]", "exc[2]", "inh"), labels(plot.getFixedLegendItems()));
        XYPlot exc = panels.get(0);
        assertEquals(3, exc.getDataset().getSeriesCount());
        for (int s = 0; s < 3; s++) {
            Color c = (Color) exc.getRenderer().getSeriesPaint(s);
            assertTrue(c.getRed() > c.getBlue() + 60, "excitatory in red shades: " + c);
            assertEquals(plot.getFixedLegendItems().get(s).getLinePaint(), c, "the legend's colour");
        }
        Color inh = (Color) panels.get(1).getRenderer().getSeriesPaint(0);
        assertTrue(inh.getBlue() > inh.getRed() + 60, "inhibitory in blue shades: " + inh);
        assertEquals(3, distinct(exc, 0, 3), "each excitatory neuron its own shade");
        ResultPlots.image(chart);
    }

    @Test
    void twoPopulationsAreStackedPanelsOverOneTimeAxis() {
        JFreeChart chart = ResultCharts.potential(Results.assignment()).orElseThrow();
        CombinedDomainXYPlot combined = assertInstanceOf(CombinedDomainXYPlot.class, chart.getPlot());
        assertEquals(2, combined.getSubplots().size());
        assertEquals("time (ms)", combined.getDomainAxis().getLabel());
        assertEquals(List.of("exc (excitatory)", "inh (inhibitory)"), panelTitles(chart));
        assertEquals(List.of("exc[0]", "exc[1]", "exc[2]"), seriesKeys(panels(chart).get(0)));
        assertEquals(List.of("inh"), seriesKeys(panels(chart).get(1)));
        for (XYPlot panel : panels(chart)) {
            assertTrue(panel.getRangeAxis().getLabel().endsWith("(mV)"), panel.getRangeAxis().getLabel());
            // Each panel its own threshold line, labelled, inside its range.
            Collection<?> markers = panel.getRangeMarkers(Layer.FOREGROUND);
            assertEquals(1, markers.size());
            ValueMarker threshold = (ValueMarker) markers.iterator().next();
            assertEquals(-50, threshold.getValue());
            assertEquals("threshold (-50 mV)", threshold.getLabel());
            assertTrue(panel.getRangeAxis().getRange().getUpperBound() > -50);
        }
        assertEquals(2, panels(ResultCharts.inputCurrent(Results.assignment()).orElseThrow()).size());
        assertEquals(2, panels(ResultCharts.rate(Results.assignment()).orElseThrow()).size());
    }

    @Test
    void onePopulationKeepsOnePlot() {
        SimulationResult one = Results.manyPopulations(1);
        for (JFreeChart chart : List.of(ResultCharts.potential(one).orElseThrow(),
                ResultCharts.rate(one).orElseThrow())) {
            XYPlot plot = chart.getXYPlot();
            assertFalse(plot instanceof CombinedDomainXYPlot, "a single plot");
            assertEquals("time (ms)", plot.getDomainAxis().getLabel());
            assertTrue(plot.getAnnotations().isEmpty(), "no panel title");
        }
        XYPlot potential = ResultCharts.potential(one).orElseThrow().getXYPlot();
        assertEquals("membrane potential (mV)", potential.getRangeAxis().getLabel());
        assertEquals(2, potential.getDataset().getSeriesCount());
    }

    @Test
    void upToFourPanelsWithShortLabelsThenOnePlot() {
        JFreeChart four = ResultCharts.potential(Results.manyPopulations(4)).orElseThrow();
        assertEquals(ResultChartContent.MAX_PANELS, panels(four).size());
        assertEquals(List.of("p0 (excitatory)", "p1 (inhibitory)", "p2 (excitatory)", "p3 (inhibitory)"),
                panelTitles(four));
        for (XYPlot panel : panels(four)) {
            // "membrane potential (mV)" is longer than a quarter of the plot's height.
            assertEquals("V (mV)", panel.getRangeAxis().getLabel());
            assertEquals(2, panel.getDataset().getSeriesCount());
        }
        assertEquals("rate (Hz)",
                panels(ResultCharts.rate(Results.manyPopulations(4)).orElseThrow()).get(3).getRangeAxis().getLabel());
        // Five populations would make panels too low: one plot of all lines.
        JFreeChart five = ResultCharts.potential(Results.manyPopulations(5)).orElseThrow();
        assertFalse(five.getPlot() instanceof CombinedDomainXYPlot);
        assertEquals(10, five.getXYPlot().getDataset().getSeriesCount());
        assertEquals("membrane potential (mV)", five.getXYPlot().getRangeAxis().getLabel());
        assertFalse(ResultCharts.rate(Results.manyPopulations(5)).orElseThrow().getPlot() instanceof CombinedDomainXYPlot);
    }

    /**
     * Drawn at the image size, no data point and no threshold line of a panel lies under the
     * panel's title in its top left corner, and the threshold line has room for its label above it.
     */
    @Test
    void panelTitlesAndThresholdLabelsHaveRoom() {
        for (SimulationResult result : List.of(Results.assignment(), Results.threePopulations(),
                Results.manyPopulations(4))) {
            for (JFreeChart chart : List.of(ResultCharts.potential(result).orElseThrow(),
                    ResultCharts.rate(result).orElseThrow())) {
                ChartRenderingInfo info = new ChartRenderingInfo();
                draw(chart, info);
                List<XYPlot> panels = panels(chart);
                assertTrue(panels.size() > 1);
                for (int p = 0; p < panels.size(); p++) {
                    XYPlot panel = panels.get(p);
                    Rectangle2D area = info.getPlotInfo().getSubplotInfo(p).getDataArea();
                    double highest = Double.NEGATIVE_INFINITY;
                    XYDataset data = panel.getDataset();
                    for (int s = 0; s < data.getSeriesCount(); s++) {
                        for (int k = 0; k < data.getItemCount(s); k++) {
                            highest = Math.max(highest, data.getYValue(s, k));
                        }
                    }
                    Collection<?> markers = panel.getRangeMarkers(Layer.FOREGROUND);
                    if (markers != null) {
                        for (Object marker : markers) {
                            double threshold = ((ValueMarker) marker).getValue();
                            double y = panel.getRangeAxis().valueToJava2D(threshold, area, panel.getRangeAxisEdge());
                            assertTrue(y - area.getMinY() >= 18, "room for the threshold label: " + (y - area.getMinY()));
                            highest = Math.max(highest, threshold);
                        }
                    }
                    double top = panel.getRangeAxis().valueToJava2D(highest, area, panel.getRangeAxisEdge());
                    String where = chart.getTitle().getText() + " panel " + p;
                    assertTrue(top - area.getMinY() >= 22, where + ": the title's strip is free, " + (top - area.getMinY()));
                    assertTrue(area.getHeight() >= 90, where + ": readable height " + area.getHeight());
                }
            }
        }
    }

    @Test
    void thresholdLineShownEvenWhenTheTraceStaysBelow() {
        double[] times = { 0, 1, 2, 3 };
        StateTrace flat = Results.state("v", "a", RecordedVariable.MEMBRANE_POTENTIAL, new int[] { 0 }, times,
                new double[][] { { -70, -70.5, -70.2, -70.1 } });
        SimulationResult result = Results.result(Results.info("flat", 3),
                List.of(Results.population("a", PopulationType.EXCITATORY, 1, null)), List.of(flat), List.of());
        XYPlot plot = ResultCharts.potential(result).orElseThrow().getXYPlot();
        Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        ValueMarker threshold = (ValueMarker) markers.iterator().next();
        assertEquals(-50, threshold.getValue());
        assertTrue(threshold.getLabel().startsWith("threshold"), threshold.getLabel());
        assertTrue(plot.getRangeAxis().getRange().contains(-50));
        assertTrue(plot.getRangeAxis().getRange().contains(-70.5));
    }

    @Test
    void noThresholdOnCurrentPlots() {
        for (XYPlot plot : panels(ResultCharts.inputCurrent(Results.assignment()).orElseThrow())) {
            assertEquals("input current (nA)", plot.getRangeAxis().getLabel());
            Collection<Marker> markers = plot.getRangeMarkers(Layer.FOREGROUND);
            assertTrue(markers == null || markers.isEmpty());
        }
    }

    @Test
    void manyTracesAreCappedAndListedByPopulation() {
        JFreeChart chart = ResultCharts.potential(Results.manyTraces()).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        assertEquals(ResultChartContent.MAX_LINES, panels(chart).stream().mapToInt(p -> p.getDataset().getSeriesCount()).sum());
        assertEquals(15, panels(chart).get(0).getDataset().getSeriesCount());
        assertEquals(List.of("E (15 neurons)", "I (5 neurons)"), labels(plot.getFixedLegendItems()));
        String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(subtitle.contains("20 of 30 recorded neurons"), subtitle);
        assertTrue(subtitle.contains("all 5 in I"), subtitle);
    }

    @Test
    void uiPlotUsesTheCommonSampleTimes() {
        // Potential every 0.1 ms, current every 0.2 ms: 51 common samples in [0, 10].
        double[] tv = new double[101];
        double[] v = new double[101];
        for (int k = 0; k < tv.length; k++) {
            tv[k] = k * 0.1;
            v[k] = -65 + k * 0.1;
        }
        double[] ti = new double[51];
        double[] current = new double[51];
        for (int k = 0; k < ti.length; k++) {
            ti[k] = k * 0.2;
            current[k] = k;
        }
        SimulationResult result = Results.result(Results.info("ui", 10),
                List.of(Results.population("a", PopulationType.INHIBITORY, 2, null)),
                List.of(Results.state("v", "a", RecordedVariable.MEMBRANE_POTENTIAL, new int[] { 0, 1 }, tv,
                        new double[][] { v, v }),
                        Results.state("i", "a", RecordedVariable.INPUT_CURRENT, new int[] { 1 }, ti,
                                new double[][] { current })),
                List.of());
        XYPlot plot = ResultCharts.potentialVersusCurrent(result).orElseThrow().getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(1, data.getSeriesCount(), "only a[1] has both traces");
        assertEquals("a[1]", data.getSeriesKey(0));
        assertEquals(51, data.getItemCount(0));
        for (int k = 0; k < 51; k++) {
            assertEquals(k, data.getXValue(0, k), 1e-12);
            assertEquals(-65 + 2 * k * 0.1, data.getYValue(0, k), 1e-9);
        }
        assertEquals("input current (nA)", plot.getDomainAxis().getLabel());
        assertEquals("membrane potential (mV)", plot.getRangeAxis().getLabel());
        Color c = (Color) plot.getRenderer().getSeriesPaint(0);
        assertTrue(c.getBlue() > c.getRed(), "inhibitory in blue: " + c);
    }

    @Test
    void noUiPlotWithoutBothTraces() {
        SimulationResult potentialOnly = Results.manyTraces();
        assertTrue(ResultCharts.potentialVersusCurrent(potentialOnly).isEmpty());
        assertTrue(ResultCharts.inputCurrent(potentialOnly).isEmpty());
        assertTrue(ResultCharts.synapticCurrent(Results.assignment()).isEmpty());
    }

    @Test
    void rateStepsCoverTheirBins() {
        RateTrace rate = Results.rate(null, "e", 10, new double[] { 5, 15, 10 });
        SimulationResult result = Results.result(Results.info("rate", 25),
                List.of(Results.population("e", PopulationType.EXCITATORY, 4, null)), List.of(),
                List.of(rate));
        JFreeChart chart = ResultCharts.rate(result).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(4, data.getItemCount(0), "the last bin is closed at its end");
        assertEquals(25, data.getXValue(0, 3), "the last bin ends where the run stopped");
        assertEquals(10, data.getYValue(0, 3));
        assertEquals(List.of("e"), labels(plot.getFixedLegendItems()));
        assertEquals("population rate (Hz)", plot.getRangeAxis().getLabel());
        assertTrue(plot.getRangeAxis().getRange().contains(0), "rates from 0 Hz");
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().contains("10 ms bins"));
        Color c = (Color) plot.getRenderer().getSeriesPaint(0);
        assertTrue(c.getRed() > c.getBlue(), "excitatory in red: " + c);
    }

    @Test
    void constantDataGetAReadableRange() {
        double[] t = { 0, 1, 2, 3 };
        SimulationResult result = Results.result(Results.info("flat", 3),
                List.of(Results.population("a", PopulationType.EXCITATORY, 1, null)),
                List.of(Results.state("v", "a", RecordedVariable.MEMBRANE_POTENTIAL, new int[] { 0 }, t,
                        new double[][] { { -65, -60, -55, -65 } }),
                        Results.state("i", "a", RecordedVariable.INPUT_CURRENT, new int[] { 0 }, t,
                                new double[][] { { 20, 20, 20, 20 } })),
                List.of(Results.rate(null, "a", 1, new double[] { 0, 0, 0 })));
        XYPlot ui = ResultCharts.potentialVersusCurrent(result).orElseThrow().getXYPlot();
        assertEquals(18, ui.getDomainAxis().getLowerBound(), 1e-9, "20 nA +- 10 %");
        assertEquals(22, ui.getDomainAxis().getUpperBound(), 1e-9);
        XYPlot current = ResultCharts.inputCurrent(result).orElseThrow().getXYPlot();
        assertEquals(4, current.getRangeAxis().getRange().getLength(), 1e-9);
        XYPlot rate = ResultCharts.rate(result).orElseThrow().getXYPlot();
        assertEquals(0, rate.getRangeAxis().getLowerBound(), "a silent rate from 0 Hz");
        assertEquals(1, rate.getRangeAxis().getUpperBound());
    }

    @Test
    void longTracesAreThinnedKeepingTheirExtremes() {
        int n = 100_000;
        double[] times = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            times[k] = k * 0.1;
            v[k] = -65 + 10 * Math.sin(k * 0.01) + (k == 54_321 ? 40 : 0);
        }
        SimulationResult result = Results.result(Results.info("long", n * 0.1),
                List.of(Results.population("a", PopulationType.EXCITATORY, 1, null)),
                List.of(Results.state("v", "a", RecordedVariable.MEMBRANE_POTENTIAL, new int[] { 0 }, times,
                        new double[][] { v })),
                List.of());
        XYDataset data = ResultCharts.potential(result).orElseThrow().getXYPlot().getDataset();
        int items = data.getItemCount(0);
        assertTrue(items <= 4 * Decimation.BUCKETS && items > Decimation.BUCKETS, "items " + items);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < items; k++) {
            max = Math.max(max, data.getYValue(0, k));
            min = Math.min(min, data.getYValue(0, k));
            if (k > 0) {
                assertTrue(data.getXValue(0, k) > data.getXValue(0, k - 1), "time order kept");
            }
        }
        assertEquals(java.util.Arrays.stream(v).max().orElseThrow(), max, "the single peak survives");
        assertEquals(-65 + 10 * Math.sin(54_321 * 0.01) + 40, max);
        assertEquals(java.util.Arrays.stream(v).min().orElseThrow(), min);
        assertEquals(0, data.getXValue(0, 0));
        assertEquals((n - 1) * 0.1, data.getXValue(0, items - 1), 1e-9);
    }

    /** The stacked panels of the chart, or its one plot. */
    static List<XYPlot> panels(JFreeChart chart) {
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return List.of(chart.getXYPlot());
    }

    private static List<String> panelTitles(JFreeChart chart) {
        List<String> titles = new ArrayList<>();
        for (XYPlot panel : panels(chart)) {
            assertEquals(1, panel.getAnnotations().size());
            XYTitleAnnotation annotation = (XYTitleAnnotation) panel.getAnnotations().get(0);
            titles.add(((TextTitle) annotation.getTitle()).getText());
        }
        return titles;
    }

    private static List<Comparable<?>> seriesKeys(XYPlot plot) {
        List<Comparable<?>> keys = new ArrayList<>();
        for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
            keys.add(plot.getDataset().getSeriesKey(s));
        }
        return keys;
    }

    private static void draw(JFreeChart chart, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(ResultPlots.WIDTH, ResultPlots.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new Rectangle(0, 0, ResultPlots.WIDTH, ResultPlots.HEIGHT), info);
        } finally {
            g2.dispose();
        }
    }

    private static List<String> labels(LegendItemCollection items) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    private static long distinct(XYPlot plot, int from, int to) {
        List<Object> paints = new ArrayList<>();
        for (int s = from; s < to; s++) {
            paints.add(plot.getRenderer().getSeriesPaint(s));
        }
        return paints.stream().distinct().count();
    }
}
