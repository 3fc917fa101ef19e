// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

/**
 * A syntax error in an expression, located by a 1-based column so that editors and the model
 * validator can point at it. Columns count UTF-16 chars; a problem at the end of the input is
 * reported at column {@code source().length() + 1}.
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int column;
    private final String reason;

    ExpressionSyntaxException(String source, int column, String reason) {
        super("column " + column + ": " + reason);
        this.source = source;
        this.column = column;
        this.reason = reason;
    }

    /** 1-based column in {@link #source()} where the problem is. */
    public int column() {
        return column;
    }

    /** The offending expression text, exactly as given to {@link Expression#parse(String)}. */
    public String source() {
        return source;
    }

    /** The message without the position, e.g. {@code "expected ')'"}. */
    public String reason() {
        return reason;
    }
}
