// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.expression.Expression;
import org.spikestudio.testing.Examples;

/**
 * The engine's compiled expressions against the expression bundle's tree walk, the reference.
 * Tolerance zero: both perform the operations {@code Ast} defines in the same order, and
 * constant folding evaluates the very node it replaces.
 */
class ExpressionCompilerTest {

    static Stream<String> expressions() throws IOException {
        Stream.Builder<String> all = Stream.builder();
        Examples.expressions().forEach(all::add);
        Stream.of("2*3*t", "t*2*3", "t*(1/3)", "1+2-t+3", "-2^2*t", "2^3^2-i", "sin(pi/6)*cos(t)", "exp(-t/10)*(1+i)",
                "pow(t, 1.5)-min(t, i)/max(1, i)", "sqrt(abs(t-5))+floor(t/3)-ceil(t/3)+log(0.5*t+1)+tan(t)",
                "1/t", "sqrt(-1)+t", "i/2", "-(-(t))", "8/4/2*t/i").forEach(all::add);
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void compiledValuesAreThoseOfTheTreeWalk(String source) {
        Expression expression = Expression.parse(source);
        TimeIndexFunction compiled = ExpressionCompiler.compile(expression);
        assertEquals(expression.dependsOnIndex(), compiled.dependsOnIndex());
        for (double t : new double[] { 0, 0.1, 1, 2.5, 17.3, 100, 999.9, -3 }) {
            for (int i : new int[] { 0, 1, 7, 99 }) {
                assertEquals(expression.evaluate(t, i), compiled.evaluate(t, i), 0, "t=" + t + ", i=" + i);
            }
        }
    }

    /** Issue 15 item 6; sums of t = 0.5 are exact in binary, so n*t is the exact expectation. */
    @ParameterizedTest(name = "{0} terms")
    @CsvSource({ "5000", "100000" })
    void longSumsCompileAndEvaluateExactly(int n) {
        TimeIndexFunction sum = ExpressionCompiler
                .compile(Expression.parse(String.join("+", Collections.nCopies(n, "t"))));
        assertEquals(n * 0.5, sum.evaluate(0.5, 0), 0);
        TimeIndexFunction folded = ExpressionCompiler
                .compile(Expression.parse(String.join("+", Collections.nCopies(n, "1")) + "+i"));
        assertEquals(n + 3.0, folded.evaluate(0, 3), 0);
    }

    @Test
    void anInputOfALongSumRuns() {
        double[][] currents = InputsAndCouplingTest.currents(
                Input.expression(String.join("+", Collections.nCopies(5000, "t"))), 2, 10);
        for (int n = 0; n < 10; n++) {
            // t = n*0.1 is not exact in binary, so the expectation is the same left-to-right sum.
            double expected = 0;
            for (int k = 0; k < 5000; k++) {
                expected += n * 0.1;
            }
            assertEquals(expected, currents[n][1], 0, "n=" + n);
        }
        assertTrue(currents[9][0] > 0);
    }
}
