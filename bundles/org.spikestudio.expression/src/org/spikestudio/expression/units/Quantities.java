// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression.units;

import java.util.Locale;

/** The one number formatter for values shown to users: labels, messages, headers, axes. */
public final class Quantities {

    private Quantities() {
    }

    /**
     * 2 rather than 2.0; 0.1 stays 0.1 (the shortest text that reads back as the same double);
     * integers of 10^9 and more, and values Java prints in scientific notation (below 10^-3 or from
     * 10^7), in compact scientific form with 4 significant digits ({@code 1.000e+09},
     * {@code 1.000e-05}); {@code NaN}, {@code Infinity}.
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? String.format(Locale.ROOT, "%.4g", value) : text;
    }

    /** {@link #format(double)} and the unit's symbol after a space, e.g. {@code 0.1 ms}; no symbol for {@link Unit#ONE}. */
    public static String format(double value, Unit unit) {
        return unit == Unit.ONE ? format(value) : format(value) + " " + unit.symbol();
    }
}
