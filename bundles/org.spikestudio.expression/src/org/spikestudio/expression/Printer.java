// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import java.util.ArrayList;
import java.util.List;

import org.spikestudio.expression.Ast.Call;
import org.spikestudio.expression.Ast.Chain;
import org.spikestudio.expression.Ast.Constant;
import org.spikestudio.expression.Ast.Function;
import org.spikestudio.expression.Ast.Link;
import org.spikestudio.expression.Ast.Literal;
import org.spikestudio.expression.Ast.Negate;
import org.spikestudio.expression.Ast.Power;
import org.spikestudio.expression.Ast.Variable;

/**
 * Prints a syntax tree as text with as few parentheses as the grammar allows. This class prints
 * Spikestudio's own syntax, canonically: {@code parse(print(ast))} gives back an equal tree (a
 * parenthesised sub-chain stays parenthesised). Exporters subclass it and override the hooks
 * (variables, constants, calls, numbers, the power operator) for their target language, see
 * {@link PythonPrinter} and {@link Brian2Printer}; the placement of parentheses stays here.
 *
 * <p>Precedence levels, loosest first, are those of Spikestudio, Python and Brian2 alike: sum,
 * product, unary minus, power (right-associative, binding tighter than a minus on its left), atom.
 */
public class Printer {

    /** Precedence of a printed piece: its loosest operator outside parentheses. */
    protected static final int SUM = 1;
    protected static final int PRODUCT = 2;
    protected static final int UNARY = 3;
    protected static final int POWER = 4;
    protected static final int ATOM = 5;

    /** A printed piece of text and the precedence of its loosest operator outside parentheses. */
    protected record Printed(String text, int precedence) {
    }

    /** The canonical Spikestudio syntax, e.g. {@code 4*(sin(t/5)+0.3)}. */
    public static final Printer SPIKESTUDIO = new Printer();

    protected Printer() {
    }

    /**
     * @throws IllegalArgumentException for a literal that has no text (NaN, infinite); the parser
     *         never makes one
     */
    public final String print(Ast ast) {
        return node(ast).text();
    }

    /** Like {@link #print(Ast)}, with the precedence of the result, for a caller that embeds it. */
    protected final Printed printed(Ast ast) {
        return node(ast);
    }

    // ---- hooks ----

    protected Printed variable(Variable variable) {
        return new Printed(variable.symbol(), ATOM);
    }

    protected String constant(Constant constant) {
        return constant.symbol();
    }

    protected String powerOperator() {
        return "^";
    }

    /** A call; {@code arguments} are printed already, each complete (at sum level). */
    protected Printed call(Function function, List<Printed> arguments) {
        return functionCall(function.symbol(), arguments);
    }

    /**
     * A finite, non-negative number that reads back as exactly the same double: integers below
     * 10^15 without a fraction ({@code 2}), everything else as {@link Double#toString(double)}
     * prints it, the shortest decimal that round-trips ({@code 0.3}, {@code 1.0E-5}).
     */
    protected String number(double value) {
        return value == Math.rint(value) && value < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    // ---- layout ----

    /** {@code name(a, b)}. */
    protected static Printed functionCall(String name, List<Printed> arguments) {
        return new Printed(name + "(" + String.join(", ", arguments.stream().map(Printed::text).toList()) + ")", ATOM);
    }

    /** {@code base ^ exponent} with the parentheses this precedence needs. */
    protected final Printed power(Printed base, Printed exponent) {
        return new Printed(wrap(base, ATOM) + powerOperator() + wrap(exponent, UNARY), POWER);
    }

    /** The text, in parentheses when its precedence is below {@code minimum}. */
    protected static String wrap(Printed printed, int minimum) {
        return printed.precedence() < minimum ? "(" + printed.text() + ")" : printed.text();
    }

    private Printed node(Ast ast) {
        return switch (ast) {
            case Literal l -> literal(l.value());
            case Variable v -> variable(v);
            case Constant c -> new Printed(constant(c), ATOM);
            case Negate n -> new Printed("-" + wrap(node(n.operand()), UNARY), UNARY);
            case Chain c -> chain(c);
            case Power p -> power(node(p.base()), node(p.exponent()));
            case Call c -> {
                List<Printed> arguments = new ArrayList<>(c.arguments().size());
                for (Ast argument : c.arguments()) {
                    arguments.add(node(argument));
                }
                yield call(c.function(), arguments);
            }
        };
    }

    // A loop, so a chain of any length prints without deep recursion.
    private Printed chain(Chain chain) {
        int level = chain.additive() ? SUM : PRODUCT;
        Printed first = node(chain.first());
        // A sub-chain of the same level came from parentheses: keep them, or it would merge.
        boolean merges = chain.first() instanceof Chain inner && inner.additive() == chain.additive();
        StringBuilder text = new StringBuilder(merges ? "(" + first.text() + ")" : wrap(first, level));
        for (Link link : chain.links()) {
            text.append(link.operator().symbol()).append(wrap(node(link.operand()), level + 1));
        }
        return new Printed(text.toString(), level);
    }

    private Printed literal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " cannot be written as a literal");
        }
        // The sign bit, so that -0.0 keeps its sign.
        return Double.doubleToRawLongBits(value) < 0 ? new Printed("-" + number(-value), UNARY)
                : new Printed(number(value), ATOM);
    }
}
