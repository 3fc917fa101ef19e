// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number format of labels, pinned case by case (the format ModelLabels has always used). */
class QuantitiesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.0                     | 2
            -70.0                   | -70
            0.1                     | 0.1
            0.30000000000000004     | 0.30000000000000004
            123456.5                | 123456.5
            999999999.0             | 999999999
            1.0E9                   | 1.000e+09
            2.5E-5                  | 2.500e-05
            1.00000005E7            | 1.000e+07
            0.001                   | 0.001
            -0.0                    | 0
            NaN                     | NaN
            Infinity                | Infinity
            """)
    void formatsNumbers(double value, String expected) {
        assertEquals(expected, Quantities.format(value));
    }

    @Test
    void appendsTheSymbolExceptForDimensionlessValues() {
        assertEquals("0.1 ms", Quantities.format(0.1, Unit.MILLISECOND));
        assertEquals("1 MOhm", Quantities.format(1, Unit.MEGAOHM));
        assertEquals("3", Quantities.format(3, Unit.ONE));
    }

    @Test
    void symbolsReadBack() {
        for (Unit unit : Unit.values()) {
            assertEquals(unit, Unit.ofSymbol(unit.symbol()));
        }
        assertEquals("unknown unit 'mv'", assertThrows(IllegalArgumentException.class, () -> Unit.ofSymbol("mv"))
                .getMessage());
    }
}
