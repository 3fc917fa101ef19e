// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** What every UI test does on the UI thread: run pending UI work, wait for a condition, take a screenshot. */
public final class Ui {

    /** Long enough for a job and its UI updates on a loaded 2-core machine. */
    public static final long TIMEOUT_MS = 20_000;

    private Ui() {
    }

    /** Runs the UI work that is pending now (async runnables, paints, posted events). */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }

    /** Keeps the UI running for {@code ms}, e.g. for views that update from a job. */
    public static void pause(long ms) {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            flush();
            sleep();
        }
    }

    public static void waitUntil(BooleanSupplier condition, String message) {
        waitUntil(condition, () -> message, TIMEOUT_MS);
    }

    public static void waitUntil(BooleanSupplier condition, Supplier<String> message) {
        waitUntil(condition, message, TIMEOUT_MS);
    }

    /** Runs the UI until {@code condition} holds; fails with {@code message} after {@code timeoutMs}. */
    public static void waitUntil(BooleanSupplier condition, Supplier<String> message, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError(message.get());
            }
            flush();
            sleep();
        }
    }

    /**
     * Saves the workbench window, 1400x900, as {@code target/screenshots/NAME} (copied to docs/screenshots
     * by hand), after a second for the views to catch up.
     */
    public static Path screenshot(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        shell.getDisplay().setCursorLocation(1395, 895); // no tooltip under a resting pointer
        pause(1000);
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        return capture(shell, dir.resolve(name));
    }

    /** Saves what the screen shows of {@code shell} as a PNG. */
    public static Path capture(Shell shell, Path png) throws Exception {
        pause(500);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        gc.copyArea(image, bounds.x, bounds.y);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(png.toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertNotEquals(0, Files.size(png), png.toString());
        return png;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
