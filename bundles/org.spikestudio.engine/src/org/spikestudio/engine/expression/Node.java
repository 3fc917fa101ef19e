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
}
