// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * The update rule of one population, chosen once when the simulation is built (the NEST way: one
 * class per neuron model, each with its own update loop). {@link PopState} holds the state arrays;
 * a kernel integrates them. Specialised LIF kernels exist only for speed and must give the same
 * bits as {@link LifKernels.Exact}; the tests that compare them assert {@link #name()}.
 * <p>
 * One virtual call per population and thread per step: unlike a pattern switch, it does not
 * bootstrap in the first step.
 */
abstract class Kernel {

    /**
     * Step n for neurons [lo, hi): apply the deliveries due at the end of step n-1 (ring slot
     * {@code base / size}), integrate, handle refractoriness, threshold and reset. Writes the indices of
     * neurons that fired, in increasing order, to {@code out}; returns their number.
     */
    abstract int update(int lo, int hi, int base, int[] out);

    /** A short fixed name, for tests that must know which kernel ran. */
    abstract String name();

    static Kernel of(PopState state, double dt) {
        // instanceof, not a pattern switch: its bootstrap costs tens of ms in the first build.
        if (state.spec.model instanceof NeuronModel.Lif lif) {
            return LifKernels.of(state, lif, dt);
        }
        if (state.spec.model instanceof NeuronModel.Izhikevich izhikevich) {
            return new IzhikevichKernel(state, izhikevich, dt);
        }
        return new AdExKernel(state, (NeuronModel.AdEx) state.spec.model, dt);
    }

    static int refractorySteps(double periodMs, double dt) {
        return (int) Math.round(periodMs / dt);
    }
}
