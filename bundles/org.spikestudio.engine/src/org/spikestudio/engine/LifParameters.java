// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Parameters of a leaky integrate-and-fire neuron, in Spikestudio's units: resistance MOhm,
 * capacitance nF (so R*C is in ms and R*I, with I in nA, is in mV), potentials mV, times ms.
 * Validated by {@link NetworkBuilder#population}, whose message names the population.
 *
 * @param resistance       R, MOhm, &gt; 0
 * @param capacitance      C, nF, &gt; 0
 * @param restPotential    u_rest, mV
 * @param resetPotential   u_reset, mV, the value after a spike
 * @param threshold        mV, a spike is emitted when u &gt;= threshold; must exceed u_reset
 * @param refractoryPeriod ms, &gt;= 0; u is not integrated for round(t_ref/dt) steps after the
 *                         spike step (synaptic jumps still apply)
 * @param lowerClamp       u_min, mV: whenever u would drop below u_min (after the delta jumps, before
 *                         integrating, and after each integration) u = u_min;
 *                         {@link Double#NEGATIVE_INFINITY} for none (the assignment clamps at u_rest)
 */
public record LifParameters(double resistance, double capacitance, double restPotential,
        double resetPotential, double threshold, double refractoryPeriod, double lowerClamp) {

    /** The assignment's neuron: R = 1, C = 10, threshold 1, u_rest = u_reset = 0, clamped at rest. */
    public static LifParameters assignmentDefaults() {
        return new LifParameters(1, 10, 0, 0, 1, 0, 0);
    }

    /** Membrane time constant tau = R*C in ms. */
    public double tau() {
        return resistance * capacitance;
    }

    void validate(String where) {
        Check.finite(where, "resistance", resistance);
        Check.finite(where, "capacitance", capacitance);
        Check.finite(where, "restPotential", restPotential);
        Check.finite(where, "resetPotential", resetPotential);
        Check.finite(where, "threshold", threshold);
        Check.finite(where, "refractoryPeriod", refractoryPeriod);
        if (Double.isNaN(lowerClamp) || lowerClamp == Double.POSITIVE_INFINITY) {
            throw Check.fail(where, "lowerClamp", lowerClamp, "must be a number or -Infinity");
        }
        Check.positive(where, "resistance", resistance);
        Check.positive(where, "capacitance", capacitance);
        if (threshold <= resetPotential) {
            throw new ModelRefusedException(where + ": threshold (" + threshold
                    + " mV) must be above resetPotential (" + resetPotential + " mV)");
        }
        Check.nonNegative(where, "refractoryPeriod", refractoryPeriod);
        if (lowerClamp >= threshold) {
            throw Check.fail(where, "lowerClamp", lowerClamp, "must be below the threshold (" + threshold
                    + " mV), or every step would fire");
        }
    }
}
