// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.engine;

/** How a synaptic event acts on its target. */
public enum SynapseKind {
    /** The target's membrane potential jumps by the weight (mV), also while it is refractory. */
    DELTA,
    /** A synaptic current s (nA) jumps by the weight and decays with tau_syn; it adds to I. */
    EXP_CURRENT,
    /**
     * A conductance g (uS) jumps by the weight and decays with tau_syn; the current is
     * g (E_rev - u) nA.
     */
    EXP_CONDUCTANCE
}
