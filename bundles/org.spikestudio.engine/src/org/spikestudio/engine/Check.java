// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** Argument checks whose messages name the element, the parameter and the bad value. */
final class Check {
    private Check() {
    }

    static IllegalArgumentException fail(String where, String parameter, Object value, String rule) {
        return new IllegalArgumentException(where + ": " + parameter + " " + rule + ", was " + value);
    }

    static void finite(String where, String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw fail(where, parameter, value, "must be a finite number");
        }
    }

    static void positive(String where, String parameter, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw fail(where, parameter, value, "must be a finite number > 0");
        }
    }

    static void nonNegative(String where, String parameter, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw fail(where, parameter, value, "must be a finite number >= 0");
        }
    }
}
