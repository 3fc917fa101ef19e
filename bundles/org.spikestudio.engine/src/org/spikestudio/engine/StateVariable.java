// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/**
 * Variables that can be sampled. As Brian2's {@code StateMonitor}, the sample of step n holds the
 * value at t = n dt: V, RECOVERY, I_SYN (and synaptic variables) the state at the start of step n,
 * I_EXT the current applied during step n. See {@link Simulation} for the order within a step.
 */
public enum StateVariable {
    /**
     * Membrane potential (mV) at the start of the step: after the previous step's threshold, reset,
     * spike inputs and deliveries (jumps a refractory neuron discards are left out), with the LIF
     * lower clamp applied: the value the step integrates from. Sample 0 is the initial potential
     * (raised to the clamp when it lies below).
     */
    V,
    /** Izhikevich u or AdEx w (0 for LIF) at the start of the step; sample 0 is the initial value. */
    RECOVERY,
    /** Sum of the current inputs of the step (nA), i.e. the current applied during the step. */
    I_EXT,
    /**
     * Sum of the synaptic currents into the neuron (nA) at the start of the step: the exponential
     * current variables plus g (E_rev - v) of every conductance channel, with the deliveries of the
     * previous step included (the current the update of the step starts from); delta synapses jump v
     * and carry no current.
     */
    I_SYN
}
