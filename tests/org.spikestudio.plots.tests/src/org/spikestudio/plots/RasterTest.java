// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.plots.internal.BandAxis;
import org.spikestudio.plots.internal.RasterRenderer;
import org.spikestudio.results.PopulationResult;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.SimulationResult;
import org.spikestudio.results.SpikeTrains;
import org.w3c.dom.Element;
import org.spikestudio.testing.Results;

/** The spike raster: colours, bands, labels, legend, marks, and a big one. */
class RasterTest {

    @TempDir
    Path dir;

    /**
     * Excitatory population "e" (neurons 0-9) fires only in the first half, inhibitory "i"
     * (neurons 10-19) only in the second: red pixels must lie in the lower left of the data area,
     * blue ones in the upper right, and nowhere else.
     */
    @Test
    void excitatoryRedAndInhibitoryBlueInTheirBandsAndTimes() throws IOException {
        SimulationResult result = Results.result(Results.info("colours", 1000),
                List.of(Results.population("e", PopulationType.EXCITATORY, 10, Results.poisson(10, 40, 0, 500, 1)),
                        Results.population("i", PopulationType.INHIBITORY, 10,
                                Results.poisson(10, 40, 500, 1000, 2))),
                List.of(), List.of());
        List<Path> files = ResultPlots.write(result, dir, EnumSet.of(ImageFormat.PNG));
        assertEquals(dir.resolve("raster.png"), files.get(0));
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        Rectangle2D data = dataArea(ResultCharts.raster(result).orElseThrow());

        Centroid red = new Centroid();
        Centroid blue = new Centroid();
        for (int y = (int) data.getMinY(); y < data.getMaxY(); y++) {
            for (int x = (int) data.getMinX(); x < data.getMaxX(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 150 && r - g > 100 && r - b > 100) {
                    red.add(x, y);
                } else if (b > 120 && b - r > 80 && b - g > 30) {
                    blue.add(x, y);
                }
            }
        }
        assertTrue(red.n > 500, "red pixels: " + red.n);
        assertTrue(blue.n > 500, "blue pixels: " + blue.n);
        double midX = data.getCenterX();
        double midY = data.getCenterY();
        // Time grows to the right, neuron index upwards (image y downwards).
        assertTrue(red.maxX < midX + 3, "excitatory spikes only before 500 ms");
        assertTrue(blue.minX > midX - 3, "inhibitory spikes only after 500 ms");
        assertTrue(red.minY > midY - 3, "excitatory band is the lower half");
        assertTrue(blue.maxY < midY + 3, "inhibitory band is the upper half");
        assertTrue(red.x() < blue.x() && red.y() > blue.y());
    }

    @Test
    void bandsAreLabelledAndUnrecordedOnesSaySo() {
        XYPlot plot = plot(Results.balanced());
        BandAxis names = (BandAxis) plot.getRangeAxis(1);
        assertEquals(List.of(new BandAxis.Band(-0.5, 799.5, "E"), new BandAxis.Band(799.5, 999.5, "I"),
                new BandAxis.Band(999.5, 1099.5, "ext (not recorded)")), names.bands());
        assertEquals(-0.5, plot.getRangeAxis().getLowerBound());
        assertEquals(1099.5, plot.getRangeAxis().getUpperBound());
        assertEquals(0, plot.getDomainAxis().getLowerBound());
        assertEquals(1000, plot.getDomainAxis().getUpperBound());
        assertEquals("time (ms)", plot.getDomainAxis().getLabel());
        assertEquals("neuron index", plot.getRangeAxis().getLabel());
    }

    @Test
    void titleIsTheModelAndTheSubtitleCountsSpikes() {
        SimulationResult result = Results.balanced();
        JFreeChart chart = ResultCharts.raster(result).orElseThrow();
        assertEquals("brunel-balanced", chart.getTitle().getText());
        long spikes = result.populations().stream().filter(PopulationResult::spikesRecorded)
                .mapToLong(p -> p.spikes().count()).sum();
        String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(subtitle.contains(String.format(java.util.Locale.ROOT, "%,d spikes", spikes)), subtitle);
    }

    @Test
    void legendListsOnlyTheTypesPresent() {
        assertEquals(List.of("excitatory", "inhibitory"), legend(plot(Results.balanced()).getFixedLegendItems()));
        SimulationResult excitatoryOnly = Results.result(Results.info("e", 100),
                List.of(Results.population("e", PopulationType.EXCITATORY, 5, Results.poisson(5, 50, 0, 100, 1))),
                List.of(), List.of());
        assertEquals(List.of("excitatory"), legend(plot(excitatoryOnly).getFixedLegendItems()));
    }

