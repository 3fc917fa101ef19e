// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spikestudio.expression.Ast.Call;
import org.spikestudio.expression.Ast.Chain;
import org.spikestudio.expression.Ast.Constant;
import org.spikestudio.expression.Ast.Function;
import org.spikestudio.expression.Ast.Link;
import org.spikestudio.expression.Ast.Literal;
import org.spikestudio.expression.Ast.Negate;
import org.spikestudio.expression.Ast.Operator;
import org.spikestudio.expression.Ast.Power;
import org.spikestudio.expression.Ast.Variable;
import org.spikestudio.expression.units.Unit;
import org.spikestudio.testing.Examples;

/**
 * The syntax tree the parser builds, and its printers. Expected trees and texts are written by
 * hand from the grammar; the round trip is checked on every expression of the examples and a
 * hand list of tricky ones. Values are compared exactly: a printed and re-read tree performs the
 * same IEEE operations in the same order.
 */
class AstAndPrinterTest {

    private static Ast parse(String source) {
        return Expression.parse(source).ast();
    }

    private static Literal n(double value) {
        return new Literal(value);
    }

    private static Chain chain(Ast first, Object... operatorsAndOperands) {
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < operatorsAndOperands.length; k += 2) {
            links.add(new Link((Operator) operatorsAndOperands[k], (Ast) operatorsAndOperands[k + 1]));
        }
        return new Chain(first, links);
    }

    @Test
    void buildsTheTreeOfTheGrammar() {
        assertEquals(chain(n(1), Operator.ADD, chain(n(2), Operator.MULTIPLY, n(3))), parse("1+2*3"));
        assertEquals(chain(n(1), Operator.SUBTRACT, n(2), Operator.ADD, n(3)), parse("1-2+3"));
        // Parentheses around a chain keep it a nested chain.
        assertEquals(chain(chain(Variable.T, Operator.ADD, n(1)), Operator.ADD, n(2)), parse("(t+1)+2"));
        assertEquals(new Negate(new Power(n(2), n(2))), parse("-2^2"));
        assertEquals(new Power(n(2), new Power(n(3), n(2))), parse("2**3^2"));
        assertEquals(new Power(n(2), new Negate(n(1))), parse("2^-1"));
        assertEquals(Variable.T, parse("+(t)"));
        assertEquals(chain(Constant.PI, Operator.MULTIPLY, Variable.I, Operator.DIVIDE, Constant.E), parse("pi*i/e"));
        assertEquals(new Call(Function.MAX, List.of(Variable.T, new Call(Function.SIN, List.of(Variable.I)))),
                parse("max(t, sin(i))"));
        assertEquals(n(250), parse("2.5E+2"));
    }

    @Test
    void aChainOfAnyLengthIsFlat() {
        Ast sum = parse(String.join("+", Collections.nCopies(100_000, "t")));
        assertEquals(99_999, ((Chain) sum).links().size());
        assertEquals(Variable.T, ((Chain) sum).first());
    }

    @Test
    void treesRejectWhatTheGrammarCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> chain(n(1), Operator.ADD, n(2), Operator.MULTIPLY, n(3)));
        assertThrows(IllegalArgumentException.class, () -> new Chain(n(1), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Call(Function.SIN, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Printer.SPIKESTUDIO.print(n(Double.NaN)));
    }

    /** Every expression of the example models, read from the files as text. */
    static List<String> exampleExpressions() throws IOException {
        List<String> found = Examples.expressions();
        assertFalse(found.isEmpty(), "the examples have expression inputs");
        return found;
    }

    static Stream<String> roundTrips() throws IOException {
        return Stream.concat(exampleExpressions().stream(), Stream.of("1+2*3", "(1+2)*3", "1-(2-3)", "(1-2)-3",
                "12/3*2", "8/(4/2)", "(8/4)/2", "2^3^2", "(2^3)^2", "-2^2", "(-2)^2", "2^-1^2", "- -2", "+-+2",
                "1 - -1", "2*-3", "6/-2*3", "-(t+1)", "-(t*2)", "(-t)*2", "t^(i+1)", "pow(t, 1.5)-min(t, i)/max(1, i)",
                "exp(-t/10)*(1+i)", "sqrt(abs(t-5))+floor(t/3)-ceil(t/3)+log(0.5*t+1)+tan(t)*cos(t)", "0.1+0.2",
                "1e-3*t+2.5E+2", "1e300*1e10", "123456789012345678", "0.30000000000000004", ".5", "007", "pi*t+e",
                "((((t))))", "(t)-(1)", String.join("-", Collections.nCopies(5000, "t"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrips")
    void printedCanonicallyItReadsBackAsTheSameTree(String source) {
        Ast ast = parse(source);
        String printed = Printer.SPIKESTUDIO.print(ast);
        Ast again = parse(printed);
        assertEquals(ast, again, printed);
        assertEquals(printed, Printer.SPIKESTUDIO.print(again), "printing is idempotent");
        for (double t : new double[] { 0, 0.1, 3, 17.3, 999.9 }) {
            for (int i : new int[] { 0, 1, 7 }) {
                assertEquals(ast.evaluate(t, i), again.evaluate(t, i), 0, printed + " at t=" + t + ", i=" + i);
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4*(sin(t/5)+0.3)  | 4*(sin(t/5)+0.3)
            ' 2 ** 3 '        | 2^3
            ((t))             | t
            +t                | t
            2.50              | 2.5
            1e-3              | 0.001
            1e20              | 1.0E20
            1E-5              | 1.0E-5
            (-2)^2            | (-2)^2
            (2^3)^2           | (2^3)^2
            (t+1)+2           | (t+1)+2
            t+(1+2)           | t+(1+2)
            -(t)              | -t
            max( t ,i )       | max(t, i)
            """)
    void printsTheCanonicalSyntax(String source, String expected) {
        assertEquals(expected, Printer.SPIKESTUDIO.print(parse(source)));
    }

    @Test
    void keepsTheSignOfNegativeLiteralsBuiltByHand() {
        assertEquals("-2*t", Printer.SPIKESTUDIO.print(chain(n(-2), Operator.MULTIPLY, Variable.T)));
        assertEquals("(-2)^t", Printer.SPIKESTUDIO.print(new Power(n(-2), Variable.T)));
        assertEquals("-0", Printer.SPIKESTUDIO.print(n(-0.0)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4*(sin(t/5)+0.3)             | 4*(np.sin(t/5)+0.3)
            t^2-i                        | t**2-i
            -2**2                        | -2**2
            pi*t+e                       | np.pi*t+np.e
            min(t, i)+max(t, 1)          | np.minimum(t, i)+np.maximum(t, 1)
            pow(t, 1.5)                  | np.power(t, 1.5)
            exp(-t/10)*log(abs(t)+1)     | np.exp(-t/10)*np.log(np.abs(t)+1)
            """)
    void printsPythonWithNumpy(String source, String expected) {
        assertEquals(expected, new PythonPrinter("np").print(parse(source)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4*(sin(t/5)+0.3) | 4*(sin(t/ms/5)+0.3)*nA
            sin(t/8)+0.3     | (sin(t/ms/8)+0.3)*nA
            cos(t/24)        | cos(t/ms/24)*nA
            3*i              | 3*i*nA
            t                | t/ms*nA
            2/t              | 2/(t/ms)*nA
            t^2              | (t/ms)**2*nA
            -t               | -(t/ms)*nA
            pow(t, 2)        | (t/ms)**2*nA
            min(t, 3)        | clip(t/ms, -inf, 3)*nA
            max(t, i)        | clip(t/ms, i, inf)*nA
            2^-t             | 2**-(t/ms)*nA
            """)
    void printsBrian2WithUnits(String source, String expected) {
        assertEquals(expected, new Brian2Printer().print(parse(source), Unit.NANOAMPERE));
    }

    @Test
    void brian2WithoutAUnitIsThePlainExpression() {
        assertEquals("sin(t/ms/8)+0.3", new Brian2Printer().print(parse("sin(t/8)+0.3"), Unit.ONE));
        assertEquals("sin(t/ms/8)+0.3", new Brian2Printer().print(parse("sin(t/8)+0.3")));
    }
}
