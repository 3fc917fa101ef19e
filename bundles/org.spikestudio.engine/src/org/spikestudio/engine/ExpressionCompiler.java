// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

import java.util.List;

import org.spikestudio.expression.Ast;
import org.spikestudio.expression.Ast.Call;
import org.spikestudio.expression.Ast.Chain;
import org.spikestudio.expression.Ast.Constant;
import org.spikestudio.expression.Ast.Link;
import org.spikestudio.expression.Ast.Literal;
import org.spikestudio.expression.Ast.Negate;
import org.spikestudio.expression.Ast.Operator;
import org.spikestudio.expression.Ast.Power;
import org.spikestudio.expression.Ast.Variable;
import org.spikestudio.expression.Expression;

/**
 * Compiles an expression's syntax tree into a tree of small nodes, each operator its own lambda
 * over its children, because an input is evaluated every step for every neuron: no boxing, no
 * type switch per evaluation. Every node performs the operation {@link Ast} defines, in the
 * order of {@link Ast#evaluate}, so compiled and walked values are bit-identical. Sub-trees
 * without {@code t} or {@code i} are folded to constants by evaluating the very node that would
 * otherwise run, so folding cannot change a result either. A chain runs as a loop.
 */
final class ExpressionCompiler {

    private ExpressionCompiler() {
    }

    @FunctionalInterface
    private interface Node {
        double eval(double t, int i);
    }

    private record Const(double value) implements Node {
        @Override
        public double eval(double t, int i) {
            return value;
        }
    }

    private static final Node TIME = (t, i) -> t;
    private static final Node INDEX = (t, i) -> i;

    static TimeIndexFunction compile(Expression expression) {
        Node root = node(expression.ast());
        boolean dependsOnIndex = expression.dependsOnIndex();
        return new TimeIndexFunction() {
            @Override
            public double evaluate(double t, int i) {
                return root.eval(t, i);
            }

            @Override
            public boolean dependsOnIndex() {
                return dependsOnIndex;
            }
        };
    }

    private static Node node(Ast ast) {
        return switch (ast) {
            case Literal l -> new Const(l.value());
            case Variable v -> v == Variable.T ? TIME : INDEX;
            case Constant c -> new Const(c.value());
            case Negate n -> {
                Node a = node(n.operand());
                yield fold((t, i) -> -a.eval(t, i), a);
            }
            case Chain c -> chain(c);
            case Power p -> {
                Node a = node(p.base());
                Node b = node(p.exponent());
                yield fold((t, i) -> Math.pow(a.eval(t, i), b.eval(t, i)), a, b);
            }
            case Call c -> call(c);
        };
    }

    private static Node chain(Chain chain) {
        List<Link> links = chain.links();
        // The constant prefix folds as nested binary nodes would have folded it.
        Node first = node(chain.first());
        int k = 0;
        while (k < links.size() && first instanceof Const) {
            Node next = node(links.get(k).operand());
            if (!(next instanceof Const)) {
                break;
            }
            first = new Const(links.get(k).operator().apply(first.eval(0, 0), next.eval(0, 0)));
            k++;
        }
        int n = links.size() - k;
        if (n == 0) {
            return first;
        }
        Node a = first;
        Operator[] operators = new Operator[n];
        Node[] operands = new Node[n];
        for (int j = 0; j < n; j++) {
            operators[j] = links.get(k + j).operator();
            operands[j] = node(links.get(k + j).operand());
        }
        if (n == 1) {
            Node b = operands[0];
            return switch (operators[0]) {
                case ADD -> (t, i) -> a.eval(t, i) + b.eval(t, i);
                case SUBTRACT -> (t, i) -> a.eval(t, i) - b.eval(t, i);
                case MULTIPLY -> (t, i) -> a.eval(t, i) * b.eval(t, i);
                case DIVIDE -> (t, i) -> a.eval(t, i) / b.eval(t, i);
            };
        }
        return (t, i) -> {
            double value = a.eval(t, i);
            for (int j = 0; j < operands.length; j++) {
                value = operators[j].apply(value, operands[j].eval(t, i));
            }
            return value;
        };
    }

    // One lambda per function, calling Math directly, as before the move: one shared call site
    // through Function.apply would be megamorphic in the per-step loop. ExpressionCompilerTest
    // holds every function to Function.apply, bit for bit.
    private static Node call(Call call) {
        Node a = node(call.arguments().get(0));
        if (call.function().arity() == 1) {
            Node node = switch (call.function()) {
                case SIN -> (t, i) -> Math.sin(a.eval(t, i));
                case COS -> (t, i) -> Math.cos(a.eval(t, i));
                case TAN -> (t, i) -> Math.tan(a.eval(t, i));
                case EXP -> (t, i) -> Math.exp(a.eval(t, i));
                case LOG -> (t, i) -> Math.log(a.eval(t, i));
                case SQRT -> (t, i) -> Math.sqrt(a.eval(t, i));
                case ABS -> (t, i) -> Math.abs(a.eval(t, i));
                case FLOOR -> (t, i) -> Math.floor(a.eval(t, i));
                case CEIL -> (t, i) -> Math.ceil(a.eval(t, i));
                case MIN, MAX, POW -> throw new AssertionError(call.function());
            };
            return fold(node, a);
        }
        Node b = node(call.arguments().get(1));
        Node node = switch (call.function()) {
            case MIN -> (t, i) -> Math.min(a.eval(t, i), b.eval(t, i));
            case MAX -> (t, i) -> Math.max(a.eval(t, i), b.eval(t, i));
            case POW -> (t, i) -> Math.pow(a.eval(t, i), b.eval(t, i));
            default -> throw new AssertionError(call.function());
        };
        return fold(node, a, b);
    }

    private static Node fold(Node node, Node a) {
        return a instanceof Const ? new Const(node.eval(0, 0)) : node;
    }

    private static Node fold(Node node, Node a, Node b) {
        return a instanceof Const && b instanceof Const ? new Const(node.eval(0, 0)) : node;
    }
}
