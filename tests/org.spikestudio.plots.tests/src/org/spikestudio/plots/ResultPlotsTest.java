// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.results.PopulationType;
import org.spikestudio.results.SimulationResult;
import org.w3c.dom.Element;
import org.spikestudio.testing.Results;

/** The files: which are written, in which order, their size and format, and how they are written. */
class ResultPlotsTest {

    private static final Set<ImageFormat> BOTH = EnumSet.allOf(ImageFormat.class);

    @TempDir
    Path dir;

    @Test
    void writesEveryPlotWithDataInFixedOrder() throws IOException {
        List<Path> files = ResultPlots.write(Results.assignment(), dir, BOTH);
        assertEquals(List.of("raster.png", "raster.svg", "potential.png", "potential.svg", "input-current.png",
                "input-current.svg", "u-i.png", "u-i.svg", "rate.png", "rate.svg"), names(files));
        for (Path file : files) {
            assertTrue(Files.size(file) > 1000, file + " is too small to be a plot");
        }
    }

    @Test
    void synapticCurrentOnlyWithSynapticCurrentTraces() throws IOException {
        List<String> names = names(ResultPlots.write(Results.manyTraces(), dir, EnumSet.of(ImageFormat.PNG)));
        assertEquals(List.of("raster.png", "potential.png", "synaptic-current.png"), names);
    }

    @Test
    void pngImagesHaveTheDocumentedSize() throws IOException {
        for (Path file : ResultPlots.write(Results.assignment(), dir, EnumSet.of(ImageFormat.PNG))) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, file + " is not a readable PNG");
            assertEquals(ResultPlots.WIDTH, image.getWidth(), file.toString());
            assertEquals(ResultPlots.HEIGHT, image.getHeight(), file.toString());
            assertEquals(1200, ResultPlots.WIDTH);
            assertEquals(700, ResultPlots.HEIGHT);
        }
    }

    @Test
    void svgDocumentsParseWithTheDocumentedSize() throws Exception {
        List<Path> files = ResultPlots.write(Results.assignment(), dir, EnumSet.of(ImageFormat.SVG));
        assertEquals(5, files.size());
        for (Path file : files) {
            Element svg = parseSvg(file);
            assertEquals("svg", svg.getLocalName(), file.toString());
            assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
            assertEquals(ResultPlots.WIDTH, Double.parseDouble(svg.getAttribute("width")), 0, file.toString());
            assertEquals(ResultPlots.HEIGHT, Double.parseDouble(svg.getAttribute("height")), 0, file.toString());
            assertTrue(svg.getElementsByTagNameNS("*", "text").getLength() > 10, "labels are SVG text");
        }
    }

    @Test
    void withoutStateTracesOnlyRasterAndRate() throws IOException {
        assertEquals(List.of("raster.png", "raster.svg", "rate.png", "rate.svg"),
                names(ResultPlots.write(Results.balanced(), dir, BOTH)));
    }

    @Test
    void nothingToDrawWritesNothing() throws IOException {
        SimulationResult empty = Results.result(Results.info("empty", 100), List.of(), List.of(), List.of());
        assertEquals(List.of(), ResultPlots.write(empty, dir, BOTH));
        // Populations whose spikes were not recorded and nothing else: no raster of empty bands.
        SimulationResult unrecorded = Results.result(Results.info("unrecorded", 100),
                List.of(Results.population("a", PopulationType.EXCITATORY, 10, null)), List.of(), List.of());
        assertEquals(List.of(), ResultPlots.write(unrecorded, dir, BOTH));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void onlyTheRequestedFormats() throws IOException {
        assertEquals(List.of("raster.svg", "rate.svg"),
                names(ResultPlots.write(Results.balanced(), dir, EnumSet.of(ImageFormat.SVG))));
        assertEquals(List.of(), ResultPlots.write(Results.balanced(), dir.resolve("none"), Set.of()));
    }

    @Test
    void createsTheDirectoryAndLeavesOnlyTheImages() throws IOException {
        Path out = dir.resolve("a/b");
        List<Path> files = ResultPlots.write(Results.assignment(), out, BOTH);
        assertEquals(files.stream().map(Path::getFileName).sorted().toList(),
                list(out).stream().map(Path::getFileName).sorted().toList());
    }

    @Test
    void replacesExistingFiles() throws IOException {
        Path raster = dir.resolve("raster.png");
        Files.writeString(raster, "old");
        ResultPlots.write(Results.balanced(), dir, EnumSet.of(ImageFormat.PNG));
        assertNotNull(ImageIO.read(raster.toFile()));
        assertEquals(List.of("raster.png", "rate.png"), names(list(dir)));
    }

    /** Files.createTempFile would make them rw------- after the move. */
    @Test
    void imagesGetTheDefaultPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        Files.delete(reference);
        for (Path file : ResultPlots.write(Results.balanced(), dir, BOTH)) {
            assertEquals(expected, Files.getPosixFilePermissions(file), file.toString());
        }
    }

    @Test
    void aFailedDrawingLeavesNoFile() throws IOException {
        XYPlot failing = new XYPlot() {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                    PlotRenderingInfo info) {
                throw new IllegalStateException("drawing failed");
            }
        };
        JFreeChart chart = new JFreeChart(failing);
        for (ImageFormat format : ImageFormat.values()) {
            Path file = dir.resolve("failed." + format.extension());
            assertThrows(IllegalStateException.class, () -> ResultPlots.write(chart, file, format));
            assertFalse(Files.exists(file));
        }
        assertEquals(List.of(), list(dir));
    }

    static Element parseSvg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // JFreeSVG declares the SVG 1.0 DTD: do not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile()).getDocumentElement();
    }

    static List<Path> list(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
