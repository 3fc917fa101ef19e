// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.RateTrace;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.testing.Results;

/** Legends drawn at the image size stay clear of the image's edges. */
class LegendLayoutTest {

    /** The least empty space between a legend entry and the right edge of the image, in pixels. */
    private static final int RIGHT_SPACE = 24;
    /** The right-most columns of the image, which hold nothing but background. */
    private static final int BLANK_COLUMNS = 30;

    private static final List<Function<SimulationResult, Optional<JFreeChart>>> CHARTS = List.of(
            ResultCharts::raster, ResultCharts::potential, ResultCharts::inputCurrent, ResultCharts::synapticCurrent,
            ResultCharts::potentialVersusCurrent, ResultCharts::rate);

    @Test
    void legendEntriesStayInsideTheImage() {
        int charts = 0;
        for (SimulationResult result : samples()) {
            for (Function<SimulationResult, Optional<JFreeChart>> builder : CHARTS) {
                Optional<JFreeChart> chart = builder.apply(result);
                if (chart.isEmpty()) {
                    continue;
                }
                charts++;
                String name = result.info().modelName() + " " + subtitle(chart.get());
                ChartRenderingInfo info = new ChartRenderingInfo();
                BufferedImage image = draw(chart.get(), info);
                List<Rectangle2D> entries = legendEntries(info);
                assertFalse(entries.isEmpty(), name + ": a legend");
                for (Rectangle2D entry : entries) {
                    assertTrue(entry.getMinX() >= 0 && entry.getMinY() >= 0, name + ": " + entry);
                    assertTrue(entry.getMaxY() <= ResultPlots.HEIGHT, name + ": " + entry);
                    assertTrue(entry.getMaxX() <= ResultPlots.WIDTH - RIGHT_SPACE,
                            name + ": legend entry " + entry + " closer than " + RIGHT_SPACE + " px to the right edge");
                }
                for (int x = ResultPlots.WIDTH - BLANK_COLUMNS; x < ResultPlots.WIDTH; x++) {
                    for (int y = 0; y < ResultPlots.HEIGHT; y++) {
                        assertEquals(Color.WHITE.getRGB(), image.getRGB(x, y),
                                name + ": something drawn at (" + x + ", " + y + ") by the right edge");
                    }
                }
            }
        }
        assertTrue(charts >= 15, "charts checked: " + charts);
    }

    /** The samples, and one with long rate legend entries (two recorders, two bin widths). */
    private static List<SimulationResult> samples() {
        List<SimulationResult> samples = new ArrayList<>(List.of(Results.assignment(), Results.balanced(),
                Results.manyTraces(), Results.threePopulations(), Results.manyPopulations(5)));
        samples.add(Results.result(Results.info("long-labels", 30),
                List.of(Results.population("excitatory_population", PopulationType.EXCITATORY, 4, null)),
                List.of(),
                List.of(Results.rate("a_rate_recorder_with_a_long_name", "excitatory_population", 10,
                        new double[] { 5, 15, 10 }),
                        Results.rate("another_rate_recorder", "excitatory_population", 5,
                                new double[] { 4, 12, 8 }))));
        return samples;
    }

    private static List<Rectangle2D> legendEntries(ChartRenderingInfo info) {
        List<Rectangle2D> entries = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof LegendItemEntity) {
                entries.add(((ChartEntity) entity).getArea().getBounds2D());
            }
        }
        return entries;
    }

    private static BufferedImage draw(JFreeChart chart, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(ResultPlots.WIDTH, ResultPlots.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, ResultPlots.WIDTH, ResultPlots.HEIGHT);
            chart.draw(g2, new Rectangle(0, 0, ResultPlots.WIDTH, ResultPlots.HEIGHT), info);
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static String subtitle(JFreeChart chart) {
        return ((TextTitle) chart.getSubtitle(0)).getText();
    }
}
