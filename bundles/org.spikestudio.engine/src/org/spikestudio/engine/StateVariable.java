// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** Variables that can be sampled. */
public enum StateVariable {
    /** Membrane potential (mV), after threshold and reset of the step, before its deliveries. */
    V,
    /** Izhikevich u or AdEx w (0 for LIF). */
    RECOVERY,
    /** Sum of the current inputs of the step (nA). */
    I_EXT,
    /**
     * Sum of the synaptic currents into the neuron (nA): the exponential current variables plus
     * g (E_rev - v) of every conductance channel; delta synapses jump v and carry no current.
     */
    I_SYN
}
