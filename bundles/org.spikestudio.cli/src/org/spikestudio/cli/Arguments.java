// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GNU-style options of one command: {@code --name value}, {@code --name=value} and flags, mixed
 * with positional arguments in any order; {@code --} ends the options.
 */
final class Arguments {

    /** A usage error: the message names the option or argument. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern
            .compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param withValue options that take a value
     * @param flags     options without a value
     */
    static Arguments parse(String[] args, Set<String> withValue, Set<String> flags) throws UsageException {
        Arguments parsed = new Arguments();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                parsed.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    // "--format --quiet" is a forgotten value, not the format "--quiet".
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = args[++i];
                }
                if (parsed.values.put(name, value) != null) {
                    throw new UsageException("option " + name + " is given twice");
                }
            } else if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option " + name + " takes no value");
                }
                parsed.values.put(name, "");
            } else {
                throw new UsageException("unknown option '" + name + "'");
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String value(String name) {
        return values.get(name);
    }

    Long longValue(String name) throws UsageException {
        BigInteger v = wholeNumber(name);
        if (v == null) {
            return null;
        }
        return inRange(name, v, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    }

    Integer positiveInt(String name) throws UsageException {
        BigInteger v = wholeNumber(name);
        if (v == null) {
            return null;
        }
        if (v.signum() < 1) {
            throw new UsageException("option " + name + ": must be at least 1, was " + v);
        }
        return inRange(name, v, 1, Integer.MAX_VALUE).intValue();
    }

    /** The option's value as an integer of any size, so that a too large one is told apart from a non-number. */
    private BigInteger wholeNumber(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigInteger(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + ": '" + v + "' is not a whole number");
        }
    }

    private static BigInteger inRange(String name, BigInteger v, long min, long max) throws UsageException {
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new UsageException("option " + name + ": " + v + " is out of range; it must be from " + min
                    + " to " + max);
        }
        return v;
    }

    Double positiveDouble(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        // Decimal notation only: Java would also accept "10f" and hexadecimal "0x10p0".
        if (!DECIMAL.matcher(v.strip()).matches()) {
            throw new UsageException("option " + name + ": '" + v + "' is not a number");
        }
        double d = Double.parseDouble(v.strip());
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new UsageException("option " + name + ": must be a positive number, was " + v);
        }
        return d;
    }
}
