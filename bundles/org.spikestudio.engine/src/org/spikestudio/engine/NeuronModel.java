// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * The neuron model of a population, with its parameters (units: ms, mV, nA, MOhm, nF, uS).
 * Input and synaptic currents (nA) add to the model's I.
 */
public sealed interface NeuronModel {

    /** Membrane potential of a neuron that receives no input (the default initial potential). */
    double restingPotential();

    void validate(String where, double dt);

    static Lif lif(LifParameters parameters, Integration integration) {
        return new Lif(parameters, integration);
    }

    /** Leaky integrate-and-fire; see {@link Integration} for the two update schemes. */
    record Lif(LifParameters parameters, Integration integration) implements NeuronModel {
        @Override
        public double restingPotential() {
            return parameters.restPotential();
        }

        @Override
        public void validate(String where, double dt) {
            if (parameters == null || integration == null) {
                throw new IllegalArgumentException(where + ": LIF parameters and integration must not be null");
            }
            parameters.validate(where);
            Check.steps(where, "refractoryPeriod", parameters.refractoryPeriod(), dt);
            if (integration == Integration.FORWARD_EULER && !Limits.forwardEulerStable(parameters.tau(), dt)) {
                throw new ModelRefusedException(where + ": forward Euler needs dt < tau = R*C (" + parameters.tau()
                        + " ms), was dt = " + dt + " ms; use exact integration or a smaller dt");
            }
        }
    }

    /**
     * Izhikevich (2003): v' = 0.04 v^2 + 5 v + 140 - u + I, u' = a (b v - u); when v &gt;= vPeak
     * (30 mV in the paper): v = c, u += d. Forward Euler with step dt on both variables, u using
     * the v of the step's start (as Brian2's Euler; the paper's own code takes two half steps for v
     * at dt = 1 ms). I enters in the paper's units (mV/ms), numerically equal to nA here.
     * Initial state v = c, u = b c unless given.
     */
    record Izhikevich(double a, double b, double c, double d, double vPeak) implements NeuronModel {
        public Izhikevich(double a, double b, double c, double d) {
            this(a, b, c, d, 30);
        }

        @Override
        public double restingPotential() {
            return c;
        }

        @Override
        public void validate(String where, double dt) {
            Check.finite(where, "a", a);
            Check.finite(where, "b", b);
            Check.finite(where, "c", c);
            Check.finite(where, "d", d);
            Check.finite(where, "vPeak", vPeak);
            if (!Limits.izhikevichResetBelowPeak(c, vPeak)) {
                throw Check.fail(where, "c", c, "must be below vPeak (" + vPeak + " mV)");
            }
        }
    }

    /**
     * Adaptive exponential integrate-and-fire (Brette and Gerstner 2005):
     * C dV/dt = -g_L (V - E_L) + g_L Delta_T exp((V - V_T)/Delta_T) - w + I,
     * tau_w dw/dt = a (V - E_L) - w; at V &gt;= V_peak: V = V_reset, w += b, then V is not integrated
     * for round(refractory/dt) steps. Forward Euler; the exponent is capped at 100 so that it
     * cannot overflow (V then crosses V_peak within the step anyway).
     *
     * @param capacitance nF
     * @param leakConductance g_L, uS
     * @param leakReversal E_L, mV
     * @param thresholdPotential V_T, mV
     * @param slope Delta_T, mV, &gt; 0
     * @param subthresholdAdaptation a, uS
     * @param adaptationTimeConstant tau_w, ms
     * @param spikeAdaptation b, nA
     * @param resetPotential V_reset, mV
     * @param peakPotential V_peak, mV
     * @param refractoryPeriod ms
     */
    record AdEx(double capacitance, double leakConductance, double leakReversal, double thresholdPotential,
            double slope, double subthresholdAdaptation, double adaptationTimeConstant, double spikeAdaptation,
            double resetPotential, double peakPotential, double refractoryPeriod) implements NeuronModel {
        @Override
        public double restingPotential() {
            return leakReversal;
        }

        @Override
        public void validate(String where, double dt) {
            Check.positive(where, "capacitance", capacitance);
            Check.positive(where, "leakConductance", leakConductance);
            Check.finite(where, "leakReversal", leakReversal);
            Check.finite(where, "thresholdPotential", thresholdPotential);
            Check.positive(where, "slope", slope);
            Check.finite(where, "subthresholdAdaptation", subthresholdAdaptation);
            Check.positive(where, "adaptationTimeConstant", adaptationTimeConstant);
            Check.finite(where, "spikeAdaptation", spikeAdaptation);
            Check.finite(where, "resetPotential", resetPotential);
            Check.finite(where, "peakPotential", peakPotential);
            Check.nonNegative(where, "refractoryPeriod", refractoryPeriod);
            Check.steps(where, "refractoryPeriod", refractoryPeriod, dt);
            if (resetPotential >= peakPotential) {
                throw Check.fail(where, "resetPotential", resetPotential,
                        "must be below peakPotential (" + peakPotential + " mV)");
            }
        }
    }
}
