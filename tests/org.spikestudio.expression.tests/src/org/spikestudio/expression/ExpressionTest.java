// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks parsed expressions against the same formula written in Java. Tolerance is zero
 * throughout: each expression performs the same IEEE operations in the same order as its Java
 * counterpart (constant folding only pre-computes whole constant sub-trees with those same
 * operations), so any difference at all would be a parser or compiler bug.
 */
class ExpressionTest {

    private static final double EXACT = 0;

    private static final double[] TIMES = { 0, 0.1, 1, 2.5, 17.3, 100, 999.9, -3 };
    private static final int[] INDICES = { 0, 1, 7, 99 };

    /** The Java formula an expression must reproduce. */
    @FunctionalInterface
    interface Reference {
        double at(double t, int i);
    }

    static Stream<Arguments> formulas() {
        return Stream.of(
                // the users' examples
                Arguments.of("4*(sin(t/5)+0.3)", (Reference) (t, i) -> 4 * (Math.sin(t / 5) + 0.3)),
                Arguments.of("cos(t/24)", (Reference) (t, i) -> Math.cos(t / 24)),
                Arguments.of("3*i", (Reference) (t, i) -> 3.0 * i),
                Arguments.of("sin(t/8)+0.3", (Reference) (t, i) -> Math.sin(t / 8) + 0.3),
                // i is a double in the language: no integer division
                Arguments.of("i/2", (Reference) (t, i) -> i / 2.0),
                // unary minus binds tighter than '/', as in Java
                Arguments.of("exp(-t/10)*(1+i)", (Reference) (t, i) -> Math.exp(-t / 10) * (1 + i)),
                Arguments.of("tan(t)", (Reference) (t, i) -> Math.tan(t)),
                Arguments.of("log(0.5*t+1)", (Reference) (t, i) -> Math.log(0.5 * t + 1)),
                Arguments.of("sqrt(t)", (Reference) (t, i) -> Math.sqrt(t)),
                Arguments.of("abs(t-5)", (Reference) (t, i) -> Math.abs(t - 5)),
                Arguments.of("floor(t/3)", (Reference) (t, i) -> Math.floor(t / 3)),
                Arguments.of("ceil(t/3)", (Reference) (t, i) -> Math.ceil(t / 3)),
                Arguments.of("min(t, i)", (Reference) (t, i) -> Math.min(t, i)),
                Arguments.of("max(t, i)", (Reference) (t, i) -> Math.max(t, i)),
                Arguments.of("pow(t, 1.5)", (Reference) (t, i) -> Math.pow(t, 1.5)),
                Arguments.of("t^2 - i", (Reference) (t, i) -> Math.pow(t, 2) - i),
                Arguments.of("t**0.5", (Reference) (t, i) -> Math.pow(t, 0.5)),
                Arguments.of("pi*t + e", (Reference) (t, i) -> Math.PI * t + Math.E),
                // folded prefixes and folded right operands
                Arguments.of("2*3*t", (Reference) (t, i) -> 2.0 * 3.0 * t),
                Arguments.of("t*(1/3)", (Reference) (t, i) -> t * (1.0 / 3.0)),
                Arguments.of("sin(pi/6)*cos(t)", (Reference) (t, i) -> Math.sin(Math.PI / 6) * Math.cos(t)),
                Arguments.of("2.5E+2*t + 1e-3*i", (Reference) (t, i) -> 2.5E+2 * t + 1e-3 * i));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void evaluatesLikeTheSameFormulaInJava(String source, Reference reference) {
        Expression expression = Expression.parse(source);
        for (double t : TIMES) {
            for (int i : INDICES) {
                assertEquals(reference.at(t, i), expression.evaluate(t, i), EXACT, "t=" + t + ", i=" + i);
            }
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3      | 3
            0.3    | 0.3
            .5     | 0.5
            1.     | 1
            007    | 7
            1e-3   | 0.001
            1E3    | 1000
            2.5E+2 | 250
            """)
    void readsNumbers(String source, double expected) {
        assertEquals(expected, Expression.parse(source).evaluate(0, 0), EXACT);
    }

    /** Evaluated at t = 3, i = 7. The last column is the value under the most likely wrong reading, if any. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1+2*3    | 7                 | 9
            (1+2)*3  | 9                 |
            1-2+3    | 2                 | -4
            12/3*2   | 8                 | 2
            8/4/2    | 1                 | 4
            2^3^2    | 512               | 64
            2**3**2  | 512               | 64
            2^3*2    | 16                | 64
            2*3^2    | 18                | 36
            -2^2     | -4                | 4
            -2**2    | -4                | 4
            (-2)^2   | 4                 |
            -t^2     | -9                | 9
            2^-1     | 0.5               |
            2^-1^2   | 0.5               | 0.25
            - -2     | 2                 |
            +-+2     | -2                |
            1 - -1   | 2                 |
            2*-3     | -6                |
            6/-2*3   | -9                | -1
            t-i      | -4                |
            e^1      | 2.718281828459045 |
            """)
    void respectsPrecedenceAndAssociativity(String source, double expected, Double otherReading) {
        if (otherReading != null) {
            assertNotEquals(otherReading.doubleValue(), expected, "the case must tell the readings apart");
        }
        assertEquals(expected, Expression.parse(source).evaluate(3, 7), EXACT);
    }

    @Test
    void ignoresWhitespace() {
        Expression spaced = Expression.parse(" \t4 * ( sin ( t / 5 )\n+ 0.3 ) ");
        Expression compact = Expression.parse("4*(sin(t/5)+0.3)");
        for (double t : TIMES) {
            assertEquals(compact.evaluate(t, 0), spaced.evaluate(t, 0), EXACT);
        }
    }

    @ParameterizedTest(name = "{0}: t {1}, i {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3              | false | false
            sin(pi*e)      | false | false
            t              | true  | false
            4*(sin(t/5)+1) | true  | false
            t-t            | true  | false
            3*i            | false | true
            0*i            | false | true
            t*i            | true  | true
            max(t, 1) + i  | true  | true
            """)
    void reportsWhatItDependsOn(String source, boolean time, boolean index) {
        Expression expression = Expression.parse(source);
        assertEquals(time, expression.dependsOnTime(), "dependsOnTime");
        assertEquals(index, expression.dependsOnIndex(), "dependsOnIndex");
        assertEquals(!time && !index, expression.isConstant(), "isConstant");
    }

    @Test
    void constantExpressionHasOneValueEverywhere() {
        Expression expression = Expression.parse("2*sin(pi/6) + 1");
        assertTrue(expression.isConstant());
        double expected = 2 * Math.sin(Math.PI / 6) + 1;
        for (double t : TIMES) {
            for (int i : INDICES) {
                assertEquals(expected, expression.evaluate(t, i), EXACT);
            }
        }
    }

    @Test
    void keepsTheSourceExactlyAsGiven() {
        String source = "  sin( t )+1 ";
        Expression expression = Expression.parse(source);
        assertEquals(source, expression.source());
        assertEquals(source, expression.toString());
    }

    @Test
    void domainErrorsEvaluateToIeeeValuesRatherThanThrowing() {
        // These are folded at parse time, so parsing must not throw either.
        assertTrue(Double.isNaN(Expression.parse("sqrt(-1)").evaluate(0, 0)));
        assertTrue(Double.isNaN(Expression.parse("0/0").evaluate(0, 0)));
        assertEquals(Double.POSITIVE_INFINITY, Expression.parse("1/0").evaluate(0, 0));
        assertEquals(Double.NEGATIVE_INFINITY, Expression.parse("log(0)").evaluate(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, Expression.parse("1/t").evaluate(0, 0));
    }

    @ParameterizedTest(name = "\"{0}\" -> column {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""          | 1  | empty expression
            "   "       | 1  | empty expression
            1 + $       | 5  | unexpected character '$'
            sin(t) & 1  | 8  | unexpected character '&'
            x           | 1  | unknown variable 'x'; use t (ms) or i (neuron index)
            2*T         | 3  | unknown variable 'T'; use t (ms) or i (neuron index)
            PI          | 1  | unknown variable 'PI'; use t (ms) or i (neuron index)
            sinn(t)     | 1  | unknown function 'sinn'
            1+Sin(t)    | 3  | unknown function 'Sin'
            t(2)        | 1  | unknown function 't'
            sin         | 4  | expected '(' after 'sin'
            sin t       | 5  | expected '(' after 'sin'
            max(1)      | 1  | max expects 2 arguments, got 1
            2*sin(t, i) | 3  | sin expects 1 argument, got 2
            pow()       | 1  | pow expects 2 arguments, got 0
            (1+2        | 5  | expected ')'
            (1 2)       | 4  | expected ')'
            sin(t       | 6  | expected ')'
            max(t, 1    | 9  | expected ')'
            max(t 1)    | 7  | expected ',' or ')'
            1 2         | 3  | unexpected '2' after end of expression
            t)          | 2  | unexpected ')' after end of expression
            sin(t) x    | 8  | unexpected 'x' after end of expression
            1e          | 1  | malformed number '1e'
            2*1..2      | 3  | malformed number '1..2'
            1e+         | 1  | malformed number '1e+'
            .           | 1  | malformed number '.'
            3i          | 1  | malformed number '3i'
            1+          | 3  | unexpected end of expression
            2^          | 3  | unexpected end of expression
            1+*2        | 3  | unexpected '*'
            2***3       | 4  | unexpected '*'
            ()          | 2  | unexpected ')'
            max(1,)     | 7  | unexpected ')'
            """)
    void reportsSyntaxErrorsWithColumnAndReason(String source, int column, String reason) {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(source));
        assertEquals(reason, e.reason());
        assertEquals(column, e.column());
        assertEquals("column " + column + ": " + reason, e.getMessage());
        assertEquals(source, e.source());
    }

    @Test
    void acceptsModerateNesting() {
        int depth = 100;
        Expression expression = Expression.parse("(".repeat(depth) + "t" + ")".repeat(depth));
        assertEquals(2.5, expression.evaluate(2.5, 0), EXACT);
        assertEquals(-2.5, Expression.parse("-".repeat(depth + 1) + "2.5").evaluate(0, 0), EXACT);
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        int depth = Parser.MAX_DEPTH - 1; // the outermost term is a level of its own
        assertEquals(2.5, Expression.parse("(".repeat(depth) + "t" + ")".repeat(depth)).evaluate(2.5, 0), EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "parentheses", "minuses", "powers", "calls" })
    void rejectsNestingBeyondTheLimitAtTheFirstLevelTooDeep(String kind) {
        int n = 100_000;
        String source = switch (kind) {
            case "parentheses" -> "(".repeat(n) + "1" + ")".repeat(n);
            case "minuses" -> "-".repeat(n) + "1";
            case "powers" -> "2" + "^2".repeat(n);
            case "calls" -> "sin(".repeat(n) + "t" + ")".repeat(n);
            default -> throw new AssertionError(kind);
        };
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(source));
        assertEquals("expression nested too deeply (more than 200 levels)", e.reason());
        // The token that opens level 201: one character per level, or two ("^2"), or four ("sin(").
        int perLevel = switch (kind) {
            case "powers" -> 2;
            case "calls" -> 4;
            default -> 1;
        };
        assertEquals(200 * perLevel + 1, e.column());
    }

