// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import java.util.Objects;

/**
 * An input-current expression of time {@code t} (ms) and neuron index {@code i}, such as
 * {@code 4*(sin(t/5)+0.3)}: its text and its syntax tree ({@link #ast()}), which exporters print
 * with a {@link Printer} and the engine compiles. Immutable, hence safe to share between threads.
 *
 * <p>Language: numbers ({@code 3}, {@code .5}, {@code 2.5E+2}); {@code t}, {@code i}; constants
 * {@code pi}, {@code e}; {@code + - * /}; power {@code ^} or {@code **} (right-associative and
 * binding tighter than a unary minus on its left, so {@code -2^2 = -4}); unary {@code + -};
 * parentheses; functions {@code sin cos tan exp log sqrt abs floor ceil} (one argument, {@code log}
 * is natural) and {@code min max pow} (two arguments). Names are case-sensitive. Arithmetic is
 * IEEE double arithmetic via {@link Math}: a domain error such as {@code sqrt(-1)} or {@code 1/0}
 * yields NaN or infinity when evaluated, not an exception. Sums and products may be of any length;
 * nesting (parentheses, signs, powers, calls) is limited to 200 levels.
 */
public final class Expression {

    private final String source;
    private final Ast ast;
    private final boolean dependsOnTime;
    private final boolean dependsOnIndex;

    private Expression(String source, Ast ast, boolean dependsOnTime, boolean dependsOnIndex) {
        this.source = source;
        this.ast = ast;
        this.dependsOnTime = dependsOnTime;
        this.dependsOnIndex = dependsOnIndex;
    }

    /**
     * @param source the expression text, not null
     * @return the parsed expression, never null
     * @throws ExpressionSyntaxException if {@code source} is not a valid expression
     */
    public static Expression parse(String source) throws ExpressionSyntaxException {
        Objects.requireNonNull(source, "source");
        Parser parser = new Parser(source);
        Ast ast = parser.parse();
        return new Expression(source, ast, parser.usesTime(), parser.usesIndex());
    }

    /** The syntax tree. */
    public Ast ast() {
        return ast;
    }

    /**
     * Walks the tree; for many evaluations compile {@link #ast()} instead, as the engine does.
     *
     * @param t time in ms
     * @param i index of the neuron within its population
     */
    public double evaluate(double t, int i) {
        return ast.evaluate(t, i);
    }

    /** Whether the text mentions {@code t} (even where it cancels out, as in {@code t-t}). */
    public boolean dependsOnTime() {
        return dependsOnTime;
    }

    /** Whether the text mentions {@code i}; if not, one evaluation per step serves the whole population. */
    public boolean dependsOnIndex() {
        return dependsOnIndex;
    }

    /** Neither {@code t} nor {@code i} is mentioned; the value never changes. */
    public boolean isConstant() {
        return !dependsOnTime && !dependsOnIndex;
    }

    /** The text exactly as given to {@link #parse(String)}. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
