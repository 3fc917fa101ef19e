// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.charts;

/**
 * A value axis: what it measures, its unit, and a fixed range or none.
 *
 * @param quantity the quantity in words, e.g. {@code membrane potential}
 * @param symbol   a short name for axes too short for the quantity, e.g. {@code V}
 * @param unit     e.g. {@code mV}; null for a count such as a neuron index
 * @param from     the lower end of a fixed range, or NaN to fit the data
 * @param to       the upper end of a fixed range, or NaN to fit the data
 * @param fromZero whether a range fitted to the data starts at 0 (rates)
 * @param integers whether ticks are whole numbers only (neuron indices)
 */
public record Axis(String quantity, String symbol, String unit, double from, double to, boolean fromZero,
        boolean integers) {

    /** An axis whose range fits the data. */
    public static Axis fitted(String quantity, String symbol, String unit) {
        return new Axis(quantity, symbol, unit, Double.NaN, Double.NaN, false, false);
    }

    /** The time axis over a run of {@code durationMs}; over [0, 1] ms when that is not positive. */
    public static Axis time(double durationMs) {
        return new Axis("time", "t", "ms", 0, durationMs > 0 ? durationMs : 1, false, false);
    }

    /** Whether the range is fixed rather than fitted to the data. */
    public boolean fixed() {
        return !Double.isNaN(from) && !Double.isNaN(to);
    }

    /** {@code membrane potential (mV)}. */
    public String label() {
        return unit == null ? quantity : quantity + " (" + unit + ")";
    }

    /** {@code V (mV)}: for a panel too low for {@link #label()}. */
    public String shortLabel() {
        return unit == null ? symbol : symbol + " (" + unit + ")";
    }
}
