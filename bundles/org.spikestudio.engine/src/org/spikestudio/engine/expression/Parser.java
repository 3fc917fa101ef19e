// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.spikestudio.engine.expression.Node.Chain;
import org.spikestudio.engine.expression.Node.Const;

/**
 * Hand-written recursive-descent parser: the target platform offers no parser or expression
 * library, and the engine is to depend on the JDK only. Grammar, loosest binding first:
 *
 * <pre>
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = ("+" | "-") unary | power
 * power      = primary [ ("^" | "**") unary ]      right-associative; -2^2 = -(2^2)
 * primary    = number | name | name "(" [ expression { "," expression } ] ")" | "(" expression ")"
 * </pre>
 *
 * Tokens are read on demand, so the leftmost problem is the one reported. Sub-trees without
 * {@code t} or {@code i} are folded to constants by evaluating the very node that would otherwise
 * run, so folding cannot change a result.
 */
final class Parser {

    // Keeps absurd input (thousands of '(') from overflowing the stack of the validating thread.
    private static final int MAX_DEPTH = 200;

    // Checked after lexing a maximal run, so that "1..2" or "1e" is one error rather than a
    // confusing one about whatever follows a shorter number.
    private static final Pattern NUMBER = Pattern.compile("(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private static final Node TIME = (t, i) -> t;
    private static final Node INDEX = (t, i) -> i;

    private enum Kind {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, POWER, LPAREN, RPAREN, COMMA, END
    }

    private final String source;
    private int position;
    private int depth;
    private boolean usesTime;
    private boolean usesIndex;

    // The current token.
    private Kind kind;
    private int start;
    private String text;
    private double number;

    Parser(String source) {
        this.source = source;
    }

    Node parse() {
        next();
        if (kind == Kind.END) {
            throw error(1, "empty expression");
        }
        Node root = expression();
        if (kind != Kind.END) {
            throw error(start + 1, "unexpected '" + text + "' after end of expression");
        }
        return root;
    }

    boolean usesTime() {
        return usesTime;
    }

    boolean usesIndex() {
        return usesIndex;
    }

    // ---- grammar ----

    // Chains of '+'/'-' and of '*'/'/' are read in a loop and evaluated in one (see Chain), so
    // t+t+...+t with any number of terms needs no deep recursion to parse or to evaluate.
    private Node expression() {
        List<Node> operands = new ArrayList<>();
        List<Boolean> plus = new ArrayList<>();
        operands.add(term());
        while (kind == Kind.PLUS || kind == Kind.MINUS) {
            plus.add(kind == Kind.PLUS);
            next();
            operands.add(term());
        }
        return chain(operands, plus, false);
    }

    private Node term() {
        List<Node> operands = new ArrayList<>();
        List<Boolean> times = new ArrayList<>();
        operands.add(unary());
        while (kind == Kind.STAR || kind == Kind.SLASH) {
            times.add(kind == Kind.STAR);
            next();
            operands.add(unary());
        }
        return chain(operands, times, true);
    }

    /**
     * Left to right: ((a op1 b) op2 c) ..., the same IEEE operations in the same order as nested
     * binary nodes. The constant prefix is folded, as nested nodes would fold it.
     */
    private static Node chain(List<Node> operands, List<Boolean> first, boolean product) {
        int k = 0;
        Node left = operands.get(0);
        while (k < first.size() && left instanceof Const && operands.get(k + 1) instanceof Const) {
            left = new Const(Chain.apply(product, first.get(k), left.eval(0, 0), operands.get(k + 1).eval(0, 0)));
            k++;
        }
        if (k == first.size()) {
            return left;
        }
        int n = first.size() - k;
        Node[] rest = new Node[n];
        boolean[] ops = new boolean[n];
        for (int j = 0; j < n; j++) {
            rest[j] = operands.get(k + 1 + j);
            ops[j] = first.get(k + j);
        }
        return new Chain(product, left, rest, ops);
    }

    // Every recursion of the grammar passes through here, so this is where depth is bounded.
    private Node unary() {
        if (++depth > MAX_DEPTH) {
            throw error(start + 1, "expression nested too deeply");
        }
        try {
            if (kind == Kind.PLUS) {
                next();
                return unary();
            }
            if (kind == Kind.MINUS) {
                next();
                Node a = unary();
                return fold((t, i) -> -a.eval(t, i), a);
            }
            return power();
        } finally {
            depth--;
        }
    }

    private Node power() {
        Node base = primary();
        if (kind != Kind.POWER) {
            return base;
        }
        next();
        // unary, not primary: allows 2^-1, and recursing gives right associativity.
        Node exponent = unary();
        return fold((t, i) -> Math.pow(base.eval(t, i), exponent.eval(t, i)), base, exponent);
    }

    private Node primary() {
        int column = start + 1;
        switch (kind) {
            case NUMBER -> {
                double value = number;
                next();
                return new Const(value);
            }
            case LPAREN -> {
                next();
                Node inner = expression();
                expect(Kind.RPAREN, "expected ')'");
                return inner;
            }
            case NAME -> {
                String name = text;
                next();
                return kind == Kind.LPAREN ? call(name, column) : name(name, column);
            }
            case END -> throw error(column, "unexpected end of expression");
            default -> throw error(column, "unexpected '" + text + "'");
        }
    }

    private Node name(String name, int column) {
        switch (name) {
            case "t" -> {
                usesTime = true;
                return TIME;
            }
            case "i" -> {
                usesIndex = true;
                return INDEX;
            }
            case "pi" -> {
                return new Const(Math.PI);
            }
            case "e" -> {
                return new Const(Math.E);
            }
            default -> {
                if (arity(name) > 0) {
                    throw error(start + 1, "expected '(' after '" + name + "'");
                }
                throw error(column, "unknown variable '" + name + "'; use t (ms) or i (neuron index)");
            }
        }
    }

    private Node call(String name, int column) {
        int arity = arity(name);
        if (arity < 0) {
            throw error(column, "unknown function '" + name + "'");
        }
        next(); // '('
        List<Node> args = new ArrayList<>(2);
        if (kind != Kind.RPAREN) {
            args.add(expression());
            while (kind == Kind.COMMA) {
                next();
                args.add(expression());
            }
        }
        // Only suggest ',' where another argument is actually wanted.
        expect(Kind.RPAREN, args.size() < arity ? "expected ',' or ')'" : "expected ')'");
        if (args.size() != arity) {
            throw error(column, name + " expects " + arity + (arity == 1 ? " argument" : " arguments") + ", got "
                    + args.size());
        }
        Node a = args.get(0);
        if (arity == 1) {
            Node node = switch (name) {
                case "sin" -> (t, i) -> Math.sin(a.eval(t, i));
                case "cos" -> (t, i) -> Math.cos(a.eval(t, i));
                case "tan" -> (t, i) -> Math.tan(a.eval(t, i));
                case "exp" -> (t, i) -> Math.exp(a.eval(t, i));
                case "log" -> (t, i) -> Math.log(a.eval(t, i));
                case "sqrt" -> (t, i) -> Math.sqrt(a.eval(t, i));
                case "abs" -> (t, i) -> Math.abs(a.eval(t, i));
                case "floor" -> (t, i) -> Math.floor(a.eval(t, i));
                case "ceil" -> (t, i) -> Math.ceil(a.eval(t, i));
                default -> throw new AssertionError(name);
            };
            return fold(node, a);
        }
        Node b = args.get(1);
        Node node = switch (name) {
            case "min" -> (t, i) -> Math.min(a.eval(t, i), b.eval(t, i));
            case "max" -> (t, i) -> Math.max(a.eval(t, i), b.eval(t, i));
            case "pow" -> (t, i) -> Math.pow(a.eval(t, i), b.eval(t, i));
            default -> throw new AssertionError(name);
        };
        return fold(node, a, b);
    }

    /** Number of arguments of a built-in function, or -1 if there is none of that name. */
    private static int arity(String name) {
        return switch (name) {
            case "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "floor", "ceil" -> 1;
            case "min", "max", "pow" -> 2;
            default -> -1;
        };
    }

    private static Node fold(Node node, Node a) {
        return a instanceof Const ? new Const(node.eval(0, 0)) : node;
    }

    private static Node fold(Node node, Node a, Node b) {
        return a instanceof Const && b instanceof Const ? new Const(node.eval(0, 0)) : node;
    }

    private void expect(Kind expected, String reason) {
        if (kind != expected) {
            throw error(start + 1, reason);
        }
        next();
    }

    private ExpressionSyntaxException error(int column, String reason) {
        return new ExpressionSyntaxException(source, column, reason);
    }

    // ---- lexer ----

    private void next() {
        int length = source.length();
        while (position < length && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
        start = position;
        if (position == length) {
            kind = Kind.END;
            text = "";
            return;
        }
        char c = source.charAt(position);
        if (isDigit(c) || c == '.') {
            lexNumber();
            return;
        }
        if (isNameStart(c)) {
            while (position < length && isNamePart(source.charAt(position))) {
                position++;
            }
            kind = Kind.NAME;
            text = source.substring(start, position);
            return;
        }
        position++;
        kind = switch (c) {
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '/' -> Kind.SLASH;
            case '^' -> Kind.POWER;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            case '*' -> {
                if (position < length && source.charAt(position) == '*') {
                    position++;
                    yield Kind.POWER;
                }
                yield Kind.STAR;
            }
            default -> throw error(start + 1,
                    "unexpected character '" + Character.toString(source.codePointAt(start)) + "'");
        };
        text = source.substring(start, position);
    }

    private void lexNumber() {
        int length = source.length();
        position++; // a digit or '.'
        while (position < length) {
            char c = source.charAt(position);
            char previous = source.charAt(position - 1);
            boolean exponentSign = (c == '+' || c == '-') && (previous == 'e' || previous == 'E');
            if (!(isNamePart(c) || c == '.' || exponentSign)) {
                break;
            }
            position++;
        }
        text = source.substring(start, position);
        if (!NUMBER.matcher(text).matches()) {
            throw error(start + 1, "malformed number '" + text + "'");
        }
        kind = Kind.NUMBER;
        number = Double.parseDouble(text);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
