// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.spikestudio.expression.units.Unit;

/**
 * The syntax tree of an expression, as {@link Expression#parse(String)} reads it: what exporters
 * walk (with a {@link Printer}) and what the engine compiles. Parentheses and unary plus leave no
 * node. A run of operators of one precedence level ({@code a+b-c}, {@code a*b/c}) is one
 * {@link Chain}, so a sum of any length is a flat list rather than a deep tree; parentheses around a
 * chain make a nested one. The meaning of every operator and function is defined here, once
 * ({@link Operator#apply}, {@link Function#apply}), as IEEE double arithmetic via {@link Math}.
 */
public sealed interface Ast {

    /** The value at time {@code t} (ms) for neuron {@code i}; see {@link Evaluator}. */
    default double evaluate(double t, int i) {
        return Evaluator.evaluate(this, t, i);
    }

    /** A number as written; the parser gives only finite, non-negative values (a sign is a {@link Negate}). */
    record Literal(double value) implements Ast {
    }

    /** The variables of the language. */
    enum Variable implements Ast {
        /** Time in ms. */
        T("t", Unit.MILLISECOND),
        /** Index of the neuron within its population. */
        I("i", Unit.ONE);

        private final String symbol;
        private final Unit unit;

        Variable(String symbol, Unit unit) {
            this.symbol = symbol;
            this.unit = unit;
        }

        public String symbol() {
            return symbol;
        }

        /** The unit the variable's numbers are in: an expression sees {@code t = 2.5} at 2.5 ms. */
        public Unit unit() {
            return unit;
        }
    }

    /** Named constants. */
    enum Constant implements Ast {
        PI("pi", Math.PI), E("e", Math.E);

        private final String symbol;
        private final double value;

        Constant(String symbol, double value) {
            this.symbol = symbol;
            this.value = value;
        }

        public String symbol() {
            return symbol;
        }

        public double value() {
            return value;
        }
    }

    /** Unary minus. */
    record Negate(Ast operand) implements Ast {
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** Binary operators; chains of one precedence level (sum or product) evaluate left to right. */
    enum Operator {
        ADD("+", true), SUBTRACT("-", true), MULTIPLY("*", false), DIVIDE("/", false);

        private final String symbol;
        private final boolean additive;

        Operator(String symbol, boolean additive) {
            this.symbol = symbol;
            this.additive = additive;
        }

        public String symbol() {
            return symbol;
        }

        /** Whether this operator belongs to the sum level (+, -) rather than the product level (*, /). */
        public boolean additive() {
            return additive;
        }

        public double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
            };
        }
    }

    /** One step of a {@link Chain}: the operator and its right operand. */
    record Link(Operator operator, Ast operand) {
        public Link {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * {@code first op1 x1 op2 x2 ...} evaluated left to right, {@code ((first op1 x1) op2 x2) ...};
     * all operators are of one level (all additive or all multiplicative).
     */
    record Chain(Ast first, List<Link> links) implements Ast {
        public Chain {
            Objects.requireNonNull(first, "first");
            links = List.copyOf(links);
            if (links.isEmpty()) {
                throw new IllegalArgumentException("a chain needs at least one operator");
            }
            boolean additive = links.get(0).operator().additive();
            for (Link link : links) {
                if (link.operator().additive() != additive) {
                    throw new IllegalArgumentException("a chain mixes + or - with * or /: " + links);
                }
            }
        }

        /** Whether this is a sum (+, -) rather than a product (*, /). */
        public boolean additive() {
            return links.get(0).operator().additive();
        }
    }

    /** {@code base ^ exponent}, right-associative: {@code 2^3^2} is {@code 2^(3^2)}. */
    record Power(Ast base, Ast exponent) implements Ast {
        public Power {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(exponent, "exponent");
        }
    }

    /** The built-in functions; {@code log} is natural. */
    enum Function {
        SIN("sin", Math::sin), COS("cos", Math::cos), TAN("tan", Math::tan), EXP("exp", Math::exp),
        LOG("log", Math::log), SQRT("sqrt", Math::sqrt), ABS("abs", Math::abs), FLOOR("floor", Math::floor),
        CEIL("ceil", Math::ceil),
        MIN("min", Math::min), MAX("max", Math::max), POW("pow", Math::pow);

        private final String symbol;
        private final DoubleUnaryOperator unary;
        private final DoubleBinaryOperator binary;

        Function(String symbol, DoubleUnaryOperator unary) {
            this.symbol = symbol;
            this.unary = unary;
            this.binary = null;
        }

        Function(String symbol, DoubleBinaryOperator binary) {
            this.symbol = symbol;
            this.unary = null;
            this.binary = binary;
        }

        public String symbol() {
            return symbol;
        }

        public int arity() {
            return unary != null ? 1 : 2;
        }

        /** @throws IllegalStateException for a two-argument function */
        public double apply(double a) {
            if (unary == null) {
                throw new IllegalStateException(symbol + " takes two arguments");
            }
            return unary.applyAsDouble(a);
        }

        /** @throws IllegalStateException for a one-argument function */
        public double apply(double a, double b) {
            if (binary == null) {
                throw new IllegalStateException(symbol + " takes one argument");
            }
            return binary.applyAsDouble(a, b);
        }

        /** The function of that name, or null. */
        public static Function named(String name) {
            for (Function f : values()) {
                if (f.symbol.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A call of a built-in function with exactly {@link Function#arity()} arguments. */
    record Call(Function function, List<Ast> arguments) implements Ast {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
            if (arguments.size() != function.arity()) {
                throw new IllegalArgumentException(function.symbol() + " expects " + function.arity()
                        + " argument(s), got " + arguments.size());
            }
        }
    }
}
