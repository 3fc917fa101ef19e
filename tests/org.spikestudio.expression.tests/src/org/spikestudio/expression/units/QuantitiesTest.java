// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number formats, pinned case by case ({@code format}: the one ModelLabels has always used). */
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

    /** The validator's, info's and run's variant: every digit, as Java reads the number back. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2.0                     | 2
            -0.0                    | 0
            0.30000000000000004     | 0.30000000000000004
            1.0E9                   | 1000000000
            999999999999999.0       | 999999999999999
            1.0E15                  | 1.0E15
            2.5E-5                  | 2.5E-5
            NaN                     | NaN
            """)
    void exactKeepsEveryDigit(double value, String expected) {
        assertEquals(expected, Quantities.exact(value));
    }

    /** The charts' variant: six significant digits in plain notation, whole numbers in full. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000.0                  | 1000
            -50.0                   | -50
            0.5                     | 0.5
            0.30000000000000004     | 0.3
            0.3333333333333333      | 0.333333
            1234567.5               | 1234570
            1.5E-7                  | 0.00000015
            Infinity                | Infinity
            """)
    void significantRoundsToSixDigitsInPlainNotation(double value, String expected) {
        assertEquals(expected, Quantities.significant(value, 6));
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
