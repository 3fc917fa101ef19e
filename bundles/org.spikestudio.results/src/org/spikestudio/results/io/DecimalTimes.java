// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import java.math.BigDecimal;

/**
 * Formats times that are whole multiples of dt with dt's own decimals, so that step 3 at dt = 0.1 ms
 * is written {@code 0.3} and not {@code 0.30000000000000004}.
 */
final class DecimalTimes {

    private final int scale;
    private final double factor;

    DecimalTimes(double dt) {
        int s = Math.max(0, new BigDecimal(Double.toString(dt)).stripTrailingZeros().scale());
        this.scale = Math.min(s, 9);
        this.factor = Math.pow(10, scale);
    }

    String format(double t) {
        long units = Math.round(t * factor);
        if (scale == 0) {
            return Long.toString(units);
        }
        StringBuilder s = new StringBuilder(Long.toString(Math.abs(units)));
        while (s.length() <= scale) {
            s.insert(0, '0');
        }
        s.insert(s.length() - scale, '.');
        return units < 0 ? "-" + s : s.toString();
    }
}
