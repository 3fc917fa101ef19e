// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression.units;

import java.math.BigDecimal;
import java.math.MathContext;
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

    /**
     * Every digit of the value, for messages that quote what the user wrote ({@code 1.0E-5} as Java
     * reads it back): whole numbers below 10^15 without {@code .0}, otherwise {@link Double#toString}.
     * The validator, {@code info} and {@code run} print numbers this way.
     */
    public static String exact(double value) {
        return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * At most {@code digits} significant digits in plain notation, trailing zeros dropped
     * ({@code 0.5}, {@code 1000}, {@code 0.000123457}): chart titles and legends, where a long
     * tail of digits from binary rounding would only clutter. Whole numbers below 10^15 keep every
     * digit; {@code NaN} and {@code Infinity} as Java prints them.
     */
    public static String significant(double value, int digits) {
        if (isWhole(value)) {
            return Long.toString((long) value);
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }

    /** {@link #format(double)} and the unit's symbol after a space, e.g. {@code 0.1 ms}; no symbol for {@link Unit#ONE}. */
    public static String format(double value, Unit unit) {
        return unit == Unit.ONE ? format(value) : format(value) + " " + unit.symbol();
    }
}
