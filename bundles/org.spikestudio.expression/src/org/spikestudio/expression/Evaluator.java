// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import org.spikestudio.expression.Ast.Call;
import org.spikestudio.expression.Ast.Chain;
import org.spikestudio.expression.Ast.Constant;
import org.spikestudio.expression.Ast.Link;
import org.spikestudio.expression.Ast.Literal;
import org.spikestudio.expression.Ast.Negate;
import org.spikestudio.expression.Ast.Power;
import org.spikestudio.expression.Ast.Variable;

/**
 * The reference evaluation of a syntax tree: walks the tree on every call (the engine compiles it
 * instead, with the same operations in the same order, hence bit-identical values). A chain is a
 * loop, so only nesting costs stack depth, and the parser bounds nesting.
 */
final class Evaluator {

    private Evaluator() {
    }

    static double evaluate(Ast ast, double t, int i) {
        return switch (ast) {
            case Literal l -> l.value();
            case Variable v -> v == Variable.T ? t : i;
            case Constant c -> c.value();
            case Negate n -> -evaluate(n.operand(), t, i);
            case Chain c -> {
                double value = evaluate(c.first(), t, i);
                for (Link link : c.links()) {
                    value = link.operator().apply(value, evaluate(link.operand(), t, i));
                }
                yield value;
            }
            case Power p -> Math.pow(evaluate(p.base(), t, i), evaluate(p.exponent(), t, i));
            case Call c -> c.function().arity() == 1 ? c.function().apply(evaluate(c.arguments().get(0), t, i))
                    : c.function().apply(evaluate(c.arguments().get(0), t, i), evaluate(c.arguments().get(1), t, i));
        };
    }
}
