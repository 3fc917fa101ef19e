// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spikestudio.sim.run.RunSettings;

/**
 * GNU-style options of one command: {@code --name value}, {@code --name=value} and flags, mixed
 * with positional arguments in any order; {@code --} ends the options. Numbers follow the run
 * settings' rules ({@link RunSettings}), which a launch configuration shares.
 */
final class Arguments {

    /** A usage error: the message names the option or argument. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

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
        try {
            return RunSettings.seed("option " + name, values.get(name));
        } catch (RunSettings.InvalidSettingException e) {
            throw new UsageException(e.getMessage());
        }
    }

    Integer positiveInt(String name) throws UsageException {
        try {
            return RunSettings.positiveInt("option " + name, values.get(name));
        } catch (RunSettings.InvalidSettingException e) {
            throw new UsageException(e.getMessage());
        }
    }

    Double positiveDouble(String name) throws UsageException {
        try {
            return RunSettings.positiveNumber("option " + name, values.get(name));
        } catch (RunSettings.InvalidSettingException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
