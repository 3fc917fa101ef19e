// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

import org.spikestudio.results.PopulationType;

/**
 * The colours of population types as 0xRRGGBB ints, for charts and diagrams alike: excitatory red,
 * inhibitory blue, and ten distinguishable shades of each for several lines of one type.
 */
public final class Palette {

    /** Matplotlib's tab:red and tab:blue, the colours of the reference plots. */
    public static final int EXCITATORY = 0xd62728;
    public static final int INHIBITORY = 0x1f77b4;
    /** For a population whose type is not known (a trace of a population not in the result). */
    public static final int UNKNOWN = 0x555555;

    private static final int[] REDS = { EXCITATORY, 0x8b0000, 0xff7f50, 0xc71585, 0xa0522d, 0xff4500, 0xe9967a,
            0x800000, 0xdb7093, 0xb8860b };
    private static final int[] BLUES = { INHIBITORY, 0x000080, 0x6495ed, 0x00a0c0, 0x6a5acd, 0x4169e1, 0x2f4f4f,
            0x87ceeb, 0x483d8b, 0x008b8b };

    private Palette() {
    }

    /** The base colour of a population type; {@link #UNKNOWN} for null. */
    public static int color(PopulationType type) {
        if (type == null) {
            return UNKNOWN;
        }
        return type == PopulationType.EXCITATORY ? EXCITATORY : INHIBITORY;
    }

    /** The {@code index}-th shade of the type's colour (red shades, blue shades), cycling after ten. */
    public static int shade(PopulationType type, int index) {
        if (type == null) {
            return UNKNOWN;
        }
        int[] shades = type == PopulationType.EXCITATORY ? REDS : BLUES;
        return shades[Math.floorMod(index, shades.length)];
    }
}
