// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** Argument checks whose messages name the element, the parameter and the bad value. */
final class Check {
    private Check() {
    }

    static ModelRefusedException fail(String where, String parameter, Object value, String rule) {
        return new ModelRefusedException(where + ": " + parameter + " " + rule + ", was " + value);
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

    /** A time that becomes a step count: round(ms/dt) must fit an int (about 6 hours at dt = 0.01 ms). */
    static void steps(String where, String parameter, double ms, double dt) {
        if (!Limits.timeFits(ms, dt)) {
            throw fail(where, parameter, ms, "is more than 2^31 - 1 time steps of " + dt + " ms");
        }
    }
}
