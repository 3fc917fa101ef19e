// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import java.util.List;

import org.spikestudio.expression.Ast.Constant;
import org.spikestudio.expression.Ast.Function;

/**
 * Python with NumPy, for PyNN scripts: {@code np.sin(t/5)}, {@code t**2},
 * {@code np.maximum(t, i)}, so that {@code t} and {@code i} may be arrays. Numbers are in the
 * expression's own units (t in ms, as PyNN's). Python's precedence matches Spikestudio's
 * ({@code -2**2 == -4}, {@code 2**3**2 == 512}), so only the spelling changes.
 */
public class PythonPrinter extends Printer {

    private final String numpy;

    /** @param numpy the name NumPy is imported as, e.g. {@code np} */
    public PythonPrinter(String numpy) {
        this.numpy = numpy;
    }

    @Override
    protected String powerOperator() {
        return "**";
    }

    @Override
    protected String constant(Constant constant) {
        return numpy + "." + constant.symbol();
    }

    @Override
    protected Printed call(Function function, List<Printed> arguments) {
        String name = switch (function) {
            case MIN -> "minimum";
            case MAX -> "maximum";
            case POW -> "power";
            default -> function.symbol();
        };
        return functionCall(numpy + "." + name, arguments);
    }
}
