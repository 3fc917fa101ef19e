// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine.expression;

/**
 * One compiled node of an expression tree. The parser builds each operator as its own lambda over
 * its children, so evaluation is a chain of direct calls on primitives: no boxing, no lookups.
 */
@FunctionalInterface
interface Node {

    double eval(double t, int i);

    /** A folded sub-tree; the parser tests for this type to fold its parents too. */
    record Const(double value) implements Node {
        @Override
        public double eval(double t, int i) {
            return value;
        }
    }

    /**
     * {@code first op[0] rest[0] op[1] rest[1] ...} evaluated left to right in a loop: a sum
     * ({@code op} true for '+', false for '-') or a product (true for '*', false for '/').
     */
    record Chain(boolean product, Node first, Node[] rest, boolean[] op) implements Node {
        @Override
        public double eval(double t, int i) {
            double value = first.eval(t, i);
            for (int k = 0; k < rest.length; k++) {
                value = apply(product, op[k], value, rest[k].eval(t, i));
            }
            return value;
        }

        static double apply(boolean product, boolean op, double a, double b) {
            return product ? (op ? a * b : a / b) : (op ? a + b : a - b);
        }
    }
}