    @Test
    void aSilentRecordedNetworkStillGetsARaster() {
        SimulationResult silent = Results.result(Results.info("silent", 100),
                List.of(Results.population("e", PopulationType.EXCITATORY, 5,
                        new SpikeTrains(new int[0], new int[0]))),
                List.of(), List.of());
        JFreeChart chart = ResultCharts.raster(silent).orElseThrow();
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().contains("0 spikes"));
        ResultPlots.image(chart);
    }

    @Test
    void singleNeuronPopulationsGetIntegerTicks() {
        SimulationResult one = Results.result(Results.info("one", 100),
                List.of(Results.population("a", PopulationType.EXCITATORY, 1, Results.poisson(1, 50, 0, 100, 1))),
                List.of(), List.of());
        JFreeChart chart = ResultCharts.raster(one).orElseThrow();
        ResultPlots.image(chart);
        double tick = ((NumberAxis) chart.getXYPlot().getRangeAxis()).getTickUnit().getSize();
        assertTrue(tick >= 1 && tick == Math.rint(tick), "tick unit " + tick);
    }

    @Test
    void marksFollowTheRowHeight() {
        RasterRenderer few = drawnRenderer(Results.assignment());
        assertTrue(few.lastState().markHeight() >= 10, "4 neurons: tall ticks");
        assertTrue(few.lastState().markWidth() <= 2, "4 neurons: thin ticks");
        RasterRenderer many = drawnRenderer(Results.big(4000, 100_000));
        assertEquals(1, many.lastState().markHeight(), "4000 neurons: 1 px dots");
        assertEquals(1, many.lastState().markWidth());
        RasterRenderer sparse = drawnRenderer(Results.big(4000, 5_000));
        assertEquals(2, sparse.lastState().markHeight(), "4000 neurons, few spikes: 2 px dots");
    }

    /** No timing: the big raster must simply be written, with a compact SVG. */
    @Test
    void bigRaster() throws Exception {
        SimulationResult big = Results.big(4000, 100_000);
        assertTrue(big.spikeCount() > 90_000);
        List<Path> files = ResultPlots.write(big, dir, EnumSet.allOf(ImageFormat.class));
        assertEquals(List.of(dir.resolve("raster.png"), dir.resolve("raster.svg")), files);
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(ResultPlots.WIDTH, image.getWidth());
        Element svg = ResultPlotsTest.parseSvg(files.get(1));
        assertEquals("svg", svg.getLocalName());
        // The marks go into an embedded image, not 100 000 elements.
        assertTrue(svg.getElementsByTagNameNS("*", "image").getLength() > 0);
        assertTrue(Files.size(files.get(1)) < 3_000_000, "SVG size " + Files.size(files.get(1)));
    }

    @Test
    void aSmallRasterStaysVectorInSvg() throws Exception {
        List<Path> files = ResultPlots.write(Results.assignment(), dir, EnumSet.of(ImageFormat.SVG));
        Element svg = ResultPlotsTest.parseSvg(files.get(0));
        assertEquals(0, svg.getElementsByTagNameNS("*", "image").getLength());
    }

    private static RasterRenderer drawnRenderer(SimulationResult result) {
        JFreeChart chart = ResultCharts.raster(result).orElseThrow();
        ResultPlots.image(chart);
        return (RasterRenderer) chart.getXYPlot().getRenderer();
    }

    private static XYPlot plot(SimulationResult result) {
        return ResultCharts.raster(result).orElseThrow().getXYPlot();
    }

    private static List<String> legend(LegendItemCollection items) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    /** The data area of the chart drawn at the image size, as in the files. */
    static Rectangle2D dataArea(JFreeChart chart) {
        BufferedImage image = new BufferedImage(ResultPlots.WIDTH, ResultPlots.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle(0, 0, ResultPlots.WIDTH, ResultPlots.HEIGHT), info);
        g2.dispose();
        return info.getPlotInfo().getDataArea();
    }

    private static final class Centroid {
        long n;
        double sumX;
        double sumY;
        int minX = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxY = Integer.MIN_VALUE;

        void add(int x, int y) {
            n++;
            sumX += x;
            sumY += y;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        double x() {
            return sumX / n;
        }

        double y() {
            return sumY / n;
        }
    }
}
