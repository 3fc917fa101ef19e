// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.export.internal;

import java.math.BigDecimal;

/** Number text that Python reads back as exactly the same double. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 2.0}, {@code -0.5}, {@code 1.0E-5}: the shortest decimal that round-trips; inf as Python spells it. */
    static String py(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }

    /** The decimals of dt as the user wrote it (0.1 -> 1), as the results' time column uses them. */
    static int scale(double dt) {
        return Math.min(9, Math.max(0, new BigDecimal(Double.toString(dt)).stripTrailingZeros().scale()));
    }

    /** dt in units of 10^-scale ms, e.g. 1 for dt = 0.1 ms; times are then whole multiples of it. */
    static long units(double dt) {
        return new BigDecimal(Double.toString(dt)).movePointRight(scale(dt)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }
}
