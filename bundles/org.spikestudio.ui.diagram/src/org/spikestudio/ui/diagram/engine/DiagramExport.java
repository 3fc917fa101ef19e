// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.diagram.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Writes figures as PNG or SVG, drawn by the same renderer as the screen. Files are written to a
 * temporary file and moved into place, so a failed export never leaves half a file.
 */
public final class DiagramExport {

    private static final int MARGIN = 20;

    private DiagramExport() {
    }

    /** The area the figures cover, labels included, with a margin. */
    static Rectangle area(Display display, List<Figure> figures, GcPainter.Fonts fonts) {
        Image scratch = new Image(display, 1, 1);
        GC gc = new GC(scratch);
        try {
            Renderer renderer = new Renderer(figures);
            renderer.paint(new SvgPainter(gc, fonts), List.of(), null, false); // lays out the labels
            Rectangle r = renderer.extent();
            return new Rectangle(r.x - MARGIN, r.y - MARGIN, r.width + 2 * MARGIN, r.height + 2 * MARGIN);
        } finally {
            gc.dispose();
            scratch.dispose();
        }
    }

    /** The figures as an image (the caller disposes it). */
    public static Image image(Display display, List<Figure> figures) {
        try (GcPainter.Fonts fonts = new GcPainter.Fonts(display)) {
            Rectangle area = area(display, figures, fonts);
            Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
            GC gc = new GC(image);
            Transform transform = new Transform(display);
            try (GcPainter painter = new GcPainter(gc, fonts)) {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, area.width, area.height);
                transform.translate(-area.x, -area.y);
                gc.setTransform(transform);
                DiagramViewer.paint(painter, figures);
            } finally {
                transform.dispose();
                gc.dispose();
            }
            return image;
        }
    }

    public static void png(Display display, List<Figure> figures, Path file) throws IOException {
        Image image = image(display, figures);
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path tmp = temporary(file);
            try {
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (RuntimeException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } finally {
            image.dispose();
        }
    }

    /** The figures as an SVG document. */
    public static String svg(Display display, List<Figure> figures) {
        try (GcPainter.Fonts fonts = new GcPainter.Fonts(display)) {
            Rectangle area = area(display, figures, fonts);
            Image scratch = new Image(display, 1, 1);
            GC gc = new GC(scratch);
            try {
                SvgPainter painter = new SvgPainter(gc, fonts);
                DiagramViewer.paint(painter, figures);
                return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + area.width + "\" height=\"" + area.height
                        + "\" viewBox=\"" + area.x + " " + area.y + " " + area.width + " " + area.height + "\">\n"
                        + "<rect x=\"" + area.x + "\" y=\"" + area.y + "\" width=\"" + area.width + "\" height=\"" + area.height
                        + "\" fill=\"#ffffff\"/>\n" + painter.body() + "</svg>\n";
            } finally {
                gc.dispose();
                scratch.dispose();
            }
        }
    }

    public static void svg(Display display, List<Figure> figures, Path file) throws IOException {
        Path tmp = temporary(file);
        try {
            Files.writeString(tmp, svg(display, figures), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new file beside the target; created like any file of the user's (not private, as a temp file is). */
    private static Path temporary(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0;; i++) {
            Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "." + i + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // try the next name
            }
        }
    }
}
