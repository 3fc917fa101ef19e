// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

/**
 * Hand-written recursive-descent parser: the target platform offers no parser or expression
 * library, and this bundle is to depend on the JDK only. Grammar, loosest binding first:
 *
 * <pre>
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = ("+" | "-") unary | power
 * power      = primary [ ("^" | "**") unary ]      right-associative; -2^2 = -(2^2)
 * primary    = number | name | name "(" [ expression { "," expression } ] ")" | "(" expression ")"
 * </pre>
 *
 * Tokens are read on demand, so the leftmost problem is the one reported. The chains of
 * {@code expression} and {@code term} are loops, so a sum of any length costs no stack; nesting
 * (parentheses, signs, powers, calls) recurses and is limited to {@value #MAX_DEPTH} levels.
 */
final class Parser {

    /** Deepest nesting accepted; keeps absurd input (thousands of '(') from overflowing the stack. */
    static final int MAX_DEPTH = 200;

    // Checked after lexing a maximal run, so that "1..2" or "1e" is one error rather than a
    // confusing one about whatever follows a shorter number.
    private static final Pattern NUMBER = Pattern.compile("(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

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

    Ast parse() {
        next();
        if (kind == Kind.END) {
            throw error(1, "empty expression");
        }
        Ast root = expression();
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

    private Ast expression() {
        Ast first = term();
        List<Link> links = null;
        while (kind == Kind.PLUS || kind == Kind.MINUS) {
            Operator operator = kind == Kind.PLUS ? Operator.ADD : Operator.SUBTRACT;
            next();
            (links == null ? links = new ArrayList<>() : links).add(new Link(operator, term()));
        }
        return links == null ? first : new Chain(first, links);
    }

    private Ast term() {
        Ast first = unary();
        List<Link> links = null;
        while (kind == Kind.STAR || kind == Kind.SLASH) {
            Operator operator = kind == Kind.STAR ? Operator.MULTIPLY : Operator.DIVIDE;
            next();
            (links == null ? links = new ArrayList<>() : links).add(new Link(operator, unary()));
        }
        return links == null ? first : new Chain(first, links);
    }

    // Every recursion of the grammar passes through here, so this is where depth is bounded.
    private Ast unary() {
        if (++depth > MAX_DEPTH) {
            throw error(start + 1, "expression nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
        try {
            if (kind == Kind.PLUS) {
                next();
                return unary();
            }
            if (kind == Kind.MINUS) {
                next();
                return new Negate(unary());
            }
            return power();
        } finally {
            depth--;
        }
    }

    private Ast power() {
        Ast base = primary();
        if (kind != Kind.POWER) {
            return base;
        }
        next();
        // unary, not primary: allows 2^-1, and recursing gives right associativity.
        return new Power(base, unary());
    }

    private Ast primary() {
        int column = start + 1;
        switch (kind) {
            case NUMBER -> {
                double value = number;
                next();
                return new Literal(value);
            }
            case LPAREN -> {
                next();
                Ast inner = expression();
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

    private Ast name(String name, int column) {
        switch (name) {
            case "t" -> {
                usesTime = true;
                return Variable.T;
            }
            case "i" -> {
                usesIndex = true;
                return Variable.I;
            }
            case "pi" -> {
                return Constant.PI;
            }
            case "e" -> {
                return Constant.E;
            }
            default -> {
                if (Function.named(name) != null) {
                    throw error(start + 1, "expected '(' after '" + name + "'");
                }
                throw error(column, "unknown variable '" + name + "'; use t (ms) or i (neuron index)");
            }
        }
    }

    private Ast call(String name, int column) {
        Function function = Function.named(name);
        if (function == null) {
            throw error(column, "unknown function '" + name + "'");
        }
        int arity = function.arity();
        next(); // '('
        List<Ast> args = new ArrayList<>(2);
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
        return new Call(function, args);
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
