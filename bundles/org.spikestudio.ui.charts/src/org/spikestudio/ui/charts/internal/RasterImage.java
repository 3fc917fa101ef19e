// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.List;

import org.spikestudio.charts.Palette;
import org.spikestudio.results.PopulationType;

/**
 * Draws the visible part of a raster into an RGB pixel buffer, in time proportional to the visible
 * spikes plus the pixels, never to all spikes: drawing a million spikes as chart series takes
 * seconds per paint, this a few milliseconds.
 * <p>
 * The spikes are counted per cell: a pixel column (or a time step, when a step is wider) by a
 * pixel row (or a neuron row, when a row is taller). When no cell holds more than one spike, each
 * spike is an exact mark in its population's colour. Otherwise the chart has more spikes than
 * pixels there, and each cell is shaded by its count on a log scale (one spike light, the fullest
 * cell full colour), mixing red and blue by the share of excitatory and inhibitory spikes.
 */
public final class RasterImage {

    public static final int WHITE = 0xffffff;
    /** The shade of a band whose spikes were not recorded, as in the image files. */
    public static final int NOT_RECORDED = 0xf1f1f1;
    public static final int SEPARATOR = 0xa0a0a0;
    /** The lightest shade of a density cell: one spike must stay visible on white. */
    private static final double MIN_SHADE = 0.3;

    /**
     * The drawing of one view.
     *
     * @param rgb     width x height pixels, row by row, 0xRRGGBB
     * @param visible the spikes inside the view
     * @param exact   whether each spike is its own mark (no cell holds two)
     */
    public record Drawing(int width, int height, int[] rgb, int visible, boolean exact) {
    }

    private RasterImage() {
    }

    /**
     * Draws the spikes of {@code snapshot} in the view [t0, t1] ms by [y0, y1] display rows (a row r
     * covers r - 0.5 to r + 0.5) on {@code width} x {@code height} pixels.
     *
     * @param layout which rows are shown, and where
     */
    public static Drawing draw(SpikeStore store, SpikeStore.Snapshot snapshot, RowLayout layout, double t0,
            double t1, double y0, double y1, int width, int height) {
        int[] rgb = new int[width * height];
        java.util.Arrays.fill(rgb, WHITE);
        if (width <= 0 || height <= 0 || !(t1 > t0) || !(y1 > y0)) {
            return new Drawing(width, height, rgb, 0, true);
        }
        double pxPerMs = width / (t1 - t0);
        double pxPerRow = height / (y1 - y0);
        drawBands(store, layout, rgb, width, height, y0, y1, pxPerRow);

        double dt = store.dt();
        boolean rowCells = pxPerRow >= 1;
        // Vertical cells: display rows when a row is at least a pixel tall, else pixel rows.
        int firstRow = (int) Math.ceil(y0 - 0.5);
        int cellsY = rowCells ? Math.max(0, (int) Math.floor(y1 + 0.5) - firstRow + 1) : height;
        int[] excitatory = new int[width * Math.max(cellsY, 1)];
        int[] inhibitory = new int[excitatory.length];
        long fromStep = (long) Math.ceil(t0 / dt - 1e-9);
        long toStep = (long) Math.floor(t1 / dt + 1e-9);
        int from = snapshot.firstAtOrAfter(fromStep);
        int to = snapshot.firstAtOrAfter(toStep + 1);
        int[] steps = snapshot.steps();
        int[] rows = snapshot.rows();
        List<SpikeStore.Band> bands = store.bands();
        int visible = 0;
        int max = 0;
        for (int k = from; k < to; k++) {
            int display = layout.displayRow(rows[k]);
            if (display < 0 || display < y0 - 0.5 || display > y1 + 0.5) {
                continue;
            }
            int x = (int) ((steps[k] * dt - t0) * pxPerMs);
            if (x >= width) {
                x = width - 1; // a spike at t1 itself
            }
            int cell = rowCells ? display - firstRow : (int) ((y1 - display) * pxPerRow);
            if (x < 0 || cell < 0 || cell >= Math.max(cellsY, 1)) {
                continue;
            }
            int index = cell * width + x;
            boolean inh = bands.get(store.bandOf(rows[k])).type() == PopulationType.INHIBITORY;
            int c = inh ? ++inhibitory[index] + excitatory[index] : ++excitatory[index] + inhibitory[index];
            max = Math.max(max, c);
            visible++;
        }
        boolean exact = max <= 1;
        // An exact mark is about a time step wide, 2 to 3 pixels: one pixel is hard to see.
        int markWidth = exact ? (int) Math.max(2, Math.min(3, Math.round(dt * pxPerMs))) : 1;
        double logMax = Math.log1p(max);
        for (int cell = 0; cell < Math.max(cellsY, 1) && cellsY > 0; cell++) {
            int top;
            int bottom;
            if (rowCells) {
                int display = firstRow + cell;
                top = (int) Math.floor((y1 - (display + 0.5)) * pxPerRow);
                bottom = (int) Math.ceil((y1 - (display - 0.5)) * pxPerRow);
                if (pxPerRow >= 4) {
                    bottom--; // a gap between tall rows keeps neighbours apart
                }
                top = Math.max(0, top);
                bottom = Math.min(height, Math.max(bottom, top + (exact ? 2 : 1)));
            } else {
                top = cell;
                bottom = cell + 1;
            }
            for (int x = 0; x < width; x++) {
                int index = cell * width + x;
                int e = excitatory[index];
                int i = inhibitory[index];
                if (e + i == 0) {
                    continue;
                }
                int colour = mix(e, i);
                if (!exact) {
                    double shade = MIN_SHADE + (1 - MIN_SHADE) * Math.log1p(e + i) / logMax;
                    colour = blend(WHITE, colour, shade);
                }
                for (int py = top; py < bottom; py++) {
                    int row = py * width;
                    for (int px = x; px < Math.min(width, x + markWidth); px++) {
                        rgb[row + px] = colour;
                    }
                }
            }
        }
        return new Drawing(width, height, rgb, visible, exact);
    }

    /** Not-recorded bands shaded, a line between neighbouring bands. */
    private static void drawBands(SpikeStore store, RowLayout layout, int[] rgb, int width, int height, double y0,
            double y1, double pxPerRow) {
        for (RowLayout.Shown shown : layout.shown()) {
            double low = shown.firstDisplayRow() - 0.5;
            double high = low + shown.band().size();
            int top = clamp((int) Math.round((y1 - high) * pxPerRow), height);
            int bottom = clamp((int) Math.round((y1 - low) * pxPerRow), height);
            if (!shown.band().recorded()) {
                for (int i = top * width; i < bottom * width; i++) {
                    rgb[i] = NOT_RECORDED;
                }
            }
            if (shown.firstDisplayRow() > 0 && low > y0 && low < y1) {
                int line = Math.min(height - 1, bottom);
                java.util.Arrays.fill(rgb, line * width, line * width + width, SEPARATOR);
            }
        }
    }

    private static int clamp(int v, int height) {
        return Math.max(0, Math.min(height, v));
    }

    /** The type colours mixed by count. */
    private static int mix(int excitatory, int inhibitory) {
        if (inhibitory == 0) {
            return Palette.EXCITATORY;
        }
        if (excitatory == 0) {
            return Palette.INHIBITORY;
        }
        return blend(Palette.EXCITATORY, Palette.INHIBITORY, (double) inhibitory / (excitatory + inhibitory));
    }

    /** {@code a} towards {@code b} by {@code f} in [0, 1]. */
    static int blend(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
