// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression.units;

/**
 * The units of Spikestudio's quantities. Units are fixed, not converted: a model states every
 * value in one of these (time ms, potential mV, current nA, resistance MOhm, capacitance nF,
 * conductance uS, rate Hz), so they are labels to show and to translate, for example into an
 * exporter's unit names. The model declares each attribute's unit once, in the ecore.
 */
public enum Unit {
    MILLISECOND("ms"),
    MILLIVOLT("mV"),
    NANOAMPERE("nA"),
    MEGAOHM("MOhm"),
    NANOFARAD("nF"),
    MICROSIEMENS("uS"),
    HERTZ("Hz"),
    RADIAN("rad"),
    PER_MILLISECOND("1/ms"),
    MILLIVOLT_PER_MILLISECOND("mV/ms"),
    /** Dimensionless: counts, indices, probabilities, seeds, ratios. */
    ONE("1");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol as written in labels, CSV headers and the ecore: {@code ms}, {@code MOhm}, {@code 1}. */
    public String symbol() {
        return symbol;
    }

    /**
     * @param symbol a {@link #symbol()}
     * @throws IllegalArgumentException for an unknown symbol
     */
    public static Unit ofSymbol(String symbol) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "'");
    }

    @Override
    public String toString() {
        return symbol;
    }
}
