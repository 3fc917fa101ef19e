// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.expression;

import java.util.List;

import org.spikestudio.expression.Ast.Function;
import org.spikestudio.expression.Ast.Variable;
import org.spikestudio.expression.units.Unit;

/**
 * Brian2's equation syntax, where quantities carry units: a variable becomes a plain number in
 * the expression's units ({@code t} is printed {@code t/ms}), and {@link #print(Ast, Unit)} gives
 * the result its unit, so that {@code 4*(sin(t/5)+0.3)} of an input in nA prints as
 * {@code 4*(sin(t/ms/5)+0.3)*nA}. {@code ^} becomes {@code **}, {@code pow} a power, and
 * {@code min}/{@code max}, which Brian2 lacks, {@code clip} against {@code inf}.
 */
public class Brian2Printer extends Printer {

    @Override
    protected Printed variable(Variable variable) {
        return variable.unit() == Unit.ONE ? super.variable(variable)
                : new Printed(variable.symbol() + "/" + unitName(variable.unit()), PRODUCT);
    }

    @Override
    protected String powerOperator() {
        return "**";
    }

    @Override
    protected Printed call(Function function, List<Printed> arguments) {
        return switch (function) {
            case MIN -> functionCall("clip", List.of(arguments.get(0), new Printed("-inf", UNARY), arguments.get(1)));
            case MAX -> functionCall("clip", List.of(arguments.get(0), arguments.get(1), new Printed("inf", ATOM)));
            case POW -> power(arguments.get(0), arguments.get(1));
            default -> super.call(function, arguments);
        };
    }

    /** The expression times its unit, e.g. {@code (sin(t/ms/8)+0.3)*nA}; plain for {@link Unit#ONE}. */
    public String print(Ast ast, Unit unit) {
        Printed printed = printed(ast);
        return unit == Unit.ONE ? printed.text() : wrap(printed, PRODUCT) + "*" + unitName(unit);
    }

    /** Brian2's name of a unit: {@code ms}, {@code mV}, {@code nA}, {@code Mohm}, {@code nF}, {@code uS}, {@code Hz}. */
    public static String unitName(Unit unit) {
        return switch (unit) {
            case MILLISECOND -> "ms";
            case MILLIVOLT -> "mV";
            case NANOAMPERE -> "nA";
            case MEGAOHM -> "Mohm";
            case NANOFARAD -> "nF";
            case MICROSIEMENS -> "uS";
            case HERTZ -> "Hz";
            case RADIAN -> "radian";
            case PER_MILLISECOND -> "(1/ms)";
            case MILLIVOLT_PER_MILLISECOND -> "(mV/ms)";
            case ONE -> "1";
        };
    }
}
