// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalTimesTest {

    @Test
    void decimalTimesUsesTheDecimalsOfDt() {
        assertEquals("0.3", new DecimalTimes(0.1).format(3 * 0.1)); // 0.30000000000000004 in binary
        assertEquals("0.0", new DecimalTimes(0.1).format(0));
        assertEquals("99.9", new DecimalTimes(0.1).format(999 * 0.1));
        assertEquals("0.075", new DecimalTimes(0.025).format(3 * 0.025));
        assertEquals("0.0003", new DecimalTimes(1e-4).format(3 * 1e-4));
        assertEquals("7", new DecimalTimes(1).format(7));
        assertEquals("-0.2", new DecimalTimes(0.1).format(-0.2));
        assertEquals("1.05", new DecimalTimes(0.05).format(21 * 0.05));
    }
}
