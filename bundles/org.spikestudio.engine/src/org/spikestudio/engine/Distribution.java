// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * A constant or random value for weights, delays and initial potentials. Weights and delays
 * drawn from it are clipped at 0 (magnitudes); normal delays also at mean + 8 sd (which sizes the
 * delay ring); initial potentials are not clipped.
 *
 * @param kind constant, uniform [a, b) or normal (mean a, standard deviation b)
 */
public record Distribution(Kind kind, double a, double b) {

    public enum Kind {
        CONSTANT, UNIFORM, NORMAL
    }

    public static Distribution constant(double value) {
        return new Distribution(Kind.CONSTANT, value, 0);
    }

    public static Distribution uniform(double low, double high) {
        return new Distribution(Kind.UNIFORM, low, high);
    }

    public static Distribution normal(double mean, double sd) {
        return new Distribution(Kind.NORMAL, mean, sd);
    }

    public boolean isConstant() {
        return kind == Kind.CONSTANT || (kind == Kind.UNIFORM && a == b) || (kind == Kind.NORMAL && b == 0);
    }

    /** Largest value it can produce (for delays), or mean + 8 sd for the normal. */
    double max() {
        return switch (kind) {
            case CONSTANT -> a;
            case UNIFORM -> b;
            case NORMAL -> a + 8 * b;
        };
    }

    void validate(String where, String parameter, boolean nonNegative) {
        if (kind == null) {
            throw new IllegalArgumentException(where + ": " + parameter + " distribution kind must not be null");
        }
        Check.finite(where, parameter, a);
        Check.finite(where, parameter, b);
        if (kind == Kind.UNIFORM && b < a) {
            throw new ModelRefusedException(where + ": " + parameter + " uniform range is empty: [" + a + ", " + b + ")");
        }
        if (kind == Kind.NORMAL && b < 0) {
            throw Check.fail(where, parameter + " standard deviation", b, "must be >= 0");
        }
        if (nonNegative && kind == Kind.CONSTANT && a < 0) {
            throw Check.fail(where, parameter, a, "must be >= 0 (a magnitude; the sign comes from the source's type)");
        }
    }
}
