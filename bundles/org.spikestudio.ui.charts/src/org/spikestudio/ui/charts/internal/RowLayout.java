// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a raster draws each row: the bands shown (all, or those of the selected populations) are
 * stacked in model order from display row 0, as the image files stack the populations of a result,
 * so that a filtered view and its exported image have the same rows.
 */
public final class RowLayout {

    /** A band shown from {@code firstDisplayRow}. */
    public record Shown(SpikeStore.Band band, int firstDisplayRow) {
    }

    private final int[] displayRow;
    private final List<Shown> shown;
    private final int displayRows;

    public RowLayout(SpikeStore store, Predicate<SpikeStore.Band> show) {
        displayRow = new int[store.rowCount()];
        Arrays.fill(displayRow, -1);
        List<Shown> list = new ArrayList<>();
        int next = 0;
        for (SpikeStore.Band band : store.bands()) {
            if (!show.test(band) || band.size() == 0) {
                continue;
            }
            list.add(new Shown(band, next));
            for (int i = 0; i < band.size(); i++) {
                displayRow[band.first() + i] = next + i;
            }
            next += band.size();
        }
        shown = List.copyOf(list);
        displayRows = next;
    }

    /** The display row of a row, or -1 when its band is not shown. */
    public int displayRow(int row) {
        return displayRow[row];
    }

    public List<Shown> shown() {
        return shown;
    }

    /** The number of rows shown. */
    public int displayRows() {
        return displayRows;
    }
}
