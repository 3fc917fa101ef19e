// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Parameters of a leaky integrate-and-fire neuron, in Spikestudio's units: resistance MOhm,
 * capacitance nF (so R*C is in ms and R*I, with I in nA, is in mV), potentials mV, times ms.
 *
 * @param resistance       R, MOhm, &gt; 0
 * @param capacitance      C, nF, &gt; 0
 * @param restPotential    u_rest, mV
 * @param resetPotential   u_reset, mV, the value after a spike
 * @param threshold        mV, a spike is emitted when u &gt;= threshold; must exceed u_reset
 * @param refractoryPeriod ms, &gt;= 0; u is held at u_reset for that long after a spike
 * @param lowerClamp       mV, u never goes below it; {@link Double#NEGATIVE_INFINITY} for none
 *                         (the assignment clamps at u_rest)
 */
public record LifParameters(double resistance, double capacitance, double restPotential,
        double resetPotential, double threshold, double refractoryPeriod, double lowerClamp) {

    public LifParameters {
        requireFinite("resistance", resistance);
        requireFinite("capacitance", capacitance);
        requireFinite("restPotential", restPotential);
        requireFinite("resetPotential", resetPotential);
        requireFinite("threshold", threshold);
        requireFinite("refractoryPeriod", refractoryPeriod);
        if (Double.isNaN(lowerClamp) || lowerClamp == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lowerClamp must be a number or -Infinity, was " + lowerClamp);
        }
        if (resistance <= 0) {
            throw new IllegalArgumentException("resistance must be > 0 MOhm, was " + resistance);
        }
        if (capacitance <= 0) {
            throw new IllegalArgumentException("capacitance must be > 0 nF, was " + capacitance);
        }
        if (threshold <= resetPotential) {
            throw new IllegalArgumentException(
                    "threshold (" + threshold + " mV) must be above resetPotential (" + resetPotential + " mV)");
        }
        if (refractoryPeriod < 0) {
            throw new IllegalArgumentException("refractoryPeriod must be >= 0 ms, was " + refractoryPeriod);
        }
    }

    /** The assignment's neuron: R = 1, C = 10, threshold 1, u_rest = u_reset = 0, clamped at rest. */
    public static LifParameters assignmentDefaults() {
        return new LifParameters(1, 10, 0, 0, 1, 0, 0);
    }

    /** Membrane time constant tau = R*C in ms. */
    public double tau() {
        return resistance * capacitance;
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
    }
}