    /**
     * Issue 15 item 6: a 5,000-term sum overflowed the stack when evaluated. The sums of n copies
     * of t = 0.5 are exact in binary (every partial sum k/2 is representable), so the value must be
     * exactly n*t; likewise a chain of t/1 products and a difference chain.
     */
    @ParameterizedTest(name = "{0} terms")
    @CsvSource({ "5000", "100000" })
    void longChainsParseAndEvaluateWithoutDeepRecursion(int n) {
        double t = 0.5;
        assertEquals(n * t, Expression.parse(String.join("+", java.util.Collections.nCopies(n, "t"))).evaluate(t, 0),
                EXACT);
        assertEquals(-(n - 2) * t,
                Expression.parse(String.join("-", java.util.Collections.nCopies(n, "t"))).evaluate(t, 0), EXACT);
        assertEquals(t, Expression.parse("t" + "*1".repeat(n) + "/1".repeat(n)).evaluate(t, 3), EXACT);
        assertEquals(n * 3.0, Expression.parse(String.join("+", java.util.Collections.nCopies(n, "i"))).evaluate(0, 3),
                EXACT);
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> Expression.parse(null));
    }

    @Test
    void isCaseSensitive() {
        assertFalse(Expression.parse("t").isConstant());
        assertEquals("unknown function 'COS'",
                assertThrows(ExpressionSyntaxException.class, () -> Expression.parse("COS(t)")).reason());
    }
}
