// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.spikestudio.results.SimulationResult;

/**
 * Writes the plots of a {@link SimulationResult} as image files, headless (Java2D only; run with
 * {@code -Djava.awt.headless=true} where there is no display). Every image is {@link #WIDTH} x
 * {@link #HEIGHT}: pixels for PNG, the {@code width} and {@code height} attributes for SVG.
 * <p>
 * The files, in this order, each written only when the result has something to draw for it (see
 * {@link ResultCharts}):
 * <ol>
 * <li>{@code raster}: spike raster;</li>
 * <li>{@code potential}: membrane potential traces;</li>
 * <li>{@code input-current}: input current traces;</li>
 * <li>{@code synaptic-current}: synaptic current traces;</li>
 * <li>{@code u-i}: membrane potential against input current;</li>
 * <li>{@code rate}: population rates.</li>
 * </ol>
 * Each with the extension of its {@link ImageFormat}, e.g. {@code raster.png}. Files are written to a
 * temporary file in the same directory and moved into place atomically, so a reader never sees a
 * half-written image, and an existing file of the same name is replaced.
 */
public final class ResultPlots {

    /** Image width in pixels (PNG) or SVG user units. */
    public static final int WIDTH = 1200;
    /** Image height in pixels (PNG) or SVG user units. */
    public static final int HEIGHT = 700;

    /** The plots in file order: base file name and builder. */
    private static final List<Plot> PLOTS = List.of(new Plot("raster", ResultCharts::raster),
            new Plot("potential", ResultCharts::potential), new Plot("input-current", ResultCharts::inputCurrent),
            new Plot("synaptic-current", ResultCharts::synapticCurrent),
            new Plot("u-i", ResultCharts::potentialVersusCurrent), new Plot("rate", ResultCharts::rate));

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Plot(String name, Function<SimulationResult, Optional<JFreeChart>> chart) {
    }

    private ResultPlots() {
    }

    /**
     * Writes every plot the result has data for, in each of the formats, into the directory (created
     * if missing).
     *
     * @return the files written, in plot order (see the class comment) and, per plot, in
     *         {@link ImageFormat} order; empty when there is nothing to draw or no format
     */
    public static List<Path> write(SimulationResult result, Path directory, Set<ImageFormat> formats)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        for (Plot plot : PLOTS) {
            Optional<JFreeChart> chart = plot.chart().apply(result);
            if (chart.isEmpty()) {
                continue;
            }
            Files.createDirectories(directory);
            for (ImageFormat format : ImageFormat.values()) {
                if (formats.contains(format)) {
                    Path file = directory.resolve(plot.name() + "." + format.extension());
                    write(chart.get(), file, format);
                    written.add(file);
                }
            }
        }
        return written;
    }

    /**
     * Writes one chart at {@link #WIDTH} x {@link #HEIGHT}, atomically: the image is drawn in memory,
     * written and synced to a hidden temporary file next to {@code file} (created with the default
     * permissions, as the image itself would be), then moved onto {@code file}. If anything fails,
     * {@code file} is untouched and no temporary file is left.
     */
    public static void write(JFreeChart chart, Path file, ImageFormat format) throws IOException {
        byte[] bytes = switch (format) {
        case PNG -> png(chart);
        case SVG -> svg(chart).getBytes(StandardCharsets.UTF_8);
        };
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling(
                "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The chart as PNG bytes of {@link #WIDTH} x {@link #HEIGHT} pixels. */
    public static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = image(chart);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        // A memory cache: ImageIO's default would go through a file in java.io.tmpdir.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The chart drawn on a white {@link #WIDTH} x {@link #HEIGHT} RGB image. */
    public static BufferedImage image(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, WIDTH, HEIGHT);
            chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** The chart as a standalone SVG document of {@link #WIDTH} x {@link #HEIGHT}. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // The default prefix holds System.nanoTime(): a fixed one makes identical runs give identical files.
        g2.setDefsKeyPrefix("spikestudio-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument();
    }
}
